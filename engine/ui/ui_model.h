#pragma once
// Plain data the panels show besides the Viewer's own state: which panels are open, the
// frame's figures, and the controls the front-end offers. Filled by a front-end, read by
// the panel code in scenes/panels; no ImGui, no Vulkan.
#include <string>
#include <vector>

namespace xrviz::ui {

struct PanelVisibility {
    bool controls = true;      // scene picker, views, series, legend
    bool help = false;         // F1
    bool performance = false;  // F3
};

struct PerformanceFigures {
    double frame_ms = 0.0;  // CPU time between frames
    double gpu_ms = 0.0;    // 0 when the device has no timestamps
    unsigned draw_calls = 0;
    unsigned long long instances = 0;
    unsigned width = 0, height = 0;
    const char* present_mode = "";
};

// The period slider's play/pause: while playing, the slider steps through the periods.
struct PeriodPlayback {
    bool playing = false;
    double seconds_per_period = 0.8;
    double elapsed = 0.0;  // since the last step
};

// One line of the help panel: "Left drag" — "Orbit".
struct HelpEntry {
    std::string control;
    std::string action;
};

}  // namespace xrviz::ui
