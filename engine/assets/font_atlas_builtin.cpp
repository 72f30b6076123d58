// FontAtlas::builtin(): Dear ImGui's embedded ProggyClean, rasterised by an ImFontAtlas.
// ImFontAtlas needs no ImGui context, so this works before (or without) any UI.
#include <cmath>

#include <imgui.h>

#include "engine/assets/font_atlas.h"
#include "engine/core/error.h"

namespace xrviz::assets {

FontAtlas FontAtlas::builtin() {
    ImFontAtlas atlas;
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;  // only glyphs are wanted
    ImFont* font = atlas.AddFontDefault();
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    if (font == nullptr || pixels == nullptr || font->FontSize <= 0.0f) {
        fail("ImGui's built-in font atlas did not build");
    }

    FontAtlasData data;
    data.width = width;
    data.height = height;
    data.pixels.assign(pixels,
                       pixels + static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    data.sdf = false;
    data.sdf_edge = 0.5f;
    data.sdf_spread_em = 0.0f;

    // 1 em = FontSize, ImGui's line height. ImGui measures glyph Y down from the line
    // top, with the baseline at round(Ascent) (how imgui_draw.cpp places glyphs).
    const float em = 1.0f / font->FontSize;
    const float baseline = std::round(font->Ascent);
    data.ascent = font->Ascent * em;
    data.descent = font->Descent * em;
    data.line_height = 1.0f;

    for (const ImFontGlyph& g : font->Glyphs) {
        Glyph out;
        out.codepoint = static_cast<char32_t>(g.Codepoint);
        out.advance = g.AdvanceX * em;
        if (g.Visible != 0) {
            out.quad_min = {g.X0 * em, (baseline - g.Y1) * em};
            out.quad_max = {g.X1 * em, (baseline - g.Y0) * em};
            // ImGui's U0,V0 is already the top-left texel corner, as ours.
            out.uv_min = {g.U0, g.V0};
            out.uv_max = {g.U1, g.V1};
        }
        data.glyphs.push_back(out);
    }
    data.fallback = U'?';
    return FontAtlas(std::move(data));
}

}  // namespace xrviz::assets
