#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"
#include "fleet_instance.glsl"

// One mesh of the fleet, instanced from the region fleet_cull.comp filled for it.
layout(std430, set = 0, binding = 1) readonly buffer Instances { FleetInstance instances[]; };
layout(push_constant) uniform Region { uint base; } region;

layout(location = 0) in vec3 in_position;
layout(location = 1) in vec3 in_normal;
layout(location = 2) in vec3 in_colour;  // the model's material, white for plain shapes

layout(location = 1) out vec3 out_normal;
layout(location = 2) out vec3 out_colour;

void main() {
    FleetInstance instance = instances[region.base + gl_InstanceIndex];
    mat3 turn = fleet_yaw(instance.position_yaw.w);
    vec3 world = instance.position_yaw.xyz + turn * in_position;
    out_normal = turn * in_normal;
    out_colour = in_colour * instance.colour.rgb;
    gl_Position = frame.view_projection[gl_ViewIndex] * vec4(world, 1.0);
}
