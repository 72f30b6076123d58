#pragma once
// When the process started, for the time-to-first-frame figure of --bench.
#include <chrono>

namespace xrviz::app {

// The steady-clock time of the first call; main calls it first thing.
std::chrono::steady_clock::time_point process_start();

}  // namespace xrviz::app
