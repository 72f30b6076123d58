#include "app/desktop/input_source.h"

namespace xrviz::app::desktop {

using input::EventType;
using input::InputEvent;

InputSource::InputSource(const Options& options, GlfwWindow& window) : window_(window) {
    if (options.replay)
        replay_.emplace(*options.replay);
    if (options.record)
        recorder_.emplace(*options.record);
    window.set_accept_input(!replay_);
    if (recorder_) {
        // The recording starts from the window's size, so a replay maps the mouse alike.
        InputEvent size;
        size.type = EventType::resize;
        size.width = window.window_size().x;
        size.height = window.window_size().y;
        recorder_->write(size);
    }
}

double InputSource::frame_seconds(std::uint64_t frame) {
    const auto now = std::chrono::steady_clock::now();
    const double real = std::chrono::duration<double>(now - previous_).count();
    previous_ = now;
    return replay_ ? replay_->frame_seconds(frame) : real;
}

std::vector<InputEvent> InputSource::take(std::uint64_t frame, double clock_s, double seconds) {
    std::vector<InputEvent> events;
    if (replay_) {
        for (const InputEvent& e : replay_->events_for(frame)) {
            if (e.type != EventType::tick)
                events.push_back(e);
        }
    } else {
        events = window_.take_frame_events();
    }
    if (recorder_) {
        for (InputEvent& e : events) {
            e.frame = frame;
            e.time_s = clock_s;
            recorder_->write(e);
        }
        InputEvent tick;
        tick.frame = frame;
        tick.time_s = clock_s;
        tick.dt = seconds;
        recorder_->write(tick);
        // On disk every frame: a session that crashes still leaves its replay behind.
        recorder_->flush();
    }
    return events;
}

}  // namespace xrviz::app::desktop
