#include "engine/assets/font_atlas.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "engine/core/error.h"

namespace xrviz::assets {
namespace {

constexpr FontAtlasOptions kOptions{.pixel_height = 48.0f, .sdf_padding = 6};

// Rendering ~240 SDF glyphs takes a moment; every test shares one atlas.
const FontAtlas& dejavu() {
    static const FontAtlas atlas = FontAtlas::load_sdf(default_font_path(), kOptions);
    return atlas;
}

// The atlas value (0..1) at an em position inside glyph g's quad (nearest texel).
float sample(const FontAtlas& atlas, const Glyph& g, glm::vec2 em) {
    const float s = (em.x - g.quad_min.x) / (g.quad_max.x - g.quad_min.x);
    const float t = (g.quad_max.y - em.y) / (g.quad_max.y - g.quad_min.y);  // 0 at the top
    const float u = g.uv_min.x + s * (g.uv_max.x - g.uv_min.x);
    const float v = g.uv_min.y + t * (g.uv_max.y - g.uv_min.y);
    const int x =
        std::clamp(static_cast<int>(u * static_cast<float>(atlas.width())), 0, atlas.width() - 1);
    const int y =
        std::clamp(static_cast<int>(v * static_cast<float>(atlas.height())), 0, atlas.height() - 1);
    return static_cast<float>(atlas.pixels()[static_cast<std::size_t>(y * atlas.width() + x)]) /
           255.0f;
}

TEST(FontAtlasSdf, HoldsEveryCharsetGlyphInAPowerOfTwoAtlas) {
    const FontAtlas& atlas = dejavu();
    ASSERT_TRUE(atlas.is_sdf());
    const std::vector<char32_t> charset = default_charset();
    EXPECT_GE(charset.size(), 95u + 96u + 16u);
    for (char32_t c : charset) {
        EXPECT_TRUE(atlas.contains(c)) << "U+" << std::hex << static_cast<unsigned>(c);
        EXPECT_EQ(atlas.glyph(c)->codepoint, c);
    }
    EXPECT_EQ(atlas.glyph_count(), charset.size());
    EXPECT_EQ(atlas.width(), atlas.height());
    EXPECT_EQ(atlas.width() & (atlas.width() - 1), 0);
    EXPECT_LE(atlas.width(), 1024);
    EXPECT_EQ(atlas.pixels().size(),
              static_cast<std::size_t>(atlas.width()) * static_cast<std::size_t>(atlas.height()));
}

TEST(FontAtlasSdf, MetricsAreInLineHeights) {
    const FontAtlas& atlas = dejavu();
    EXPECT_FLOAT_EQ(atlas.line_height(), 1.0f);
    EXPECT_GT(atlas.ascent(), 0.6f);
    EXPECT_LT(atlas.descent(), -0.1f);
    EXPECT_NEAR(atlas.ascent() - atlas.descent(), 1.0f, 0.1f);  // DejaVu has no line gap
    EXPECT_NEAR(atlas.sdf_edge(), 128.0f / 255.0f, 1e-6f);
    EXPECT_GT(atlas.sdf_spread_em(), 0.05f);
    EXPECT_LT(atlas.sdf_spread_em(), 0.2f);
}

TEST(FontAtlasSdf, HStemIsInsideAndTheGapBetweenStemsIsOutside) {
    const FontAtlas& atlas = dejavu();
    const Glyph& h = *atlas.glyph(U'H');
    ASSERT_TRUE(h.has_quad());
    const float px = atlas.sdf_spread_em() / static_cast<float>(kOptions.sdf_padding);
    // The bitmap starts `padding` px left of the ink, so the stem's middle is ~2 px further.
    const float ink_left = h.quad_min.x + atlas.sdf_spread_em();
    const float ink_bottom = h.quad_min.y + atlas.sdf_spread_em();
    const float ink_top = h.quad_max.y - atlas.sdf_spread_em();
    const float low = ink_bottom + 0.25f * (ink_top - ink_bottom);  // below the crossbar
    const float mid = 0.5f * (ink_bottom + ink_top);                // on the crossbar
    const float centre_x = 0.5f * (h.quad_min.x + h.quad_max.x);

    EXPECT_GT(sample(atlas, h, {ink_left + 2.0f * px, low}), atlas.sdf_edge() + 0.1f);
    EXPECT_LT(sample(atlas, h, {centre_x, low}), atlas.sdf_edge() - 0.1f);
    EXPECT_GT(sample(atlas, h, {centre_x, mid}), atlas.sdf_edge());
    // The quad's corner is `padding` px from the ink: the field has fallen to ~0 there.
    EXPECT_LT(sample(atlas, h, {h.quad_min.x + 0.5f * px, h.quad_max.y - 0.5f * px}), 0.1f);
}

TEST(FontAtlasSdf, SpaceAdvancesWithoutAQuad) {
    const Glyph& space = *dejavu().glyph(U' ');
    EXPECT_FALSE(space.has_quad());
    EXPECT_GT(space.advance, 0.1f);
    EXPECT_LT(space.advance, 0.5f);
}

TEST(FontAtlasSdf, UnknownCodepointGivesTheFallbackGlyph) {
    const FontAtlas& atlas = dejavu();
    EXPECT_FALSE(atlas.contains(U'\u4E2D'));
    EXPECT_EQ(atlas.glyph(U'\u4E2D'), atlas.glyph(U'?'));
    EXPECT_EQ(atlas.glyph(U'\uFFFD')->codepoint, U'?');
}

TEST(FontAtlasSdf, KernsAV) {
    const FontAtlas& atlas = dejavu();
    EXPECT_LT(atlas.kerning(U'A', U'V'), -0.01f);
    EXPECT_EQ(atlas.kerning(U'H', U'H'), 0.0f);
}

TEST(FontAtlasSdf, UvsStayInsideTheTexture) {
    const FontAtlas& atlas = dejavu();
    for (char32_t c : default_charset()) {
        const Glyph& g = *atlas.glyph(c);
        if (!g.has_quad())
            continue;
        EXPECT_GE(g.uv_min.x, 0.0f);
        EXPECT_GE(g.uv_min.y, 0.0f);
        EXPECT_LE(g.uv_max.x, 1.0f);
        EXPECT_LE(g.uv_max.y, 1.0f);
        EXPECT_LT(g.uv_min.x, g.uv_max.x);
        EXPECT_LT(g.uv_min.y, g.uv_max.y);
    }
}

TEST(FontAtlasSdf, MissingFileThrowsNamingThePath) {
    try {
        (void)FontAtlas::load_sdf("/nonexistent/xrviz-font.ttf");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/xrviz-font.ttf"), std::string::npos);
    }
}

TEST(FontAtlasBuiltin, IsACoverageAtlasOfProggyClean) {
    const FontAtlas atlas = FontAtlas::builtin();
    EXPECT_FALSE(atlas.is_sdf());
    EXPECT_FLOAT_EQ(atlas.sdf_spread_em(), 0.0f);
    EXPECT_GT(atlas.width(), 0);
    EXPECT_GT(atlas.height(), 0);
    for (char32_t c = 32; c <= 126; ++c)
        EXPECT_TRUE(atlas.contains(c));
    EXPECT_TRUE(atlas.contains(U'\u00E9'));  // é: Latin-1 is in ImGui's default ranges

    // ProggyClean is monospaced at 7 px per cell on a 13 px line.
    EXPECT_NEAR(atlas.glyph(U'A')->advance, 7.0f / 13.0f, 1e-5f);
    EXPECT_NEAR(atlas.glyph(U'i')->advance, 7.0f / 13.0f, 1e-5f);

    // 'A' has ink in its texture rectangle.
    const Glyph& a = *atlas.glyph(U'A');
    ASSERT_TRUE(a.has_quad());
    int lit = 0;
    const int x0 = static_cast<int>(std::lround(a.uv_min.x * static_cast<float>(atlas.width())));
    const int x1 = static_cast<int>(std::lround(a.uv_max.x * static_cast<float>(atlas.width())));
    const int y0 = static_cast<int>(std::lround(a.uv_min.y * static_cast<float>(atlas.height())));
    const int y1 = static_cast<int>(std::lround(a.uv_max.y * static_cast<float>(atlas.height())));
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            lit += atlas.pixels()[static_cast<std::size_t>(y * atlas.width() + x)] > 128;
        }
    }
    EXPECT_GT(lit, 10);
    EXPECT_GT(a.quad_max.y, 0.3f);          // cap height above the baseline
    EXPECT_NEAR(a.quad_min.y, 0.0f, 0.1f);  // sits on the baseline
}

TEST(FontAtlasFallback, MissingTtfFallsBackToBuiltinAndWarns) {
    testing::internal::CaptureStderr();
    const FontAtlas atlas = FontAtlas::load_or_builtin("/nonexistent/DejaVuSans.ttf");
    const std::string log = testing::internal::GetCapturedStderr();
    EXPECT_FALSE(atlas.is_sdf());
    EXPECT_TRUE(atlas.contains(U'A'));
    EXPECT_NE(log.find("/nonexistent/DejaVuSans.ttf"), std::string::npos) << log;
}

TEST(FontAtlasFallback, DefaultLoadsDejaVuAsSdf) {
    EXPECT_TRUE(default_font_path().is_absolute());
    EXPECT_TRUE(FontAtlas::load_default({.pixel_height = 16.0f, .sdf_padding = 2}).is_sdf());
}

TEST(FontAtlasData, RejectsAnAtlasWithoutItsFallbackGlyph) {
    FontAtlasData data;
    data.width = data.height = 1;
    data.pixels = {0};
    data.glyphs = {Glyph{.codepoint = U'A'}};
    EXPECT_THROW(FontAtlas{data}, Error);
}

}  // namespace
}  // namespace xrviz::assets
