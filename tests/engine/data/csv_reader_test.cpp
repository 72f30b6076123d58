#include <gtest/gtest.h>

#include "engine/data/csv_reader.h"

namespace xrviz::data {
namespace {

// All records of `text`, or the first syntax error as "line:column: message".
std::vector<std::vector<std::string>> records(std::string_view text, std::string* error = nullptr) {
    CsvReader reader(text);
    std::vector<CsvField> fields;
    std::vector<std::vector<std::string>> out;
    for (;;) {
        const auto status = reader.next(fields);
        if (status == CsvReader::Status::end) break;
        if (status == CsvReader::Status::error) {
            if (error && error->empty()) {
                const TextPosition at = reader.position(reader.error().offset);
                *error = std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
                         reader.error().message;
            }
            continue;
        }
        std::vector<std::string> row;
        for (const CsvField& f : fields) row.emplace_back(f.text);
        out.push_back(row);
    }
    return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvReader, ReadsPlainFieldsWithLfOrCrlf) {
    EXPECT_EQ(records("a,b,c\n1,2,3\n"), (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
    EXPECT_EQ(records("a,b\r\n1,2\r\n"), (Rows{{"a", "b"}, {"1", "2"}}));
    EXPECT_EQ(records("a,b\n1,2"), (Rows{{"a", "b"}, {"1", "2"}}));  // no final newline
    EXPECT_EQ(records("a,,\n"), (Rows{{"a", "", ""}}));
}

TEST(CsvReader, UnquotesRfc4180Fields) {
    EXPECT_EQ(records("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n"),
              (Rows{{"a,b", "say \"hi\"", "two\nlines"}}));
    EXPECT_EQ(records("\"crlf\r\ninside\",x\r\n"), (Rows{{"crlf\ninside", "x"}}));
    EXPECT_EQ(records("\"\",\"\"\"\"\n"), (Rows{{"", "\""}}));
    // Several escaped fields in one record stay intact (they share a scratch buffer).
    EXPECT_EQ(records("\"a\"\"1\",\"b\"\"2\",\"c\"\"3\"\n"), (Rows{{"a\"1", "b\"2", "c\"3"}}));
}

TEST(CsvReader, SkipsBlankLines) {
    EXPECT_EQ(records("a\n\n\r\nb\n"), (Rows{{"a"}, {"b"}}));
}

TEST(CsvReader, ReportsSyntaxErrorsWithPositions) {
    std::string error;
    records("a,b\n1,x\"y\n", &error);
    EXPECT_EQ(error, "2:4: unexpected '\"' inside an unquoted field (expected the whole field in "
                     "double quotes, with quotes inside it doubled)");
    error.clear();
    records("a\n\"open\nstill open\n", &error);
    EXPECT_EQ(error, "2:1: quoted field is never closed (expected a closing '\"' before the end "
                     "of the file)");
    error.clear();
    records("\"a\"b\n", &error);
    EXPECT_EQ(error, "1:4: unexpected text after a closing quote (expected ',' or the end of the "
                     "line)");
    error.clear();
    records("a\rb\n", &error);
    EXPECT_EQ(error.substr(0, 30), "1:2: carriage return not follo");
}

TEST(CsvReader, GoesOnAfterAnErrorSoEveryBadLineIsReported) {
    CsvReader reader("a\"\nb\nc\"\nd\n");
    std::vector<CsvField> fields;
    int errors = 0, good = 0;
    for (auto s = reader.next(fields); s != CsvReader::Status::end; s = reader.next(fields))
        (s == CsvReader::Status::error ? errors : good)++;
    EXPECT_EQ(errors, 2);
    EXPECT_EQ(good, 2);
}

TEST(CsvReader, CountsColumnsInCodePointsAndLinesAcrossQuotedNewlines) {
    CsvReader reader("\"x\ny\",é€,z\n");
    std::vector<CsvField> fields;
    ASSERT_EQ(reader.next(fields), CsvReader::Status::record);
    ASSERT_EQ(fields.size(), 3u);
    EXPECT_EQ(reader.position(fields[1]).line, 2);
    EXPECT_EQ(reader.position(fields[1]).column, 4);
    EXPECT_EQ(reader.position(fields[2]).column, 7);  // é and € count once each
}

TEST(Text, ValidatesUtf8AndStripsTheBom) {
    EXPECT_EQ(strip_bom("\xEF\xBB\xBFok"), "ok");
    EXPECT_FALSE(find_invalid_utf8("plain ascii, é, €, 𝄞").has_value());
    EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);
    EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);          // overlong '/'
    EXPECT_EQ(find_invalid_utf8("x\xED\xA0\x80"), 1u);     // a UTF-16 surrogate
    EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // past U+10FFFF
    EXPECT_EQ(find_invalid_utf8("abcdefgh\xE2\x82"), 8u);  // cut short
}

}  // namespace
}  // namespace xrviz::data
