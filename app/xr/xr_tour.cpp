#include "app/xr/xr_tour.h"

#include <glm/geometric.hpp>

#include "app/tour_start.h"
#include "engine/core/log.h"

namespace xrviz::app {
namespace {

constexpr const char* kTag = "tour";

}  // namespace

XrTour::XrTour(scenes::tour::Tour tour, scenes::Viewer& viewer, const Options& options)
    : viewer_(viewer),
      director_(std::move(tour), viewer,
                director_options(options, false, "Put the headset on to start the tour"), 0.0) {}

bool XrTour::update(double now, bool worn, bool control) {
    if (worn != was_worn_) {
        was_worn_ = worn;
        // Someone put the headset on: their tour, from the start. Taken off: attract.
        if (worn)
            director_.restart(now);
        else
            director_.attract(now);
    }
    const bool pressed = control && !control_held_;
    control_held_ = control;
    if (pressed && worn && director_.player().phase() == scenes::tour::TourPhase::attract)
        director_.restart(now);
    director_.update(now);
    if (director_.stop_serial() == placed_serial_)
        return false;
    placed_serial_ = director_.stop_serial();
    const scenes::tour::TourState state = director_.state();
    log::info(kTag, "stop " + std::to_string(state.stop + 1) + " of " +
                        std::to_string(state.stop_count) + " (" +
                        scenes::tour::to_string(state.phase) + ")");
    viewer_.set_camera(director_.stop_pose());
    return true;
}

void XrTour::command(scenes::panels::TourCommand command, double now) {
    scenes::panels::apply(command, director_, now);
}

void XrTour::describe(double now, const glm::vec3& head, render::FrameDescription& frame) {
    if (anchored_serial_ != director_.stop_serial()) {
        // Fixed in the world from the stop's first frame, level with the stop's direction:
        // a panel that followed the head would swim.
        anchored_serial_ = director_.stop_serial();
        glm::vec3 forward = director_.stop_pose().target - director_.stop_pose().eye;
        forward.y = 0.0f;
        forward = glm::length(forward) < 1e-4f ? glm::vec3(0, 0, -1) : glm::normalize(forward);
        anchor_ = {head, head + forward};
    }
    director_.describe(now, anchor_, frame);
}

TourStateReport XrTour::report() const {
    return tour_state_report(director_.state());
}

std::optional<XrTour> make_xr_tour(const Options& options, scenes::Viewer& viewer) {
    auto tour = tour_from_options(options, viewer.dataset());
    if (!tour)
        return std::nullopt;
    return std::optional<XrTour>(std::in_place, std::move(*tour), viewer, options);
}

}  // namespace xrviz::app
