#include "app/mode_select.h"

#include <cstdlib>

#include "xr/runtime.h"

namespace xrviz::app {

Environment read_environment() {
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return Environment{.has_display = (x11 && *x11) || (wayland && *wayland)};
}

std::string unavailable_reason(Mode mode) {
    switch (mode) {
        case Mode::xr: {
            // Asked once per process: an OpenXR runtime that reports a headset.
            static const std::string why = xr::probe_headset();
            return why;
        }
        default: return {};
    }
}

ModeChoice choose_mode(const Options& options, const Environment& environment) {
    if (options.mode != Mode::automatic) return {options.mode, "forced by --mode"};
    if (unavailable_reason(Mode::xr).empty()) {
        return {Mode::xr, "an OpenXR runtime reports a headset"};
    }
    // Preference order: headset, window, headless. A front-end missing from this build
    // is skipped with its reason, so the log says why the next one was chosen.
    std::string reason = "no headset front-end: " + unavailable_reason(Mode::xr);
    if (environment.has_display) {
        if (unavailable_reason(Mode::desktop).empty()) return {Mode::desktop, "a display exists"};
        reason += "; display found but " + unavailable_reason(Mode::desktop);
    } else {
        reason += "; no display (DISPLAY/WAYLAND_DISPLAY unset)";
    }
    return {Mode::headless, reason};
}

}  // namespace xrviz::app
