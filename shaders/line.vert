#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"

layout(location = 0) in vec3 in_position;
layout(location = 1) in vec4 in_colour;
layout(location = 0) out vec4 out_colour;

void main() {
    out_colour = in_colour;
    gl_Position = frame.view_projection[gl_ViewIndex] * vec4(in_position, 1.0);
}
