#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"

layout(location = 0) in vec2 in_corner;  // unit quad, 0..1

layout(location = 0) out vec3 out_world;
// The eye of this view, flat: the fragment stage then needs no view index.
layout(location = 1) flat out vec3 out_eye;

void main() {
    vec2 t = in_corner;
    vec2 xz = mix(frame.grid_area.xy, frame.grid_area.zw, t);
    out_world = vec3(xz.x, 0.0, xz.y);
    out_eye = frame.eye_position[gl_ViewIndex].xyz;
    gl_Position = frame.view_projection[gl_ViewIndex] * vec4(out_world, 1.0);
}
