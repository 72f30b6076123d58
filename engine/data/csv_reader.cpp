#include "engine/data/csv_reader.h"

#include <array>

namespace xrviz::data {
namespace {

// Characters that end or break a field, as 256-entry tables: one load per byte instead of
// four comparisons (or find_first_of, which calls memchr once per needle per byte).
constexpr std::array<bool, 256> special_table(std::string_view chars) {
    std::array<bool, 256> table{};
    for (const char c : chars) table[static_cast<unsigned char>(c)] = true;
    return table;
}
constexpr auto kUnquotedSpecial = special_table(",\n\r\"");
constexpr auto kQuotedSpecial = special_table("\"\r\n");

}  // namespace

TextPosition CsvReader::position(std::size_t offset) const {
    // Offsets at or after the current line start are cheap; older ones rescan from the top.
    if (offset >= line_start_) return position_at(text_, offset, line_start_, line_);
    return position_at(text_, offset);
}

CsvReader::Status CsvReader::fail(std::size_t offset, std::string message) {
    error_.offset = offset;
    error_.message = std::move(message);
    skip_to_next_line();
    return Status::error;
}

void CsvReader::skip_to_next_line() {
    const std::size_t newline = text_.find('\n', pos_);
    if (newline == std::string_view::npos) {
        pos_ = text_.size();
        return;
    }
    pos_ = newline + 1;
    ++line_;
    line_start_ = pos_;
}

CsvReader::Status CsvReader::next(std::vector<CsvField>& fields) {
    fields.clear();
    current_ = &fields;
    scratch_.clear();
    scratch_fields_.clear();
    // Blank lines (LF or CRLF) carry no record.
    while (pos_ < text_.size()) {
        if (text_[pos_] == '\n') {
            ++pos_;
        } else if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
            pos_ += 2;
        } else {
            break;
        }
        ++line_;
        line_start_ = pos_;
    }
    if (pos_ >= text_.size()) return Status::end;

    record_line_ = line_;
    record_offset_ = pos_;
    for (;;) {
        if (!read_field(fields)) return Status::error;
        if (pos_ >= text_.size()) break;
        const char c = text_[pos_];
        if (c == ',') {
            ++pos_;
            continue;
        }
        // read_field stops only at ',', '\n', "\r\n" or the end.
        pos_ += c == '\r' ? 2 : 1;
        ++line_;
        line_start_ = pos_;
        break;
    }
    for (const ScratchField& copy : scratch_fields_)
        fields[copy.index].text = std::string_view(scratch_).substr(copy.start, copy.length);
    return Status::record;
}

bool CsvReader::read_field(std::vector<CsvField>& fields) {
    CsvField& field = fields.emplace_back();
    field.offset = pos_;
    field.line = line_;
    field.line_start = line_start_;
    if (pos_ < text_.size() && text_[pos_] == '"') return read_quoted(fields.size() - 1);

    const char* const data = text_.data();
    const std::size_t size = text_.size();
    std::size_t i = pos_;
    while (i < size) {
        const char c = data[i];
        // One table look-up for the common case: none of the four special characters.
        if (!kUnquotedSpecial[static_cast<unsigned char>(c)]) {
            ++i;
            continue;
        }
        if (c == '"') {
            fail(i, "unexpected '\"' inside an unquoted field (expected the whole field in "
                    "double quotes, with quotes inside it doubled)");
            return false;
        }
        if (c == '\r' && (i + 1 >= size || data[i + 1] != '\n')) {
            fail(i, "carriage return not followed by a line feed (expected LF or CRLF line "
                    "ends)");
            return false;
        }
        break;
    }
    field.text = text_.substr(pos_, i - pos_);
    pos_ = i;
    return true;
}

bool CsvReader::read_quoted(std::size_t index) {
    const std::size_t open = pos_;
    std::size_t i = pos_ + 1;
    std::size_t copied_from = i;  // start of the run not yet copied to scratch
    bool needs_copy = false;
    std::size_t scratch_start = scratch_.size();
    for (;;) {
        std::size_t special = i;
        while (special < text_.size() && !kQuotedSpecial[static_cast<unsigned char>(text_[special])])
            ++special;
        if (special == text_.size()) {
            pos_ = text_.size();
            error_.offset = open;
            error_.message = "quoted field is never closed (expected a closing '\"' before "
                             "the end of the file)";
            return false;
        }
        const char c = text_[special];
        if (c == '\n') {  // a newline inside quotes belongs to the field
            ++line_;
            line_start_ = special + 1;
            i = special + 1;
            continue;
        }
        if (c == '\r') {
            if (special + 1 < text_.size() && text_[special + 1] == '\n') {
                // CRLF inside a quoted field becomes LF, so notes read the same either way.
                if (!needs_copy) scratch_start = scratch_.size();
                needs_copy = true;
                scratch_.append(text_.substr(copied_from, special - copied_from));
                copied_from = special + 1;
                ++line_;
                line_start_ = special + 2;
                i = special + 2;
                continue;
            }
            i = special + 1;  // a lone CR inside quotes is kept as data
            continue;
        }
        // A quote: either "" (an escaped quote) or the end of the field.
        if (special + 1 < text_.size() && text_[special + 1] == '"') {
            if (!needs_copy) scratch_start = scratch_.size();
            needs_copy = true;
            scratch_.append(text_.substr(copied_from, special + 1 - copied_from));
            copied_from = special + 2;
            i = special + 2;
            continue;
        }
        const std::size_t close = special;
        const std::size_t after = close + 1;
        if (after < text_.size() && text_[after] != ',' && text_[after] != '\n' &&
            !(text_[after] == '\r' && after + 1 < text_.size() && text_[after + 1] == '\n')) {
            pos_ = after;
            fail(after, "unexpected text after a closing quote (expected ',' or the end of "
                        "the line)");
            return false;
        }
        if (needs_copy) {
            scratch_.append(text_.substr(copied_from, close - copied_from));
            // next() points the field into scratch_ once the record is complete.
            scratch_fields_.push_back({index, scratch_start, scratch_.size() - scratch_start});
        } else {
            fields_text(index) = text_.substr(open + 1, close - open - 1);
        }
        pos_ = after;
        return true;
    }
}

}  // namespace xrviz::data
