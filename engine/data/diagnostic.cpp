#include "engine/data/diagnostic.h"

namespace xrviz::data {

std::string Diagnostic::to_string() const {
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

void DiagnosticSink::error(Diagnostic diagnostic) {
    if (error_count_ < max_errors_) errors_.push_back(std::move(diagnostic));
    ++error_count_;
}

void DiagnosticSink::warning(Diagnostic diagnostic) {
    // Warnings share the cap: an unknown column repeated a million times is one warning.
    if (warnings_.size() < max_errors_) warnings_.push_back(std::move(diagnostic));
}

std::vector<Diagnostic> DiagnosticSink::take_errors() {
    std::vector<Diagnostic> errors = std::move(errors_);
    // Readers stop at the cap, so whether more would follow is unknown: say so plainly.
    if (full() && !errors.empty()) {
        errors.push_back({errors.back().file, errors.back().line, errors.back().column,
                          "stopped after " + std::to_string(max_errors_) +
                              " errors (the cap); more errors not shown may follow"});
    }
    return errors;
}

}  // namespace xrviz::data
