#pragma once
// The --state-out report of any front-end, from the Viewer it ran.
#include <filesystem>

#include <optional>

#include "app/cli/state_report.h"
#include "scenes/viewer.h"

namespace xrviz::app {

void write_viewer_state(const std::filesystem::path& path, const scenes::Viewer& viewer,
                        const std::optional<RigState>& rig = std::nullopt,
                        const std::optional<TourStateReport>& tour = std::nullopt);

}  // namespace xrviz::app
