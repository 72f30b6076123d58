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
    if (error_count_ > max_errors_ && !errors.empty()) {
        errors.push_back({errors.back().file, errors.back().line, errors.back().column,
                          std::to_string(error_count_ - max_errors_) +
                              " more errors not shown (the cap is " +
                              std::to_string(max_errors_) + ")"});
    }
    return errors;
}

}  // namespace xrviz::data
