#include "app/process_clock.h"

namespace xrviz::app {

std::chrono::steady_clock::time_point process_start() {
    static const auto start = std::chrono::steady_clock::now();
    return start;
}

}  // namespace xrviz::app
