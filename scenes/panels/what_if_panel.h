#pragma once
// The what-if panel: one slider per parameter of the active scene (a cost model's inputs,
// a fleet size, a playhead), with its unit; moving one calls Viewer::set_parameter. It
// serves every scene that has parameters and is not drawn for scenes that have none.
#include <string>

#include "scenes/scene.h"
#include "scenes/viewer.h"

namespace xrviz::scenes::panels {

// Builds the panel with its top-left corner at (left, top), `width` wide (pixels), when
// the scene has parameters.
void what_if_panel(Viewer& viewer, float left, float top, float width);

// The slider's value to the parameter's step (0: continuous), within [min, max].
double snap_to_step(const SceneParameter& parameter, double value);

// The slider's printf format: as many decimals as the step has, then the unit:
// "%.0f GPUs", "%.3f USD/kWh", "%.2f" (no unit). Any '%' in the unit is escaped.
std::string slider_format(const SceneParameter& parameter);

inline constexpr const char* kWhatIfTitle = "What if";

}  // namespace xrviz::scenes::panels
