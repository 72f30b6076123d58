#pragma once
// Turns the frame's text labels into glyph instances placed in the world, on the CPU.
// Layouts are cached by label content, so a static label costs a lookup per frame.
#include <string>
#include <unordered_map>
#include <vector>

#include <glm/vec4.hpp>

#include "engine/assets/font_atlas.h"
#include "engine/assets/text_layout.h"
#include "engine/render/frame_description.h"

namespace xrviz::render {

// Matches GlyphInstance in shaders/text.vert (std430).
struct GlyphInstance {
    glm::vec4 origin;
    glm::vec4 right;
    glm::vec4 up;
    glm::vec4 quad;
    glm::vec4 uv;
    glm::vec4 colour;
};
static_assert(sizeof(GlyphInstance) == 96);

class TextBatch {
public:
    explicit TextBatch(const assets::FontAtlas& font) : font_(font) {}

    // `viewer` is where billboards turn to face (the midpoint of the eyes in stereo).
    void build(const std::vector<TextLabel>& labels, const glm::vec3& viewer,
               std::vector<GlyphInstance>& out);

private:
    const assets::TextLayout& layout_of(const TextLabel& label);

    const assets::FontAtlas& font_;
    std::unordered_map<std::string, assets::TextLayout> cache_;
    std::string key_scratch_;
};

}  // namespace xrviz::render
