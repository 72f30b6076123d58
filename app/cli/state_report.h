#pragma once
// The --state-out report: what the viewer shows when the run ends, so tests can check
// interaction (a click selected this bar, a filter hid that series) without reading pixels.
//   {"scene", "camera": {"eye": [x, y, z], "target": [x, y, z]},
//    "selection": null | {"series", "period", "value", "unit", "status", "source_url",
//                         "label", "note"},
//    "hidden_series": [...],
//    "rig": {"origin": [x, y, z], "yaw_degrees", "world_per_metre"},   (XR only)
//    "tour": {"phase": "attract"|"touring", "stop" (1-based), "stop_count", "scene",
//             "loops", "reloads", "failed_reloads", "notice"}}         (--tour only)
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "app/cli/camera_pose.h"

namespace xrviz::app {

struct SelectionState {
    std::string series, period;
    double value = 0.0;
    std::string unit, status, source_url;
    std::string label;
    std::string note;
};

// Where the headset's tracked space sat in the scene (scenes/locomotion/rig.h).
struct RigState {
    glm::vec3 origin{0.0f};
    float yaw_degrees = 0.0f;
    float world_per_metre = 1.0f;
};

// Where a --tour run was (scenes/tour/tour_director.h).
struct TourStateReport {
    std::string phase;
    int stop = 1;  // 1-based, as the caption counts
    int stop_count = 0;
    std::string scene;
    std::uint64_t loops = 0, reloads = 0, failed_reloads = 0;
    std::string notice;
};

struct ViewerStateReport {
    std::string scene;
    CameraPose camera;
    std::optional<SelectionState> selection;
    std::vector<std::string> hidden_series;
    std::optional<RigState> rig;
    std::optional<TourStateReport> tour;
};

// Throws Error naming the path if it cannot be written.
void write_state_json(const std::filesystem::path& path, const ViewerStateReport& report);

}  // namespace xrviz::app
