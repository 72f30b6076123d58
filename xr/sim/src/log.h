// One-line log messages of the simulated runtime, on stderr, prefixed "[xrviz-sim]".
// XRVIZ_SIM_LOG=0 silences them (errors still print).
#pragma once

namespace xrviz::sim {

void logInfo(const char* format, ...) __attribute__((format(printf, 1, 2)));
void logError(const char* format, ...) __attribute__((format(printf, 1, 2)));

}  // namespace xrviz::sim
