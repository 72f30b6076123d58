#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"

// An sRGB image view: texels arrive here already in linear light.
layout(set = 1, binding = 0) uniform sampler2D base_colour_texture;

layout(location = 1) in vec3 in_normal;
layout(location = 2) in vec4 in_colour;
layout(location = 3) in vec2 in_uv;
layout(location = 4) in vec3 in_world;

layout(location = 0) out vec4 out_colour;

void main() {
    vec3 n = normalize(in_normal);
    // Two-sided and mirrored meshes show their back faces: light the side facing the eye.
    vec3 to_eye = frame.eye_position[gl_ViewIndex].xyz - in_world;
    if (dot(n, to_eye) < 0.0) n = -n;
    vec3 base = in_colour.rgb * texture(base_colour_texture, in_uv).rgb;
    // The boxes' lighting (box.frag): white light, so a surface keeps its hue.
    float diffuse = max(dot(n, frame.light_direction.xyz), 0.0);
    float sky = 0.5 + 0.5 * n.y;
    out_colour = vec4(base * (0.42 + 0.38 * diffuse + 0.2 * sky), 1.0);
}
