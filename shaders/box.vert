#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"

// One instance per bar: an axis-aligned box rotated about y.
struct BoxInstance {
    vec4 center_yaw;   // xyz centre, w yaw in radians
    vec4 half_size;    // xyz half extents, w: flags (1 highlighted, 2 selected)
    vec4 colour;       // linear rgb, a opacity
};
layout(std430, set = 0, binding = 1) readonly buffer Boxes { BoxInstance boxes[]; };

layout(location = 0) in vec3 in_position;  // unit cube, -1..1
layout(location = 1) in vec3 in_normal;

layout(location = 1) out vec3 out_normal;
layout(location = 2) out vec4 out_colour;
layout(location = 3) out vec3 out_local;
layout(location = 4) flat out float out_flags;
layout(location = 5) out vec3 out_half_size;

void main() {
    BoxInstance box = boxes[gl_InstanceIndex];
    float c = cos(box.center_yaw.w);
    float s = sin(box.center_yaw.w);
    mat3 yaw = mat3(c, 0.0, -s, 0.0, 1.0, 0.0, s, 0.0, c);
    vec3 local = in_position * box.half_size.xyz;
    vec3 world = box.center_yaw.xyz + yaw * local;
    out_normal = yaw * in_normal;
    out_colour = box.colour;
    out_local = in_position;
    out_flags = box.half_size.w;
    out_half_size = box.half_size.xyz;
    gl_Position = frame.view_projection[gl_ViewIndex] * vec4(world, 1.0);
}
