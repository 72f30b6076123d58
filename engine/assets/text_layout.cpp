#include "engine/assets/text_layout.h"

#include <algorithm>
#include <string>

#include "engine/assets/utf8.h"

namespace xrviz::assets {
namespace {

// The decoded text as paragraphs, with tabs made spaces and other controls removed.
std::vector<std::u32string> paragraphs(std::string_view utf8) {
    std::vector<std::u32string> out(1);
    for (char32_t c : decode_utf8(utf8)) {
        if (c == U'\n') {
            out.emplace_back();
        } else if (c == U'\t') {
            out.back().push_back(U' ');
        } else if (c >= 0x20 && c != 0x7F) {
            out.back().push_back(c);
        }
    }
    return out;
}

std::u32string_view trim_trailing_spaces(std::u32string_view line) {
    while (!line.empty() && line.back() == U' ')
        line.remove_suffix(1);
    return line;
}

// Pen advance over line in em, kerning included.
float line_width(const FontAtlas& font, std::u32string_view line) {
    float pen = 0.0f;
    char32_t previous = 0;
    for (char32_t c : line) {
        if (previous != 0)
            pen += font.kerning(previous, c);
        pen += font.glyph(c)->advance;
        previous = c;
    }
    return pen;
}

// Greedy wrapping: each line takes as many whole words as fit in max_em.
std::vector<std::u32string_view> wrap(const FontAtlas& font, std::u32string_view paragraph,
                                      float max_em) {
    if (max_em <= 0.0f)
        return {paragraph};
    std::vector<std::u32string_view> lines;
    std::u32string_view rest = paragraph;
    while (true) {
        if (line_width(font, trim_trailing_spaces(rest)) <= max_em) {
            lines.push_back(rest);
            return lines;
        }
        // The last space whose preceding text fits; else the first space (an overlong
        // word gets its own line); else nothing to break at.
        std::size_t cut = std::u32string_view::npos;
        for (std::size_t i = rest.find(U' ', 1); i != std::u32string_view::npos;
             i = rest.find(U' ', i + 1)) {
            if (cut != std::u32string_view::npos &&
                line_width(font, trim_trailing_spaces(rest.substr(0, i))) > max_em) {
                break;
            }
            cut = i;
        }
        if (cut == std::u32string_view::npos) {
            lines.push_back(rest);
            return lines;
        }
        lines.push_back(rest.substr(0, cut));
        rest.remove_prefix(cut);
        while (!rest.empty() && rest.front() == U' ')
            rest.remove_prefix(1);
        if (rest.empty())
            return lines;
    }
}

float horizontal_start(HAlign align, float width) {
    switch (align) {
        case HAlign::left:
            return 0.0f;
        case HAlign::center:
            return -0.5f * width;
        case HAlign::right:
            return -width;
    }
    return 0.0f;
}

}  // namespace

TextLayout layout_text(const FontAtlas& font, std::string_view utf8, const TextStyle& style) {
    const float max_em = style.height > 0.0f ? style.max_width / style.height : 0.0f;
    std::vector<std::u32string> text = paragraphs(utf8);
    std::vector<std::u32string_view> lines;
    for (const std::u32string& p : text) {
        for (std::u32string_view line : wrap(font, p, max_em))
            lines.push_back(line);
    }

    // Vertical placement in em, first baseline at 0 before alignment.
    const float step = font.line_height() * style.line_spacing;
    const float top = font.ascent();
    const float bottom = -step * static_cast<float>(lines.size() - 1) + font.descent();
    float dy = 0.0f;
    switch (style.valign) {
        case VAlign::top:
            dy = -top;
            break;
        case VAlign::middle:
            dy = -0.5f * (top + bottom);
            break;
        case VAlign::baseline:
            dy = 0.0f;
            break;
        case VAlign::bottom:
            dy = -bottom;
            break;
    }

    TextLayout out;
    out.line_count = static_cast<int>(lines.size());
    float widest = 0.0f;
    const float h = style.height;
    for (std::size_t li = 0; li < lines.size(); ++li) {
        const std::u32string_view line = lines[li];
        const float width = line_width(font, trim_trailing_spaces(line));
        widest = std::max(widest, width);
        const float baseline = dy - step * static_cast<float>(li);
        float pen = horizontal_start(style.halign, width);
        char32_t previous = 0;
        for (char32_t c : line) {
            if (previous != 0)
                pen += font.kerning(previous, c);
            previous = c;
            const Glyph& g = *font.glyph(c);
            if (g.has_quad()) {
                const glm::vec2 origin{pen, baseline};
                out.quads.push_back(
                    {(origin + g.quad_min) * h, (origin + g.quad_max) * h, g.uv_min, g.uv_max});
            }
            pen += g.advance;
        }
    }
    out.box_min = glm::vec2{horizontal_start(style.halign, widest), bottom + dy} * h;
    out.size = glm::vec2{widest, top - bottom} * h;
    return out;
}

}  // namespace xrviz::assets
