#include "engine/data/csv_table.h"

#include <charconv>
#include <cmath>

namespace xrviz::data {

namespace {
constexpr double kMaxMagnitude = 1e15;
}

CsvTable::CsvTable(std::string_view text, std::string file, DiagnosticSink& sink,
                   std::size_t max_rows)
    : reader_(text), file_(std::move(file)), sink_(sink), max_rows_(max_rows) {}

bool CsvTable::read_header(std::span<const ColumnSpec> columns) {
    header_index_.assign(columns.size(), std::nullopt);
    CsvReader::Status status = reader_.next(fields_);
    if (status == CsvReader::Status::end) {
        sink_.error({file_, 1, 1, "the file is empty (expected a header line naming the "
                                  "columns)"});
        return false;
    }
    if (status == CsvReader::Status::error) {
        const TextPosition at = reader_.position(reader_.error().offset);
        sink_.error({file_, at.line, at.column, reader_.error().message});
        return false;
    }
    header_width_ = fields_.size();
    bool ok = true;
    std::string expected;
    for (const ColumnSpec& spec : columns) {
        // "series,period,value[,low][,high]": optional columns in brackets.
        if (spec.required) {
            expected += (expected.empty() ? "" : ",") + std::string(spec.name);
        } else {
            expected += "[," + std::string(spec.name) + "]";
        }
    }
    for (std::size_t h = 0; h < fields_.size(); ++h) {
        const std::string_view name = fields_[h].text;
        bool known = false;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (columns[c].name != name) continue;
            known = true;
            if (header_index_[c]) {
                const TextPosition at = reader_.position(fields_[h]);
                sink_.error({file_, at.line, at.column, "duplicate column '" +
                                 std::string(name) + "' (expected each column once)"});
                ok = false;
            }
            header_index_[c] = h;
        }
        if (!known) {
            const TextPosition at = reader_.position(fields_[h]);
            sink_.warning({file_, at.line, at.column, "unknown column '" + std::string(name) +
                                                          "' is ignored (expected " + expected +
                                                          ")"});
        }
    }
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].required && !header_index_[c]) {
            sink_.error({file_, 1, 1, "missing required column '" +
                                          std::string(columns[c].name) + "' (expected " +
                                          expected + ")"});
            ok = false;
        }
    }
    return ok;
}

bool CsvTable::next_row() {
    for (;;) {
        if (sink_.full()) return false;
        const CsvReader::Status status = reader_.next(fields_);
        if (status == CsvReader::Status::end) return false;
        if (status == CsvReader::Status::error) {
            const TextPosition at = reader_.position(reader_.error().offset);
            sink_.error({file_, at.line, at.column, reader_.error().message});
            continue;
        }
        constexpr std::size_t kProgressRows = std::size_t{1} << 15;
        if (progress_ && rows_ % kProgressRows == 0) progress_(reader_.record_offset());
        if (++rows_ > max_rows_) {
            sink_.error({file_, reader_.record_line(), 1,
                         "more than " + std::to_string(max_rows_) +
                             " rows (expected at most the row cap; split the table or raise "
                             "LoadLimits::max_rows)"});
            return false;
        }
        if (fields_.size() != header_width_) {
            sink_.error({file_, reader_.record_line(), 1,
                         "row has " + std::to_string(fields_.size()) + " fields (expected " +
                             std::to_string(header_width_) +
                             ", one per header column; quote fields that contain commas)"});
            continue;
        }
        return true;
    }
}

std::string_view CsvTable::field(std::size_t column) const {
    const auto& index = header_index_[column];
    return index ? fields_[*index].text : std::string_view();
}

FieldRef CsvTable::ref(std::size_t column) const {
    const auto& index = header_index_[column];
    const CsvField& f = index ? fields_[*index] : fields_.front();
    return {f.offset, f.line_start, f.line};
}

TextPosition CsvTable::position(const FieldRef& where) const {
    return position_at(reader_.text(), where.offset, where.line_start, where.line);
}

void CsvTable::error_at(std::size_t column, std::string message) {
    error_at(ref(column), std::move(message));
}

void CsvTable::error_at(const FieldRef& where, std::string message) {
    const TextPosition at = position(where);
    sink_.error({file_, at.line, at.column, std::move(message)});
}

std::optional<double> parse_number(std::string_view text, std::string& why) {
    if (text.empty()) {
        why = "is empty";
        return std::nullopt;
    }
    double value = 0.0;
    const char* const end = text.data() + text.size();
    // from_chars would also take "nan" and "inf"; a leading letter is never a number here.
    const char first = text.front();
    if (!(first == '-' || first == '.' || (first >= '0' && first <= '9'))) {
        why = "is not a number";
        return std::nullopt;
    }
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec == std::errc::result_out_of_range) {
        why = "is out of range";
        return std::nullopt;
    }
    if (ec != std::errc() || ptr != end) {
        why = "is not a number";
        return std::nullopt;
    }
    if (!std::isfinite(value)) {
        why = "is not a finite number";
        return std::nullopt;
    }
    if (std::fabs(value) >= kMaxMagnitude) {
        why = "is out of range";
        return std::nullopt;
    }
    return value;
}

std::optional<ValueStatus> parse_status(std::string_view text) {
    if (text == "reported") return ValueStatus::reported;
    if (text == "derived") return ValueStatus::derived;
    if (text == "estimate") return ValueStatus::estimate;
    if (text == "guidance") return ValueStatus::guidance;
    return std::nullopt;
}

}  // namespace xrviz::data
