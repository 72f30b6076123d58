#pragma once
// The one error type of xrviz: a message that already says what failed and where.
// Thrown at the failing call, caught once in main (or at a front-end boundary that can
// recover, such as a lost XR session).
#include <stdexcept>
#include <string>

namespace xrviz {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Something the person asked for does not exist (a scene, a view): the command line's
// fault, so main exits 2 as for any bad argument.
class UsageError : public Error {
public:
    using Error::Error;
};

// Throws Error with "message (file:line)" so a report names the call site. The builtins
// stand in for std::source_location, which Clang 14 with libstdc++ 12 lacks.
[[noreturn]] void fail(const std::string& message, const char* file = __builtin_FILE(),
                       int line = __builtin_LINE());

}  // namespace xrviz
