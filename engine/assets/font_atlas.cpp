#include "engine/assets/font_atlas.h"

#include <algorithm>
#include <string>

#include "engine/assets/font_atlas_cache.h"
#include "engine/assets/utf8.h"
#include "engine/core/error.h"
#include "engine/core/log.h"

namespace xrviz::assets {

std::vector<char32_t> default_charset() {
    std::vector<char32_t> set;
    for (char32_t c = 32; c <= 126; ++c)
        set.push_back(c);
    for (char32_t c = 160; c <= 255; ++c)
        set.push_back(c);
    // Typography that turns up in financial labels and sources ("€40–45 bn", "≈ 1.2 GW").
    constexpr char32_t extra[] = {
        U'\u2013', U'\u2014',  // – —
        U'\u2018', U'\u2019',  // ‘ ’
        U'\u201C', U'\u201D',  // “ ”
        U'\u2026', U'\u2022',  // … •
        U'\u2020', U'\u2021',  // † ‡
        U'\u20AC', U'\u2248',  // € ≈
        U'\u2264', U'\u2265',  // ≤ ≥
        U'\u2192', U'\u2190',  // → ←
        U'\u2212',             // − (minus sign)
    };
    // × ± ° ² ³ are already in Latin-1.
    set.insert(set.end(), std::begin(extra), std::end(extra));
    return set;
}

std::filesystem::path default_font_path() {
    return XRVIZ_FONT_PATH;
}

FontAtlas::FontAtlas(FontAtlasData data) : data_(std::move(data)) {
    const auto expected =
        static_cast<std::size_t>(data_.width) * static_cast<std::size_t>(data_.height);
    if (data_.width <= 0 || data_.height <= 0 || data_.pixels.size() != expected) {
        fail("font atlas: " + std::to_string(data_.pixels.size()) + " pixels for a " +
             std::to_string(data_.width) + "x" + std::to_string(data_.height) + " image");
    }
    std::sort(data_.glyphs.begin(), data_.glyphs.end(),
              [](const Glyph& a, const Glyph& b) { return a.codepoint < b.codepoint; });
    const Glyph* fallback = find(data_.fallback);
    if (fallback == nullptr) {
        fail("font atlas: fallback glyph " + codepoint_name(data_.fallback) + " missing");
    }
    fallback_index_ = static_cast<std::size_t>(fallback - data_.glyphs.data());
}

FontAtlas FontAtlas::load_or_builtin(const std::filesystem::path& ttf,
                                     const FontAtlasOptions& options) {
    try {
        return load_sdf(ttf, options);
    } catch (const Error& e) {
        // Labels in a fallback font beat no labels; the warning says what to install.
        log::warn("font", "cannot load label font " + ttf.string() + " (" + e.what() +
                              "); using the built-in ProggyClean bitmap font");
        return builtin();
    }
}

FontAtlas FontAtlas::load_default(const FontAtlasOptions& options) {
    const std::filesystem::path ttf = default_font_path();
    const std::filesystem::path cached = atlas_cache_path(ttf, options);
    if (auto data = read_cached_atlas(cached)) {
        try {
            return FontAtlas(std::move(*data));
        } catch (const Error& e) {
            log::warn("font", "ignoring a damaged font atlas cache " + cached.string() + ": " +
                                  e.what());
        }
    }
    FontAtlas atlas = load_or_builtin(ttf, options);
    if (atlas.is_sdf()) write_cached_atlas(cached, atlas.data_);
    return atlas;
}

const Glyph* FontAtlas::find(char32_t codepoint) const {
    const auto it = std::lower_bound(data_.glyphs.begin(), data_.glyphs.end(), codepoint,
                                     [](const Glyph& g, char32_t c) { return g.codepoint < c; });
    return it != data_.glyphs.end() && it->codepoint == codepoint ? &*it : nullptr;
}

const Glyph* FontAtlas::glyph(char32_t codepoint) const {
    const Glyph* g = find(codepoint);
    return g != nullptr ? g : &data_.glyphs[fallback_index_];
}

bool FontAtlas::contains(char32_t codepoint) const {
    return find(codepoint) != nullptr;
}

float FontAtlas::kerning(char32_t left, char32_t right) const {
    const auto it = data_.kerning.find(kerning_key(left, right));
    return it != data_.kerning.end() ? it->second : 0.0f;
}

}  // namespace xrviz::assets
