#include "engine/assets/text_layout.h"

#include <gtest/gtest.h>

namespace xrviz::assets {
namespace {

// A synthetic font with round numbers: every printable ASCII glyph advances 0.5 em and
// inks (0,0)-(0.4,0.7); space has no ink; "AV" kerns by -0.1 em.
FontAtlas test_font() {
    FontAtlasData data;
    data.width = data.height = 4;
    data.pixels.assign(16, 0);
    data.ascent = 0.8f;
    data.descent = -0.2f;
    for (char32_t c = 32; c <= 126; ++c) {
        Glyph g{.codepoint = c, .advance = 0.5f};
        if (c != U' ') {
            g.quad_max = {0.4f, 0.7f};
            g.uv_min = {0.0f, 0.0f};
            g.uv_max = {0.25f, 0.25f};
        }
        data.glyphs.push_back(g);
    }
    data.glyphs[static_cast<std::size_t>(U'?' - 32)].uv_min = {0.5f, 0.5f};  // recognisable
    data.kerning[kerning_key(U'A', U'V')] = -0.1f;
    return FontAtlas(std::move(data));
}

TEST(TextLayout, WidthIsTheSumOfAdvancesInWorldUnits) {
    const FontAtlas font = test_font();
    const TextLayout t = layout_text(font, "abc", {.height = 2.0f});
    ASSERT_EQ(t.quads.size(), 3u);
    EXPECT_FLOAT_EQ(t.size.x, 3 * 0.5f * 2.0f);
    EXPECT_FLOAT_EQ(t.size.y, 1.0f * 2.0f);  // ascent - descent, one line
    EXPECT_FLOAT_EQ(t.quads[0].min.x, 0.0f);
    EXPECT_FLOAT_EQ(t.quads[1].min.x, 1.0f);
    EXPECT_FLOAT_EQ(t.quads[2].max.x, 2.0f + 0.8f);
    EXPECT_FLOAT_EQ(t.quads[0].min.y, 0.0f);  // baseline alignment: sits on y=0
    EXPECT_FLOAT_EQ(t.quads[0].max.y, 1.4f);
    EXPECT_EQ(t.line_count, 1);
}

TEST(TextLayout, KerningShortensThePair) {
    const FontAtlas font = test_font();
    EXPECT_FLOAT_EQ(layout_text(font, "AV", {}).size.x, 0.9f);
    EXPECT_FLOAT_EQ(layout_text(font, "VA", {}).size.x, 1.0f);
}

TEST(TextLayout, CentreAlignmentIsSymmetricAroundTheAnchor) {
    const FontAtlas font = test_font();
    const TextLayout t = layout_text(
        font, "abcd", {.height = 1.0f, .halign = HAlign::center, .valign = VAlign::middle});
    EXPECT_FLOAT_EQ(t.box_min.x, -1.0f);
    EXPECT_FLOAT_EQ(t.box_min.x + t.size.x, 1.0f);
    EXPECT_FLOAT_EQ(t.box_min.y, -0.5f);
    EXPECT_FLOAT_EQ(t.box_min.y + t.size.y, 0.5f);
    EXPECT_FLOAT_EQ(t.quads.front().min.x, -1.0f);
}

TEST(TextLayout, RightAndTopAlignmentPutTheBoxLeftAndBelowTheAnchor) {
    const FontAtlas font = test_font();
    const TextLayout t = layout_text(font, "ab", {.halign = HAlign::right, .valign = VAlign::top});
    EXPECT_FLOAT_EQ(t.box_min.x + t.size.x, 0.0f);
    EXPECT_FLOAT_EQ(t.box_min.y + t.size.y, 0.0f);
    EXPECT_FLOAT_EQ(t.quads.back().min.x, -0.5f);
    EXPECT_FLOAT_EQ(t.quads.back().min.y, -0.8f);  // baseline one ascent below the top
}

TEST(TextLayout, NewlineStartsALineOneLineHeightDown) {
    const FontAtlas font = test_font();
    const TextLayout t = layout_text(font, "ab\ncdef", {.height = 1.0f, .line_spacing = 1.5f});
    ASSERT_EQ(t.line_count, 2);
    ASSERT_EQ(t.quads.size(), 6u);
    EXPECT_FLOAT_EQ(t.quads[2].min.x, 0.0f);
    EXPECT_FLOAT_EQ(t.quads[2].min.y, -1.5f);
    EXPECT_FLOAT_EQ(t.size.x, 2.0f);
    EXPECT_FLOAT_EQ(t.size.y, 0.8f + 1.5f + 0.2f);
}

TEST(TextLayout, WrapsAtSpacesWithinMaxWidth) {
    const FontAtlas font = test_font();
    // Words of 3, 2 and 4 glyphs at 0.5: "abc de" is 3.0 wide and fits 3.2; "fghi" wraps.
    const TextLayout t = layout_text(font, "abc de fghi", {.height = 1.0f, .max_width = 3.2f});
    ASSERT_EQ(t.line_count, 2);
    ASSERT_EQ(t.quads.size(), 9u);
    EXPECT_FLOAT_EQ(t.quads[5].min.x, 0.0f);  // 'f' starts the second line
    EXPECT_FLOAT_EQ(t.quads[5].min.y, -1.0f);
    EXPECT_FLOAT_EQ(t.size.x, 3.0f);
    EXPECT_LE(t.size.x, 3.2f);
}

TEST(TextLayout, AnOverlongWordGetsItsOwnLine) {
    const FontAtlas font = test_font();
    const TextLayout t = layout_text(font, "a bcdefgh i", {.height = 1.0f, .max_width = 1.2f});
    EXPECT_EQ(t.line_count, 3);
    EXPECT_FLOAT_EQ(t.size.x, 3.5f);
}

TEST(TextLayout, InvalidUtf8ShowsTheFallbackGlyph) {
    const FontAtlas font = test_font();
    // A stray continuation byte, a truncated 3-byte sequence and an overlong '/'.
    const TextLayout t = layout_text(font,
                                     "a\x80"
                                     "b\xE2\x82"
                                     "c\xC0\xAF",
                                     {});
    ASSERT_EQ(t.quads.size(), 7u);  // a ? b ? c ? ?
    EXPECT_FLOAT_EQ(t.quads[1].uv_min.x, 0.5f);
    EXPECT_FLOAT_EQ(t.quads[2].uv_min.x, 0.0f);
    EXPECT_FLOAT_EQ(t.quads[3].uv_min.x, 0.5f);
    EXPECT_FLOAT_EQ(t.quads[5].uv_min.x, 0.5f);
    EXPECT_FLOAT_EQ(t.quads[6].uv_min.x, 0.5f);
}

TEST(TextLayout, EmptyTextHasNoQuadsButOneLineBox) {
    const FontAtlas font = test_font();
    const TextLayout t = layout_text(font, "", {.height = 2.0f});
    EXPECT_TRUE(t.quads.empty());
    EXPECT_FLOAT_EQ(t.size.x, 0.0f);
    EXPECT_FLOAT_EQ(t.size.y, 2.0f);
}

TEST(TextLayout, RealFontLabelWithSymbolsUsesNoFallback) {
    const FontAtlas font = FontAtlas::load_sdf(default_font_path(), {.pixel_height = 16.0f});
    const TextLayout t = layout_text(font, "≈ €40–45 bn → 2025", {.height = 0.1f});
    const Glyph* fallback = font.glyph(U'?');
    for (const TextQuad& q : t.quads)
        EXPECT_NE(q.uv_min, fallback->uv_min);
    EXPECT_EQ(t.quads.size(), 14u);  // 18 code points less 4 spaces
    EXPECT_GT(t.size.x, 0.5f);
    EXPECT_LT(t.size.x, 1.5f);
}

}  // namespace
}  // namespace xrviz::assets
