#pragma once
// Strict UTF-8 decoding for label text that may come from datasets we did not write.
#include <string>
#include <string_view>

namespace xrviz::assets {

inline constexpr char32_t replacement_character = U'\uFFFD';

// Decodes utf8 to code points. Every ill-formed sequence (stray continuation byte,
// truncated sequence, overlong form, surrogate, value past U+10FFFF) becomes one
// U+FFFD per maximal invalid subpart, as Unicode recommends; decoding never throws.
std::u32string decode_utf8(std::string_view utf8);

// "U+20AC": how messages name a code point.
std::string codepoint_name(char32_t codepoint);

}  // namespace xrviz::assets
