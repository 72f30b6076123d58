#pragma once
// One finding about a dataset file, printed as "file:line:column: message" so editors and
// terminals can jump to it, and the sink that collects findings up to a cap.
#include <cstddef>
#include <string>
#include <vector>

namespace xrviz::data {

struct Diagnostic {
    std::string file;  // relative to the dataset folder, as the user wrote it
    int line = 0;      // 1-based
    int column = 0;    // 1-based, in Unicode code points
    std::string message;  // "what is wrong (what was expected)"

    std::string to_string() const;
};

// Collects errors and warnings. Errors past the cap are counted, not stored, so a file
// with a million bad rows neither floods the terminal nor eats memory.
class DiagnosticSink {
public:
    explicit DiagnosticSink(std::size_t max_errors) : max_errors_(max_errors) {}

    void error(Diagnostic diagnostic);
    void warning(Diagnostic diagnostic);

    bool has_errors() const { return error_count_ > 0; }
    // True once the cap is reached: callers stop reading the current file.
    bool full() const { return error_count_ >= max_errors_; }
    std::size_t error_count() const { return error_count_; }

    std::vector<Diagnostic> take_errors();
    std::vector<Diagnostic> take_warnings() { return std::move(warnings_); }

private:
    std::size_t max_errors_;
    std::size_t error_count_ = 0;
    std::vector<Diagnostic> errors_;
    std::vector<Diagnostic> warnings_;
};

}  // namespace xrviz::data
