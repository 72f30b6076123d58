#pragma once
// An RFC 4180 CSV reader over a text buffer already in memory (see docs/dataset-format.md
// for why it is ours and not a library's). Fields are views into the buffer; only quoted
// fields with doubled quotes or CRLF inside need a copy, kept in a per-record scratch
// buffer, so a typical row costs no allocation at all.
//
// Accepted: LF or CRLF line ends, quoted fields holding commas, quotes ("") and newlines,
// blank lines (skipped). Rejected with a position: a quote inside an unquoted field, text
// after a closing quote, a quote left open at the end, a carriage return not followed by LF.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/data/text.h"

namespace xrviz::data {

struct CsvField {
    std::string_view text;  // unquoted and unescaped
    std::size_t offset = 0;      // byte offset of the field's first character in the buffer
    std::size_t line_start = 0;  // byte offset where the field's line begins
    int line = 1;
};

struct CsvSyntaxError {
    std::size_t offset = 0;
    std::string message;
};

class CsvReader {
public:
    enum class Status { record, end, error };

    explicit CsvReader(std::string_view text) : text_(text) {}

    // Reads the next record into `fields` (cleared first). On Status::error, error() says
    // what was wrong and the reader has skipped to the next line, so callers can go on
    // and report every bad line of a file.
    Status next(std::vector<CsvField>& fields);

    const CsvSyntaxError& error() const { return error_; }
    // Line of the record last returned (its first line when a quoted field spans several).
    int record_line() const { return record_line_; }
    std::size_t record_offset() const { return record_offset_; }

    TextPosition position(const CsvField& field) const {
        return position_at(text_, field.offset, field.line_start, field.line);
    }
    TextPosition position(std::size_t offset) const;
    std::string_view text() const { return text_; }

private:
    // Reads one field starting at pos_; returns false on a syntax error.
    bool read_field(std::vector<CsvField>& fields);
    bool read_quoted(std::size_t index);
    std::string_view& fields_text(std::size_t index) { return (*current_)[index].text; }
    void skip_to_next_line();
    Status fail(std::size_t offset, std::string message);

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;
    int record_line_ = 0;
    std::size_t record_offset_ = 0;
    CsvSyntaxError error_;
    // Unescaped copies of quoted fields; views into it are patched in at the record's end
    // because appending may move it.
    std::string scratch_;
    struct ScratchField {
        std::size_t index, start, length;
    };
    std::vector<ScratchField> scratch_fields_;
    std::vector<CsvField>* current_ = nullptr;  // the record being read
};

}  // namespace xrviz::data
