#pragma once
// The --state-out report: what the viewer shows when the run ends, so tests can check
// interaction (a click selected this bar, a filter hid that series) without reading pixels.
//   {"scene", "camera": {"eye": [x, y, z], "target": [x, y, z]},
//    "selection": null | {"series", "period", "value", "unit", "status", "source_url",
//                         "label", "note"},
//    "hidden_series": [...]}
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/camera_pose.h"

namespace xrviz::app {

struct SelectionState {
    std::string series, period;
    double value = 0.0;
    std::string unit, status, source_url;
    std::string label;
    std::string note;
};

struct ViewerStateReport {
    std::string scene;
    CameraPose camera;
    std::optional<SelectionState> selection;
    std::vector<std::string> hidden_series;
};

// Throws Error naming the path if it cannot be written.
void write_state_json(const std::filesystem::path& path, const ViewerStateReport& report);

}  // namespace xrviz::app
