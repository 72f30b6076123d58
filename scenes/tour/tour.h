#pragma once
// A guided tour: stops through the scenes, each with a viewpoint, a caption, the key figure
// it is about (named by series and period, so its value, unit and source come from the
// dataset) and how long it lasts. The file format is docs/tour-format.md.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scenes/scene.h"

namespace xrviz::scenes::tour {

// The figure a stop is about: looked up in the dataset, never written in the caption.
struct KeyFigure {
    std::string series;
    std::string period;  // as written: "2025", "2025-Q3", "FY2026 (issued 2026-01-28)"
};

struct TourStop {
    std::string scene;
    std::optional<std::string> view;   // a named view of the scene, or
    std::optional<CameraPose> camera;  // an explicit eye and target (exactly one is set)
    std::string caption;
    KeyFigure figure;
    std::vector<std::pair<std::string, double>> parameters;  // SceneParameter id, value
    double seconds = 10.0;
    // "file:line:column" of the stop, its view, its figure and each parameter, so that a
    // check against the scenes and the dataset can say where the tour is wrong.
    std::string at, view_at, figure_at;
    std::vector<std::string> parameter_at;
};

struct Tour {
    std::string title;
    double transition_seconds = 2.5;  // the camera's move (or the fade) into a stop
    std::vector<TourStop> stops;
};

}  // namespace xrviz::scenes::tour
