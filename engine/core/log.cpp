#include "engine/core/log.h"

#include <atomic>
#include <cstdio>
#include <mutex>

namespace xrviz::log {
namespace {
std::atomic<Level> g_minimum{Level::info};
std::mutex g_write_mutex;

const char* level_name(Level level) {
    switch (level) {
        case Level::debug: return "debug";
        case Level::info: return "info";
        case Level::warn: return "warn";
        case Level::error: return "error";
    }
    return "?";
}
}  // namespace

void set_level(Level minimum) { g_minimum = minimum; }

void write(Level level, std::string_view tag, std::string_view message) {
    if (level < g_minimum.load()) return;
    std::lock_guard lock(g_write_mutex);
    std::fprintf(stderr, "[xrviz %s] %.*s: %.*s\n", level_name(level),
                 static_cast<int>(tag.size()), tag.data(), static_cast<int>(message.size()),
                 message.data());
}

}  // namespace xrviz::log
