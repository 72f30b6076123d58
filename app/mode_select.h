#pragma once
// `xrviz` with no --mode picks the best front-end this machine and this build can run:
// a headset through OpenXR, else a desktop window, else headless snapshots.
#include <string>

#include "app/cli/options.h"

namespace xrviz::app {

struct ModeChoice {
    Mode mode = Mode::headless;
    std::string reason;  // one line for the log: why this mode
};

struct Environment {
    bool has_display = false;  // DISPLAY or WAYLAND_DISPLAY set
};

Environment read_environment();
ModeChoice choose_mode(const Options& options, const Environment& environment);

// One line explaining why a forced mode cannot run in this build, or empty when it can.
std::string unavailable_reason(Mode mode);

}  // namespace xrviz::app
