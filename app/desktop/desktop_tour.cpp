#include "app/desktop/desktop_tour.h"

#include "app/tour_start.h"
#include "scenes/panels/tour_panel.h"

namespace xrviz::app::desktop {

using input::EventType;
using input::Key;

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
        if (e.type != EventType::key || !e.down || ui_keyboard)
            continue;
        if (e.key == Key::n || e.key == Key::right)
            director_.next(now);
        else if (e.key == Key::p || e.key == Key::left)
            director_.previous(now);
        else if (e.key == Key::r)
            director_.restart(now);
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
    switch (scenes::panels::tour_panel(director_, display_width)) {
        case scenes::panels::TourCommand::next:
            director_.next(now);
            break;
        case scenes::panels::TourCommand::previous:
            director_.previous(now);
            break;
        case scenes::panels::TourCommand::restart:
            director_.restart(now);
            break;
        case scenes::panels::TourCommand::none:
            break;
    }
}

void DesktopTour::add_caption(render::FrameDescription& frame, double now) const {
    director_.describe(now, viewer_.camera(), frame);
}

TourStateReport DesktopTour::report() const {
    return tour_state_report(director_.state());
}

}  // namespace xrviz::app::desktop
