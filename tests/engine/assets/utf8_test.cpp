#include "engine/assets/utf8.h"

#include <gtest/gtest.h>

namespace xrviz::assets {
namespace {

constexpr char32_t R = replacement_character;

TEST(TextUtf8, DecodesOneToFourByteSequences) {
    EXPECT_EQ(decode_utf8("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"),
              (std::u32string{U'a', U'\u00E9', U'\u20AC', U'\U0001F600'}));
}

TEST(TextUtf8, ReplacesEachMaximalInvalidSubpartOnce) {
    EXPECT_EQ(decode_utf8("\x80"), std::u32string{R});
    EXPECT_EQ(decode_utf8("\xE2\x82"), std::u32string{R});                     // truncated
    EXPECT_EQ(decode_utf8("\xE2\x82z"), (std::u32string{R, U'z'}));            // z survives
    EXPECT_EQ(decode_utf8("\xC0\xAF"), (std::u32string{R, R}));                // overlong
    EXPECT_EQ(decode_utf8("\xED\xA0\x80"), (std::u32string{R, R, R}));         // surrogate
    EXPECT_EQ(decode_utf8("\xF4\x90\x80\x80"), (std::u32string{R, R, R, R}));  // > 10FFFF
    EXPECT_EQ(decode_utf8("\xFF"), std::u32string{R});
}

TEST(TextUtf8, NamesCodePointsInUPlusForm) {
    EXPECT_EQ(codepoint_name(U'A'), "U+0041");
    EXPECT_EQ(codepoint_name(U'\u20AC'), "U+20AC");
    EXPECT_EQ(codepoint_name(U'\U0001F600'), "U+1F600");
}

}  // namespace
}  // namespace xrviz::assets
