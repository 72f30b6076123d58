#version 450
#extension GL_EXT_multiview : require
#include "frame.glsl"
layout(set = 0, binding = 3) uniform sampler2D atlas;

layout(location = 0) in vec2 in_uv;
layout(location = 1) in vec4 in_colour;
layout(location = 0) out vec4 out_colour;

void main() {
    float value = texture(atlas, in_uv).r;
    float coverage = value;
    if (frame.text.x > 0.5) {
        // Smooth over about one screen pixel of distance, so text is crisp near and far.
        float width = max(fwidth(value) * 0.75, 1e-4);
        coverage = smoothstep(frame.text.y - width, frame.text.y + width, value);
    }
    float alpha = in_colour.a * coverage;
    if (alpha < 0.004) discard;
    out_colour = vec4(in_colour.rgb * alpha, alpha);
}
