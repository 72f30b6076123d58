#pragma once
// The menu on the left wrist in the headset: what a person needs without walking back to
// the main panel. It fills its own small canvas; the front-end carries out the requests.
#include <optional>

#include "scenes/panels/tour_panel.h"

namespace xrviz::scenes::panels {

struct WristMenuState {
    bool main_panel_visible = true;
    int snap_turn_degrees = 30;  // 30 or 45
    bool smooth_move = false;
    bool seated = false;
    bool passthrough_available = false;  // the runtime offers XR_FB_passthrough
    bool passthrough_on = false;
    bool tour_controls = false;  // a tour plays: its previous, restart and next buttons
};

struct WristMenuRequests {
    bool recentre = false;         // stand at the scene's opening view again
    bool main_panel_here = false;  // bring the main panel in front of the person
    TourCommand tour = TourCommand::none;
};

// Builds the menu (between UiContext::begin_frame and end_frame); changes `state`.
WristMenuRequests draw_wrist_menu(WristMenuState& state);

}  // namespace xrviz::scenes::panels
