#include "engine/assets/font_atlas_cache.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace xrviz::assets {
namespace {

FontAtlasData small_atlas() {
    FontAtlasData data;
    data.width = 4;
    data.height = 2;
    data.pixels = {0, 10, 20, 30, 40, 50, 60, 255};
    data.sdf = true;
    data.sdf_spread_em = 0.125f;
    data.ascent = 0.8f;
    data.descent = -0.2f;
    data.glyphs = {Glyph{.codepoint = U'?', .advance = 0.5f, .quad_max = {0.4f, 0.7f},
                         .uv_max = {0.5f, 1.0f}},
                   Glyph{.codepoint = U'A', .advance = 0.6f, .quad_min = {0.0f, 0.0f},
                         .quad_max = {0.6f, 0.7f}, .uv_min = {0.5f, 0.0f}, .uv_max = {1.0f, 1.0f}}};
    data.kerning[kerning_key(U'A', U'?')] = -0.05f;
    return data;
}

class FontAtlasCache : public ::testing::Test {
protected:
    std::filesystem::path file_ =
        std::filesystem::temp_directory_path() / "xrviz_font_atlas_cache_test.atlas";
    void TearDown() override { std::filesystem::remove(file_); }
};

TEST_F(FontAtlasCache, RoundTripsEveryField) {
    write_cached_atlas(file_, small_atlas());
    const auto read = read_cached_atlas(file_);
    ASSERT_TRUE(read);
    const FontAtlas atlas(*read);
    EXPECT_EQ(atlas.width(), 4);
    EXPECT_EQ(atlas.pixels(), small_atlas().pixels);
    EXPECT_TRUE(atlas.is_sdf());
    EXPECT_FLOAT_EQ(atlas.ascent(), 0.8f);
    EXPECT_FLOAT_EQ(atlas.glyph(U'A')->advance, 0.6f);
    EXPECT_FLOAT_EQ(atlas.glyph(U'A')->uv_min.x, 0.5f);
    EXPECT_FLOAT_EQ(atlas.kerning(U'A', U'?'), -0.05f);
}

TEST_F(FontAtlasCache, TruncatedOrForeignFilesAreMisses) {
    write_cached_atlas(file_, small_atlas());
    const auto full = std::filesystem::file_size(file_);
    std::filesystem::resize_file(file_, full - 1);
    EXPECT_FALSE(read_cached_atlas(file_));
    std::ofstream(file_, std::ios::trunc) << "not an atlas at all";
    EXPECT_FALSE(read_cached_atlas(file_));
    EXPECT_FALSE(read_cached_atlas(file_.string() + ".missing"));
}

TEST(FontAtlasCachePath, ChangesWithTheOptionsAndCanBeTurnedOff) {
    const auto font = default_font_path();
    ASSERT_TRUE(std::filesystem::exists(font));
    ::setenv("XDG_CACHE_HOME", "/tmp/xrviz-cache-test", 1);
    ::unsetenv("XRVIZ_NO_CACHE");
    const auto a = atlas_cache_path(font, FontAtlasOptions{});
    const auto b = atlas_cache_path(font, FontAtlasOptions{.pixel_height = 32.0f});
    EXPECT_EQ(a.parent_path(), std::filesystem::path("/tmp/xrviz-cache-test/xrviz"));
    EXPECT_NE(a, b);
    ::setenv("XRVIZ_NO_CACHE", "1", 1);
    EXPECT_TRUE(atlas_cache_path(font, FontAtlasOptions{}).empty());
    ::unsetenv("XRVIZ_NO_CACHE");
}

}  // namespace
}  // namespace xrviz::assets
