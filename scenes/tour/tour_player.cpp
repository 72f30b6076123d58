#include "scenes/tour/tour_player.h"

#include <algorithm>

#include "engine/core/error.h"

namespace xrviz::scenes::tour {

const char* to_string(TourPhase phase) {
    return phase == TourPhase::attract ? "attract" : "touring";
}

TourPlayer::TourPlayer(std::vector<double> stop_seconds, double start_time)
    : seconds_(std::move(stop_seconds)), stop_started_(start_time) {
    if (seconds_.empty())
        fail("a tour needs at least one stop");
    for (double s : seconds_)
        if (!(s > 0.0))
            fail("every tour stop must last longer than 0 seconds");
}

void TourPlayer::update(double now) {
    // A loop, not an if: a stalled frame (a debugger, a suspended laptop) may span stops.
    while (now - stop_started_ >= seconds_[stop_]) {
        stop_started_ += seconds_[stop_];
        ++serial_;
        if (++stop_ == seconds_.size()) {
            stop_ = 0;
            ++loops_;
            phase_ = TourPhase::attract;
        }
    }
}

void TourPlayer::next(double now) {
    phase_ = TourPhase::touring;
    if (stop_ + 1 == seconds_.size()) {
        // Past the end is the end of the person's tour.
        ++loops_;
        phase_ = TourPhase::attract;
        go_to(0, now);
        return;
    }
    go_to(stop_ + 1, now);
}

void TourPlayer::previous(double now) {
    phase_ = TourPhase::touring;
    go_to(stop_ == 0 ? 0 : stop_ - 1, now);
}

void TourPlayer::restart(double now) {
    phase_ = TourPhase::touring;
    go_to(0, now);
}

void TourPlayer::attract(double now) {
    phase_ = TourPhase::attract;
    go_to(0, now);
}

double TourPlayer::progress(double now) const {
    return std::clamp((now - stop_started_) / seconds_[stop_], 0.0, 1.0);
}

void TourPlayer::go_to(std::size_t stop, double now) {
    stop_ = stop;
    stop_started_ = now;
    ++serial_;
}

double ease_in_out(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

render::CameraPose camera_between(const render::CameraPose& from, const render::CameraPose& to,
                                  double t) {
    if (t >= 1.0) return to;  // arrived exactly, not within rounding
    const float e = static_cast<float>(ease_in_out(t));
    return {from.eye + (to.eye - from.eye) * e, from.target + (to.target - from.target) * e};
}

float fade_level(double seconds_in, double seconds, double fade, bool fade_in, bool fade_out) {
    if (fade <= 0.0)
        return 0.0f;
    double level = 0.0;
    if (fade_in)
        level = 1.0 - seconds_in / fade;
    if (fade_out)
        level = std::max(level, 1.0 - (seconds - seconds_in) / fade);
    return static_cast<float>(std::clamp(level, 0.0, 1.0));
}

}  // namespace xrviz::scenes::tour
