// Per-frame uniforms shared by every pipeline: one view-projection per eye, indexed by
// gl_ViewIndex (both eyes in one multiview pass; a single view uses index 0).
layout(set = 0, binding = 0) uniform FrameUniforms {
    mat4 view_projection[2];
    vec4 eye_position[2];    // xyz: eye in world space
    vec4 light_direction;    // xyz: towards the light, normalised
    vec4 fog_colour;         // rgb: colour distant geometry fades to, a: start distance
} frame;
