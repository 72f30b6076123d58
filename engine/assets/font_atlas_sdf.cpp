// FontAtlas::load_sdf(): signed-distance-field glyphs rendered by stb_truetype and packed
// into one square power-of-two R8 texture by stb_rect_pack.
#include <algorithm>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include <stb_rect_pack.h>  // before stb_truetype, which otherwise declares stand-ins
#include <stb_truetype.h>

#include "engine/assets/font_atlas.h"
#include "engine/assets/utf8.h"
#include "engine/core/error.h"
#include "engine/core/log.h"

namespace xrviz::assets {
namespace {

// stbtt writes this value on the outline, and changes it by kOnEdge / padding per pixel
// of distance, so the field reaches 0 exactly `padding` pixels outside the outline.
constexpr unsigned char kOnEdge = 128;
constexpr int kGap = 1;  // px between packed glyphs so bilinear sampling never bleeds

std::vector<unsigned char> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail("cannot open font file " + path.string());
    std::vector<unsigned char> bytes{std::istreambuf_iterator<char>(in),
                                     std::istreambuf_iterator<char>()};
    if (bytes.empty())
        fail("font file is empty: " + path.string());
    return bytes;
}

struct SdfFree {
    void operator()(unsigned char* p) const { stbtt_FreeSDF(p, nullptr); }
};
using SdfBitmap = std::unique_ptr<unsigned char, SdfFree>;

// One glyph between rendering and packing: pixel metrics plus its field.
struct RenderedGlyph {
    char32_t codepoint = 0;
    int font_index = 0;  // stbtt glyph index, for kerning
    float advance_px = 0.0f;
    int width = 0;
    int height = 0;
    int xoff = 0;  // px from the pen to the bitmap's left edge
    int yoff = 0;  // px from the baseline to the bitmap's top edge, y down
    SdfBitmap field;
};

std::vector<RenderedGlyph> render_glyphs(const stbtt_fontinfo& font, float scale,
                                         const FontAtlasOptions& options) {
    const float dist_scale = static_cast<float>(kOnEdge) / static_cast<float>(options.sdf_padding);
    std::vector<RenderedGlyph> glyphs;
    for (const char32_t cp : default_charset()) {
        const int index = stbtt_FindGlyphIndex(&font, static_cast<int>(cp));
        if (index == 0) {
            log::debug("font", "font has no glyph for " + codepoint_name(cp));
            continue;
        }
        RenderedGlyph g;
        g.codepoint = cp;
        g.font_index = index;
        int advance = 0;
        int left_bearing = 0;
        stbtt_GetGlyphHMetrics(&font, index, &advance, &left_bearing);
        g.advance_px = static_cast<float>(advance) * scale;
        // Null for outline-less glyphs (space, no-break space): they only advance the pen.
        g.field.reset(stbtt_GetGlyphSDF(&font, scale, index, options.sdf_padding, kOnEdge,
                                        dist_scale, &g.width, &g.height, &g.xoff, &g.yoff));
        if (!g.field)
            g.width = g.height = 0;
        glyphs.push_back(std::move(g));
    }
    return glyphs;
}

// Packs into the smallest square power-of-two side that holds every glyph; returns the
// side, and the rects' x,y. Fails when even options.max_atlas_size is too small.
int pack(std::vector<stbrp_rect>& rects, int max_size) {
    for (int side = 64; side <= max_size; side *= 2) {
        std::vector<stbrp_node> nodes(static_cast<std::size_t>(side));
        stbrp_context context;
        stbrp_init_target(&context, side, side, nodes.data(), side);
        if (stbrp_pack_rects(&context, rects.data(), static_cast<int>(rects.size())) == 1) {
            return side;
        }
    }
    fail("font atlas: glyphs do not fit in " + std::to_string(max_size) + "x" +
         std::to_string(max_size));
}

void blit(std::vector<std::uint8_t>& atlas, int side, const RenderedGlyph& g, int x, int y) {
    for (int row = 0; row < g.height; ++row) {
        const unsigned char* src = g.field.get() + static_cast<std::ptrdiff_t>(row) * g.width;
        std::copy(src, src + g.width,
                  atlas.begin() + static_cast<std::ptrdiff_t>(y + row) * side + x);
    }
}

// All non-zero kerning pairs of the charset (GPOS or kern table), in em. stbtt needs the
// font file for lookups, so they are precomputed here rather than kept alive.
std::unordered_map<std::uint64_t, float> kerning_pairs(const stbtt_fontinfo& font,
                                                       const std::vector<RenderedGlyph>& glyphs,
                                                       float em_per_unit) {
    std::unordered_map<std::uint64_t, float> pairs;
    for (const RenderedGlyph& left : glyphs) {
        for (const RenderedGlyph& right : glyphs) {
            const int k = stbtt_GetGlyphKernAdvance(&font, left.font_index, right.font_index);
            if (k != 0) {
                pairs[kerning_key(left.codepoint, right.codepoint)] =
                    static_cast<float>(k) * em_per_unit;
            }
        }
    }
    return pairs;
}

}  // namespace

FontAtlas FontAtlas::load_sdf(const std::filesystem::path& ttf, const FontAtlasOptions& options) {
    if (options.pixel_height < 4.0f || options.sdf_padding < 1 || options.max_atlas_size < 64) {
        fail("font atlas: unusable options for " + ttf.string());
    }
    const std::vector<unsigned char> bytes = read_file(ttf);
    stbtt_fontinfo font;
    const int offset = stbtt_GetFontOffsetForIndex(bytes.data(), 0);
    if (offset < 0 || stbtt_InitFont(&font, bytes.data(), offset) == 0) {
        fail("not a TrueType font: " + ttf.string());
    }

    int ascent = 0;
    int descent = 0;
    int line_gap = 0;
    stbtt_GetFontVMetrics(&font, &ascent, &descent, &line_gap);
    const float scale = stbtt_ScaleForPixelHeight(&font, options.pixel_height);
    const float em_per_unit = 1.0f / static_cast<float>(ascent - descent + line_gap);
    const float em_per_px = em_per_unit / scale;

    std::vector<RenderedGlyph> rendered = render_glyphs(font, scale, options);
    std::vector<stbrp_rect> rects(rendered.size());
    for (std::size_t i = 0; i < rendered.size(); ++i) {
        rects[i].id = static_cast<int>(i);
        // Empty glyphs pack as 0x0, which stb_rect_pack places without using space.
        rects[i].w = rendered[i].width > 0 ? rendered[i].width + kGap : 0;
        rects[i].h = rendered[i].height > 0 ? rendered[i].height + kGap : 0;
    }
    const int side = pack(rects, options.max_atlas_size);

    FontAtlasData data;
    data.width = data.height = side;
    data.pixels.assign(static_cast<std::size_t>(side) * static_cast<std::size_t>(side), 0);
    data.sdf = true;
    data.sdf_edge = static_cast<float>(kOnEdge) / 255.0f;
    data.sdf_spread_em = static_cast<float>(options.sdf_padding) * em_per_px;
    data.ascent = static_cast<float>(ascent) * em_per_unit;
    data.descent = static_cast<float>(descent) * em_per_unit;
    data.line_height = 1.0f;
    data.fallback = U'?';

    const float inv_side = 1.0f / static_cast<float>(side);
    for (const stbrp_rect& r : rects) {
        const RenderedGlyph& g = rendered[static_cast<std::size_t>(r.id)];
        Glyph out;
        out.codepoint = g.codepoint;
        out.advance = g.advance_px * em_per_px;
        if (g.field) {
            blit(data.pixels, side, g, r.x, r.y);
            const auto x0 = static_cast<float>(g.xoff);
            const auto x1 = static_cast<float>(g.xoff + g.width);
            const auto top = static_cast<float>(-g.yoff);
            const auto bottom = static_cast<float>(-g.yoff - g.height);
            out.quad_min = glm::vec2{x0, bottom} * em_per_px;
            out.quad_max = glm::vec2{x1, top} * em_per_px;
            out.uv_min = glm::vec2{r.x, r.y} * inv_side;
            out.uv_max = glm::vec2{r.x + g.width, r.y + g.height} * inv_side;
        }
        data.glyphs.push_back(out);
    }
    data.kerning = kerning_pairs(font, rendered, em_per_unit);
    log::debug("font", "SDF atlas " + std::to_string(side) + "x" + std::to_string(side) + ", " +
                           std::to_string(rendered.size()) + " glyphs from " + ttf.string());
    return FontAtlas(std::move(data));
}

}  // namespace xrviz::assets
