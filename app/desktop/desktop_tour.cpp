#include "app/desktop/desktop_tour.h"

#include "app/tour_start.h"

namespace xrviz::app::desktop {

using input::EventType;
using input::Key;

scenes::panels::TourCommand tour_key_command(const input::InputEvent& event) {
    using scenes::panels::TourCommand;
    if (event.type != EventType::key || !event.down)
        return TourCommand::none;
    if (event.key == Key::n || event.key == Key::right)
        return TourCommand::next;
    if (event.key == Key::p || event.key == Key::left)
        return TourCommand::previous;
    if (event.key == Key::r)
        return TourCommand::restart;
    return TourCommand::none;
}

DesktopTour::DesktopTour(scenes::tour::Tour tour, scenes::Viewer& viewer, const Options& options,
                         double now)
    : viewer_(viewer),
      director_(std::move(tour), viewer,
                director_options(options, true,
                                 options.kiosk ? "Touch Next or Restart to start the tour"
                                               : "Press N or R to start the tour"),
                now),
      kiosk_(options.kiosk),
      idle_(options.idle_seconds, now) {}

void DesktopTour::handle(const std::vector<input::InputEvent>& events, bool ui_keyboard,
                         double now) {
    for (const input::InputEvent& e : events) {
        const bool person = e.type == EventType::move || e.type == EventType::button ||
                            e.type == EventType::wheel || e.type == EventType::key;
        if (person)
            idle_.touch(now);
        // At a kiosk a touch anywhere starts the tour from the attract loop.
        if (kiosk_ && e.type == EventType::button && e.down &&
            director_.player().phase() == scenes::tour::TourPhase::attract) {
            director_.restart(now);
            continue;
        }
        if (!ui_keyboard)
            scenes::panels::apply(tour_key_command(e), director_, now);
    }
}

void DesktopTour::update(double now) {
    if (kiosk_ && idle_.expired(now) &&
        director_.player().phase() == scenes::tour::TourPhase::touring) {
        director_.attract(now);
    }
    director_.update(now);
}

void DesktopTour::panel(float display_width, double now) {
    scenes::panels::apply(scenes::panels::tour_panel(director_, {.display_width = display_width}),
                          director_, now);
}

void DesktopTour::add_caption(render::FrameDescription& frame, double now) const {
    director_.describe(now, viewer_.camera(), frame);
}

TourStateReport DesktopTour::report() const {
    return tour_state_report(director_.state());
}

}  // namespace xrviz::app::desktop
