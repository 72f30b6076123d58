#pragma once
// Minimal levelled logging to stderr. Lines carry a level and a subsystem tag so that a
// test log or a demo machine's journal can be grepped.
#include <string_view>

namespace xrviz::log {

enum class Level { debug, info, warn, error };

void set_level(Level minimum);
void write(Level level, std::string_view tag, std::string_view message);

inline void debug(std::string_view tag, std::string_view m) { write(Level::debug, tag, m); }
inline void info(std::string_view tag, std::string_view m) { write(Level::info, tag, m); }
inline void warn(std::string_view tag, std::string_view m) { write(Level::warn, tag, m); }
inline void error(std::string_view tag, std::string_view m) { write(Level::error, tag, m); }

}  // namespace xrviz::log
