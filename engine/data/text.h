#pragma once
// Byte-level checks every dataset file goes through before it is parsed: an optional UTF-8
// byte order mark is dropped, the rest must be valid UTF-8, and byte offsets are turned
// into the line:column pairs that diagnostics print.
#include <cstddef>
#include <optional>
#include <string_view>

namespace xrviz::data {

struct TextPosition {
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in code points
};

// The text without a leading UTF-8 byte order mark (EF BB BF).
std::string_view strip_bom(std::string_view text);

// Offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and
// code points past U+10FFFF are invalid too), or nothing when the whole text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Line and column of `offset`, counting from `line_start` (the offset where line `line`
// begins). Lets callers that already track lines avoid rescanning from the top.
TextPosition position_at(std::string_view text, std::size_t offset, std::size_t line_start = 0,
                         int line = 1);

}  // namespace xrviz::data
