#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"

layout(push_constant) uniform Grid {
    vec4 colour;       // rgb line colour, a opacity of minor lines
    vec4 area;         // xy min corner, zw max corner on the floor (x, z)
    vec4 spacing;      // x minor spacing, y major spacing, z fade start, w fade end
    vec4 floor_colour; // rgb floor, a opacity (0 in AR)
} grid;

layout(location = 0) out vec3 out_world;

void main() {
    // Two triangles covering the grid area, from the vertex index alone.
    const vec2 corners[6] = vec2[](vec2(0, 0), vec2(1, 0), vec2(1, 1),
                                   vec2(0, 0), vec2(1, 1), vec2(0, 1));
    vec2 t = corners[gl_VertexIndex];
    vec2 xz = mix(grid.area.xy, grid.area.zw, t);
    out_world = vec3(xz.x, 0.0, xz.y);
    gl_Position = frame.view_projection[gl_ViewIndex] * vec4(out_world, 1.0);
}
