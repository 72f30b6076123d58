#pragma once
// Writes RFC 4180 CSV: fields are quoted only when they must be (a comma, a quote, a line
// break, or spaces at either end), quotes inside doubled, LF line ends.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace xrviz::tools {

class CsvWriter {
public:
    void row(const std::vector<std::string>& fields);
    const std::string& text() const { return text_; }

private:
    void field(std::string_view value);
    std::string text_;
};

}  // namespace xrviz::tools
