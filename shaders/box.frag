#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"

layout(location = 1) in vec3 in_normal;
layout(location = 2) in vec4 in_colour;
layout(location = 3) in vec3 in_local;
layout(location = 4) flat in float in_flags;
layout(location = 5) in vec3 in_half_size;

layout(location = 0) out vec4 out_colour;

void main() {
    vec3 n = normalize(in_normal);
    // White light only, so a lit face keeps the hue of its series colour: a render test
    // recognises a bar by the ratio of its channels.
    float diffuse = max(dot(n, frame.light_direction.xyz), 0.0);
    float sky = 0.5 + 0.5 * n.y;
    vec3 lit = in_colour.rgb * (0.42 + 0.38 * diffuse + 0.2 * sky);

    // A thin darker rim along the edges makes adjacent bars and faces readable.
    vec3 edge_distance = (1.0 - abs(in_local)) * in_half_size;
    vec3 on_face = step(vec3(0.999), abs(in_local));
    vec3 across = mix(edge_distance, vec3(1e3), on_face);
    float edge = min(min(across.x, across.y), across.z);
    float rim = 1.0 - smoothstep(0.0, max(fwidth(edge) * 1.5, 1e-4), edge);
    int flags = int(in_flags + 0.5);
    vec3 rim_colour = (flags & 2) != 0 ? vec3(1.0, 0.85, 0.2) : lit * 0.55;
    if ((flags & 1) != 0) lit = mix(lit, vec3(1.0), 0.25);
    float rim_weight = (flags & 2) != 0 ? max(rim, 1.0 - smoothstep(0.0, 0.04, edge)) : rim * 0.6;
    vec3 colour = mix(lit, rim_colour, rim_weight);

    float alpha = in_colour.a;
    out_colour = vec4(colour * alpha, alpha);  // premultiplied
}
