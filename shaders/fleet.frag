#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"

layout(location = 1) in vec3 in_normal;
layout(location = 2) in vec3 in_colour;

layout(location = 0) out vec4 out_colour;

void main() {
    vec3 n = normalize(in_normal);
    // The boxes' lighting (box.frag), white light only: a render test recognises a rack
    // by its hue.
    float diffuse = max(dot(n, frame.light_direction.xyz), 0.0);
    float sky = 0.5 + 0.5 * n.y;
    vec3 lit = in_colour * (0.42 + 0.38 * diffuse + 0.2 * sky);
    out_colour = vec4(lit, 1.0);
}
