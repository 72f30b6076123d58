#pragma once
// A glyph atlas for text in the 3D world: one R8 texture plus, per glyph, a quad and its
// texture rectangle. Two sources:
//  - load_sdf(): signed-distance-field glyphs rendered from a TrueType font with
//    stb_truetype, so labels stay sharp when the viewer leans in (the normal case);
//  - builtin(): Dear ImGui's embedded ProggyClean bitmap font, a coverage atlas (not SDF),
//    the fallback when the font file is missing.
//
// Units: all metrics and glyph quads are in em, where 1 em = the font's line height
// (ascent - descent + line gap; ImGui's FontSize for builtin()). A label laid out at h
// world units per line scales every em value by h. x right, y up, origin at the pen on
// the baseline.
// Texture: R8, row-major, row 0 is the top, so uv (0,0) is the top-left corner of the
// image and v grows downwards.
#include <cstdint>
#include <filesystem>
#include <unordered_map>
#include <vector>

#include <glm/vec2.hpp>

namespace xrviz::assets {

struct Glyph {
    char32_t codepoint = 0;
    float advance = 0.0f;      // em the pen moves after this glyph
    glm::vec2 quad_min{0.0f};  // em, bottom-left, relative to the pen on the baseline
    glm::vec2 quad_max{0.0f};  // em, top-right
    // Texture rectangle in [0,1]: uv_min is its top-left corner and is sampled at the
    // quad's top-left (quad_min.x, quad_max.y); uv_max at the bottom-right.
    glm::vec2 uv_min{0.0f};
    glm::vec2 uv_max{0.0f};

    bool has_quad() const { return quad_max.x > quad_min.x && quad_max.y > quad_min.y; }
};

struct FontAtlasOptions {
    float pixel_height = 48.0f;  // ascender-to-descender size of a glyph in atlas pixels
    int sdf_padding = 6;         // px of field around each glyph; also the SDF spread
    int max_atlas_size = 4096;   // the largest square atlas tried before giving up
};

// Everything an atlas is made of; loaders fill it, tests may build a synthetic one.
struct FontAtlasData {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // width * height bytes
    bool sdf = false;
    float sdf_edge = 0.5f;
    float sdf_spread_em = 0.0f;
    float ascent = 0.0f;   // em above the baseline (positive)
    float descent = 0.0f;  // em below the baseline (negative)
    float line_height = 1.0f;
    std::vector<Glyph> glyphs;                         // any order, unique code points
    std::unordered_map<std::uint64_t, float> kerning;  // kerning_key(left, right) -> em
    char32_t fallback = U'?';                          // must be among glyphs
};

constexpr std::uint64_t kerning_key(char32_t left, char32_t right) {
    return (std::uint64_t{left} << 32) | std::uint64_t{right};
}

// Printable ASCII, Latin-1 and the punctuation and symbols financial labels use
// (dashes, curly quotes, ellipsis, €, ≈, ×, ±, °, ², ³, ≤, ≥, arrows, ...).
std::vector<char32_t> default_charset();

// The label font configured at build time (XRVIZ_FONT_PATH: DejaVu Sans on Debian).
std::filesystem::path default_font_path();

class FontAtlas {
public:
    // Validates data (pixel count, fallback glyph present); throws xrviz::Error if not.
    explicit FontAtlas(FontAtlasData data);

    // SDF atlas of default_charset() from a TrueType file; throws xrviz::Error naming the
    // path when it cannot be read or parsed.
    static FontAtlas load_sdf(const std::filesystem::path& ttf,
                              const FontAtlasOptions& options = {});
    // Dear ImGui's ProggyClean (Basic Latin + Latin-1), coverage not SDF.
    static FontAtlas builtin();
    // load_sdf(ttf), or builtin() with a logged warning naming ttf when that fails.
    static FontAtlas load_or_builtin(const std::filesystem::path& ttf,
                                     const FontAtlasOptions& options = {});
    // load_or_builtin(default_font_path()), through the on-disk atlas cache
    // (font_atlas_cache.h) so that only the first start pays for the SDF generation.
    static FontAtlas load_default(const FontAtlasOptions& options = {});

    int width() const { return data_.width; }
    int height() const { return data_.height; }
    const std::vector<std::uint8_t>& pixels() const { return data_.pixels; }

    bool is_sdf() const { return data_.sdf; }
    // Texel value / 255 on the glyph outline. In an SDF atlas the signed distance from
    // the outline is (value - sdf_edge()) / sdf_edge() * sdf_spread_em() em (inside
    // positive), clamped at +-sdf_spread_em(); a shader smooths over ~1 screen pixel of it.
    // For a coverage atlas sdf_edge() is 0.5 and sdf_spread_em() is 0.
    float sdf_edge() const { return data_.sdf_edge; }
    float sdf_spread_em() const { return data_.sdf_spread_em; }

    float ascent() const { return data_.ascent; }
    float descent() const { return data_.descent; }
    float line_height() const { return data_.line_height; }

    // The glyph of codepoint, or the fallback glyph ('?') when the atlas lacks it.
    // Never null.
    const Glyph* glyph(char32_t codepoint) const;
    bool contains(char32_t codepoint) const;
    // Extra pen movement (em, usually negative) between left and right; 0 when none.
    float kerning(char32_t left, char32_t right) const;
    std::size_t glyph_count() const { return data_.glyphs.size(); }

private:
    const Glyph* find(char32_t codepoint) const;

    FontAtlasData data_;              // glyphs sorted by code point for binary search
    std::size_t fallback_index_ = 0;  // an index, not a pointer, so copies stay valid
};

}  // namespace xrviz::assets
