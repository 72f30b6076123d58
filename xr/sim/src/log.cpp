#include "log.h"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace xrviz::sim {
namespace {

bool infoEnabled() {
    const char* value = std::getenv("XRVIZ_SIM_LOG");
    return value == nullptr || std::strcmp(value, "0") != 0;
}

void write(const char* level, const char* format, va_list args) {
    char text[1024];
    std::vsnprintf(text, sizeof(text), format, args);
    std::fprintf(stderr, "[xrviz-sim] %s%s\n", level, text);
    std::fflush(stderr);
}

}  // namespace

void logInfo(const char* format, ...) {
    if (!infoEnabled()) {
        return;
    }
    va_list args;
    va_start(args, format);
    write("", format, args);
    va_end(args);
}

void logError(const char* format, ...) {
    va_list args;
    va_start(args, format);
    write("error: ", format, args);
    va_end(args);
}

}  // namespace xrviz::sim
