#pragma once
// Lays out a UTF-8 label into textured quads in the label's own plane: x right, y up,
// world units, origin at the anchor picked by the alignment. The renderer places the
// plane in the world and draws one quad per visible glyph from the atlas texture.
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

#include "engine/assets/font_atlas.h"

namespace xrviz::assets {

enum class HAlign { left, center, right };
// top: the first line's ascent is at y=0; baseline: the first line's baseline;
// bottom: the last line's descent; middle: halfway between top and bottom.
enum class VAlign { top, middle, baseline, bottom };

struct TextStyle {
    float height = 1.0f;  // world units of one line (1 em)
    HAlign halign = HAlign::left;
    VAlign valign = VAlign::baseline;
    float max_width = 0.0f;     // world units; wrap at spaces beyond it; 0 = no wrapping
    float line_spacing = 1.0f;  // baseline-to-baseline distance in line heights
};

struct TextQuad {
    glm::vec2 min{0.0f};     // bottom-left, world units
    glm::vec2 max{0.0f};     // top-right
    glm::vec2 uv_min{0.0f};  // texture top-left: sampled at (min.x, max.y)
    glm::vec2 uv_max{0.0f};  // texture bottom-right: sampled at (max.x, min.y)
};

struct TextLayout {
    std::vector<TextQuad> quads;  // glyphs without ink (spaces) have none
    glm::vec2 box_min{0.0f};      // bottom-left of the layout box (advances x line boxes)
    glm::vec2 size{0.0f};         // width of the widest line x height of all lines
    int line_count = 0;
};

// '\n' starts a line, '\t' is a space, other control characters are dropped, invalid
// UTF-8 shows as the atlas's fallback glyph. A word longer than max_width gets a line of
// its own and overflows it rather than being split.
TextLayout layout_text(const FontAtlas& font, std::string_view utf8, const TextStyle& style);

}  // namespace xrviz::assets
