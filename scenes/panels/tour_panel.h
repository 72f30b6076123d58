#pragma once
// The tour's operator panel: where the tour is, any notice, and next, previous and restart
// buttons (the caption itself stands in the scene, where a headset shows it too). In
// --kiosk it is the only panel. The presenter's mirror window shows the caption's text on
// it as well, since the person in the headset may be looking elsewhere.
#include "scenes/tour/tour_director.h"

namespace xrviz::scenes::panels {

enum class TourCommand { none, next, previous, restart };

inline constexpr const char* kTourPanelTitle = "Tour";

struct TourPanelOptions {
    float display_width = 1280.0f;
    bool show_caption = false;
};

// Builds the panel (between UiContext::begin_frame and end_frame) at the top right of the
// display; returns the button pressed.
TourCommand tour_panel(const tour::TourDirector& director, const TourPanelOptions& options);

// The row of previous, restart and next buttons across the current window, each
// `height` tall (0: ImGui's frame height); returns the one pressed. Next is the last item.
TourCommand tour_buttons(float height = 0.0f);

// Carries out a command on the director at `now`.
void apply(TourCommand command, tour::TourDirector& director, double now);

}  // namespace xrviz::scenes::panels
