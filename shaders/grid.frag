#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"


layout(location = 0) in vec3 in_world;
layout(location = 1) flat in vec3 in_eye;
layout(location = 0) out vec4 out_colour;

// Anti-aliased lines one screen pixel wide, whatever the distance. `metres_per_pixel` is
// the floor's footprint of one pixel (fwidth of the world position), taken once for both
// spacings: the derivative is the costly part on a CPU rasterizer.
float line_coverage(vec2 coord, vec2 metres_per_pixel, float spacing) {
    vec2 cell = coord / spacing;
    vec2 width = metres_per_pixel / spacing;
    vec2 distance_to_line = abs(fract(cell - 0.5) - 0.5) / max(width, vec2(1e-5));
    return 1.0 - min(min(distance_to_line.x, distance_to_line.y), 1.0);
}

void main() {
    vec2 xz = in_world.xz;
    vec2 metres_per_pixel = fwidth(xz);
    float minor = line_coverage(xz, metres_per_pixel, frame.grid_spacing.x) * frame.grid_colour.a;
    float major = line_coverage(xz, metres_per_pixel, frame.grid_spacing.y);
    float lines = max(minor, major);
    float eye_distance = distance(in_world, in_eye);
    float fade = 1.0 - smoothstep(frame.grid_spacing.z, frame.grid_spacing.w, eye_distance);
    vec3 colour = mix(frame.grid_floor.rgb, frame.grid_colour.rgb, lines);
    float alpha = max(frame.grid_floor.a, lines) * fade;
    out_colour = vec4(colour * alpha, alpha);
}
