#pragma once
// --tour in the headset. The view is never moved against the person's will: each stop
// fades to black, the person is stood at the next stop's viewpoint (the rig, around where
// they stand), and it fades back; no camera flights. The caption panel stands in the
// world in front of where the person was at the stop's start. Taking the headset off
// (the session leaves FOCUSED, or XR_EXT_user_presence says so) returns to the attract loop;
// putting it on starts the tour from its first stop, and so does a pull of a trigger or a menu
// press in the attract loop (after a person's tour has ended with the headset still on).
#include <cstdint>
#include <optional>

#include <glm/vec3.hpp>

#include "app/cli/options.h"
#include "app/cli/state_report.h"
#include "scenes/panels/tour_panel.h"
#include "scenes/tour/tour_director.h"

namespace xrviz::app {

class XrTour {
public:
    XrTour(scenes::tour::Tour tour, scenes::Viewer& viewer, const Options& options);

    // Once per rendered frame; `control` is whether a trigger or menu button is held. True
    // when the person is to be stood at a new stop: the viewer's camera is the stop's
    // viewpoint, for HandInteraction::reset.
    // `worn`: the session is FOCUSED and, where the runtime senses it, a person wears the
    // headset.
    bool update(double now, bool worn, bool control);
    // A button on the wrist menu or the presenter's window, or a presenter's key.
    void command(scenes::panels::TourCommand command, double now);
    // The caption panel and the fade; `head` is the head in the world this frame.
    void describe(double now, const glm::vec3& head, render::FrameDescription& frame);

    const scenes::tour::TourDirector& director() const { return director_; }
    TourStateReport report() const;

private:
    scenes::Viewer& viewer_;
    scenes::tour::TourDirector director_;
    bool was_worn_ = false;
    bool control_held_ = false;
    std::uint64_t placed_serial_ = ~std::uint64_t{0};
    std::uint64_t anchored_serial_ = ~std::uint64_t{0};
    render::CameraPose anchor_;
};

// The tour --tour asks for, or nothing.
std::optional<XrTour> make_xr_tour(const Options& options, scenes::Viewer& viewer);

}  // namespace xrviz::app
