#pragma once
// The one error type of xrviz: a message that already says what failed and where.
// Thrown at the failing call, caught once in main (or at a front-end boundary that can
// recover, such as a lost XR session).
#include <source_location>
#include <stdexcept>
#include <string>

namespace xrviz {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws Error with "message (file:line)" so a report names the call site.
[[noreturn]] void fail(const std::string& message,
                       std::source_location where = std::source_location::current());

}  // namespace xrviz
