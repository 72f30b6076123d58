#pragma once
// A CSV file read as a table with a header: maps the header's names to the columns a
// reader asks for, checks every row has one field per column, enforces the row cap and
// reports errors at the exact field they concern. The figure, site and event tables are
// all read through it.
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/data/csv_reader.h"
#include "engine/data/dataset.h"
#include "engine/data/diagnostic.h"

namespace xrviz::data {

struct ColumnSpec {
    std::string_view name;
    bool required = false;
};

// Where a row's field is, kept cheaply so a later check (duplicates) can still point at it.
struct FieldRef {
    std::size_t offset = 0;
    std::size_t line_start = 0;
    int line = 0;
};

class CsvTable {
public:
    CsvTable(std::string_view text, std::string file, DiagnosticSink& sink,
             std::size_t max_rows);

    // Reads the header and maps `columns` (by position in the span) to header columns.
    // Missing required columns are errors, unknown ones warnings. False on any error.
    bool read_header(std::span<const ColumnSpec> columns);

    // Advances to the next well-formed row. Syntax errors and rows with the wrong number
    // of fields are reported and skipped. False at the end, at the row cap (reported) or
    // when the error cap is reached.
    bool next_row();

    bool has(std::size_t column) const { return header_index_[column].has_value(); }
    // The field of `column` in the current row; empty when the table lacks the column.
    std::string_view field(std::size_t column) const;
    FieldRef ref(std::size_t column) const;

    void error_at(std::size_t column, std::string message);
    void error_at(const FieldRef& where, std::string message);
    TextPosition position(const FieldRef& where) const;
    const std::string& file() const { return file_; }
    // Called now and then with the offset of the current row: everything before it has
    // been read, and the caller may release it.
    void on_progress(std::function<void(std::size_t)> callback) { progress_ = std::move(callback); }
    std::size_t rows_read() const { return rows_; }

private:
    CsvReader reader_;
    std::string file_;
    DiagnosticSink& sink_;
    std::size_t max_rows_;
    std::size_t rows_ = 0;
    std::size_t header_width_ = 0;
    std::vector<std::optional<std::size_t>> header_index_;  // per requested column
    std::vector<CsvField> fields_;
    std::function<void(std::size_t)> progress_;
};

// Strict decimal number: no spaces, units, thousands separators, NaN or infinity, and a
// magnitude below 1e15. On failure `why` says what was wrong.
std::optional<double> parse_number(std::string_view text, std::string& why);

// reported | derived | estimate | guidance
std::optional<ValueStatus> parse_status(std::string_view text);

}  // namespace xrviz::data
