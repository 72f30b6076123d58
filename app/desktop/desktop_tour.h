#pragma once
// --tour in the window: the director drives the camera, N/P/R and the arrow keys and the
// operator panel's buttons move it, and with --kiosk a spell without any input returns it
// to the attract loop, where any click starts it again.
#include <cstdint>
#include <vector>

#include "app/cli/options.h"
#include "app/cli/state_report.h"
#include "app/input/input_event.h"
#include "scenes/panels/tour_panel.h"
#include "scenes/tour/idle_timer.h"
#include "scenes/tour/tour_director.h"

namespace xrviz::app::desktop {

// The tour's keys, for every window that drives a tour: N or Right, P or Left, R (a press).
scenes::panels::TourCommand tour_key_command(const input::InputEvent& event);

class DesktopTour {
public:
    DesktopTour(scenes::tour::Tour tour, scenes::Viewer& viewer, const Options& options,
                double now);

    // This frame's input: tour keys (unless ImGui has the keyboard) and, in a kiosk, any
    // input as a touch.
    void handle(const std::vector<input::InputEvent>& events, bool ui_keyboard, double now);
    // The idle rule, then the director: call after the camera controls, so the tour wins.
    void update(double now);
    // The operator panel (ImGui, between begin_frame and end_frame).
    void panel(float display_width, double now);
    void add_caption(render::FrameDescription& frame, double now) const;

    // Changes with every new stop: the front-end's camera controls follow the viewer then.
    std::uint64_t stop_serial() const { return director_.stop_serial(); }
    TourStateReport report() const;

private:
    scenes::Viewer& viewer_;
    scenes::tour::TourDirector director_;
    bool kiosk_;
    scenes::tour::IdleTimer idle_;
};

}  // namespace xrviz::app::desktop
