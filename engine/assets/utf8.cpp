#include "engine/assets/utf8.h"

#include <cstdint>
#include <cstdio>

namespace xrviz::assets {
namespace {

struct LeadInfo {
    int continuation_count;  // -1: not a valid lead byte
    char32_t initial_bits;
    // The allowed range of the first continuation byte (Unicode Table 3-7): it is what
    // rules out overlong forms, surrogates and values past U+10FFFF.
    std::uint8_t second_lo;
    std::uint8_t second_hi;
};

LeadInfo classify_lead(std::uint8_t b) {
    if (b < 0x80)
        return {0, b, 0, 0};
    if (b >= 0xC2 && b <= 0xDF)
        return {1, b & 0x1Fu, 0x80, 0xBF};
    if (b == 0xE0)
        return {2, b & 0x0Fu, 0xA0, 0xBF};
    if (b == 0xED)
        return {2, b & 0x0Fu, 0x80, 0x9F};
    if (b >= 0xE1 && b <= 0xEF)
        return {2, b & 0x0Fu, 0x80, 0xBF};
    if (b == 0xF0)
        return {3, b & 0x07u, 0x90, 0xBF};
    if (b == 0xF4)
        return {3, b & 0x07u, 0x80, 0x8F};
    if (b >= 0xF1 && b <= 0xF3)
        return {3, b & 0x07u, 0x80, 0xBF};
    return {-1, 0, 0, 0};  // 0x80-0xC1 and 0xF5-0xFF never start a character
}

}  // namespace

std::u32string decode_utf8(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto lead = static_cast<std::uint8_t>(utf8[i]);
        const LeadInfo info = classify_lead(lead);
        ++i;
        if (info.continuation_count < 0) {
            out.push_back(replacement_character);
            continue;
        }
        char32_t cp = info.initial_bits;
        bool ok = true;
        for (int k = 0; k < info.continuation_count; ++k) {
            if (i >= utf8.size()) {
                ok = false;
                break;
            }
            const auto b = static_cast<std::uint8_t>(utf8[i]);
            const std::uint8_t lo = k == 0 ? info.second_lo : std::uint8_t{0x80};
            const std::uint8_t hi = k == 0 ? info.second_hi : std::uint8_t{0xBF};
            if (b < lo || b > hi) {
                ok = false;  // the offending byte is not consumed: it may start the next char
                break;
            }
            cp = (cp << 6) | (b & 0x3Fu);
            ++i;
        }
        out.push_back(ok ? cp : replacement_character);
    }
    return out;
}

std::string codepoint_name(char32_t codepoint) {
    char text[16];
    std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(codepoint));
    return text;
}

}  // namespace xrviz::assets
