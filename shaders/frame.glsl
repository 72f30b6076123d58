// Per-frame uniforms shared by every pipeline: one view-projection per eye, indexed by
// gl_ViewIndex (both eyes in one multiview pass; a single view uses index 0).
layout(set = 0, binding = 0) uniform FrameUniforms {
    mat4 view_projection[2];
    vec4 eye_position[2];    // xyz: eye in world space
    vec4 light_direction;    // xyz: towards the light, normalised
    vec4 fog_colour;         // rgb: colour distant geometry fades to, a: start distance
    // Floor grid and label parameters are per frame too: one uniform write per frame
    // and no push constants.
    vec4 grid_colour;        // rgb line colour, a weight of minor lines
    vec4 grid_area;          // xy min corner, zw max corner on the floor (x, z)
    vec4 grid_spacing;       // x minor spacing, y major spacing, z fade start, w fade end
    vec4 grid_floor;         // rgb floor colour, a opacity (0 in AR)
    vec4 text;               // x: 1 for a signed-distance atlas, 0 for coverage; y: edge
} frame;
