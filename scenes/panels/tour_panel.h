#pragma once
// The tour's operator panel: where the tour is, any notice, and next, previous and restart
// buttons (the caption itself stands in the scene, where a headset shows it too). In
// --kiosk it is the only panel.
#include "scenes/tour/tour_director.h"

namespace xrviz::scenes::panels {

enum class TourCommand { none, next, previous, restart };

inline constexpr const char* kTourPanelTitle = "Tour";

// Builds the panel (between UiContext::begin_frame and end_frame) at the top right of a
// display `display_width` wide; returns the button pressed.
TourCommand tour_panel(const tour::TourDirector& director, float display_width);

}  // namespace xrviz::scenes::panels
