#include "engine/render/text_batch.h"

#include <cmath>

#include <glm/geometric.hpp>

namespace xrviz::render {
namespace {
// Enough for every label of every scene; a scene that generates text per frame (a clock)
// would otherwise grow the cache without bound.
constexpr std::size_t kMaxCachedLayouts = 4096;
}  // namespace

const assets::TextLayout& TextBatch::layout_of(const TextLabel& label) {
    // The key is the text plus the raw bytes of the style, built in a reused buffer: a
    // label seen before costs a lookup and no allocation.
    key_scratch_.assign(label.text);
    key_scratch_.push_back('\x1f');
    const auto append = [&](const auto& value) {
        key_scratch_.append(reinterpret_cast<const char*>(&value), sizeof(value));
    };
    append(label.height);
    append(label.halign);
    append(label.valign);
    append(label.max_width);
    auto found = cache_.find(key_scratch_);
    if (found != cache_.end()) return found->second;
    if (cache_.size() >= kMaxCachedLayouts) cache_.clear();
    const assets::TextStyle style{
        .height = label.height,
        .halign = label.halign,
        .valign = label.valign,
        .max_width = label.max_width,
    };
    return cache_.emplace(key_scratch_, assets::layout_text(font_, label.text, style))
        .first->second;
}

void TextBatch::build(const std::vector<TextLabel>& labels, const glm::vec3& viewer,
                      std::vector<GlyphInstance>& out) {
    out.clear();
    for (const TextLabel& label : labels) {
        glm::vec3 right = label.right;
        glm::vec3 up = label.up;
        if (label.facing == LabelFacing::billboard) {
            // Upright billboard: turn about y towards the viewer, never tilt, so text
            // reads level in a headset.
            glm::vec3 to_viewer = viewer - label.anchor;
            to_viewer.y = 0.0f;
            if (glm::dot(to_viewer, to_viewer) < 1e-8f) to_viewer = glm::vec3(0, 0, 1);
            const glm::vec3 forward = glm::normalize(to_viewer);
            up = glm::vec3(0.0f, 1.0f, 0.0f);
            right = glm::normalize(glm::cross(up, forward));
        }
        const assets::TextLayout& layout = layout_of(label);
        for (const assets::TextQuad& q : layout.quads) {
            out.push_back(GlyphInstance{
                .origin = glm::vec4(label.anchor, 0.0f),
                .right = glm::vec4(right, 0.0f),
                .up = glm::vec4(up, 0.0f),
                .quad = glm::vec4(q.min, q.max),
                .uv = glm::vec4(q.uv_min, q.uv_max),
                .colour = label.colour,
            });
        }
    }
}

}  // namespace xrviz::render
