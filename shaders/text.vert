#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"

// One instance per glyph, already placed in the world by the CPU layout.
struct GlyphInstance {
    vec4 origin;   // xyz: the label plane's origin in the world
    vec4 right;    // xyz: world vector of one unit along the label's x
    vec4 up;       // xyz: world vector of one unit along the label's y
    vec4 quad;     // min.xy, max.xy in label units
    vec4 uv;       // uv at (min.x, max.y) and at (max.x, min.y)
    vec4 colour;   // linear rgb, a opacity
};
layout(std430, set = 0, binding = 2) readonly buffer Glyphs { GlyphInstance glyphs[]; };

layout(location = 0) in vec2 in_corner;  // unit quad, 0..1

layout(location = 0) out vec2 out_uv;
layout(location = 1) out vec4 out_colour;

void main() {
    GlyphInstance g = glyphs[gl_InstanceIndex];
    vec2 t = in_corner;
    vec2 p = mix(g.quad.xy, g.quad.zw, t);
    out_uv = vec2(mix(g.uv.x, g.uv.z, t.x), mix(g.uv.w, g.uv.y, t.y));
    out_colour = g.colour;
    vec3 world = g.origin.xyz + g.right.xyz * p.x + g.up.xyz * p.y;
    gl_Position = frame.view_projection[gl_ViewIndex] * vec4(world, 1.0);
}
