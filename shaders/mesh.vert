#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"

// One instance per placed mesh: its model matrix, the matrix for its normals (inverse
// transpose, so non-uniform scale keeps them perpendicular) and its base colour.
struct MeshInstance {
    mat4 model;
    mat4 normal_matrix;
    vec4 colour;  // linear rgb
};
layout(std430, set = 0, binding = 1) readonly buffer Instances { MeshInstance instances[]; };

layout(location = 0) in vec3 in_position;
layout(location = 1) in vec3 in_normal;
layout(location = 2) in vec2 in_uv;

layout(location = 1) out vec3 out_normal;
layout(location = 2) out vec4 out_colour;
layout(location = 3) out vec2 out_uv;
layout(location = 4) out vec3 out_world;

void main() {
    MeshInstance m = instances[gl_InstanceIndex];
    vec4 world = m.model * vec4(in_position, 1.0);
    out_normal = mat3(m.normal_matrix) * in_normal;
    out_colour = m.colour;
    out_uv = in_uv;
    out_world = world.xyz;
    gl_Position = frame.view_projection[gl_ViewIndex] * world;
}
