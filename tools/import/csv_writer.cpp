#include "tools/import/csv_writer.h"

namespace xrviz::tools {

void CsvWriter::row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) text_ += ',';
        field(fields[i]);
    }
    text_ += '\n';
}

void CsvWriter::field(std::string_view value) {
    const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) {
        text_ += value;
        return;
    }
    text_ += '"';
    for (const char c : value) {
        if (c == '"') text_ += '"';
        text_ += c;
    }
    text_ += '"';
}

}  // namespace xrviz::tools
