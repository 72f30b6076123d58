#pragma once
// Where a tour is at a given time: which stop, how far into it, and whether it plays for a
// person (touring: once through from the first stop) or for passers-by (the attract loop:
// round and round until someone starts it). Pure: time comes in as seconds, nothing is
// drawn, so every rule here is unit-tested.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "engine/render/view.h"

namespace xrviz::scenes::tour {

enum class TourPhase { attract, touring };

const char* to_string(TourPhase phase);

class TourPlayer {
public:
    // One duration per stop (seconds, > 0). Starts in the attract loop at the first stop.
    TourPlayer(std::vector<double> stop_seconds, double start_time);

    // Moves on to the stop `now` falls in. The end of the last stop wraps to the first and
    // counts a loop; a person's tour (touring) then falls back to the attract loop.
    void update(double now);
    // A person's commands: each starts touring if the attract loop was on.
    void next(double now);
    void previous(double now);
    void restart(double now);  // touring from the first stop
    void attract(double now);  // the attract loop from the first stop

    TourPhase phase() const { return phase_; }
    std::size_t stop() const { return stop_; }
    std::size_t stop_count() const { return seconds_.size(); }
    double seconds_in_stop(double now) const { return now - stop_started_; }
    // 0 at the start of the stop, 1 at its end.
    double progress(double now) const;
    // Completed passes through the whole tour (either phase).
    std::uint64_t loops() const { return loops_; }
    // Bumped by every change of stop (by time or by command), so that callers notice one
    // even when it lands on the same stop (restart at the first stop).
    std::uint64_t stop_serial() const { return serial_; }

private:
    void go_to(std::size_t stop, double now);

    std::vector<double> seconds_;
    TourPhase phase_ = TourPhase::attract;
    std::size_t stop_ = 0;
    double stop_started_ = 0.0;
    std::uint64_t loops_ = 0;
    std::uint64_t serial_ = 0;
};

// Smooth start and stop (smoothstep) for t in [0, 1]; clamped outside.
double ease_in_out(double t);

// The camera `t` of the way from `from` to `to` with ease in and out: eye and target move
// together, so the view turns while it travels and never spins about a point.
render::CameraPose camera_between(const render::CameraPose& from, const render::CameraPose& to,
                                  double t);

// How dark the picture is (0 clear, 1 black) `seconds_in` a stop lasting `seconds`, fading
// in over `fade` seconds at its start and out over `fade` at its end where asked: around
// the cuts (another scene, or any stop in XR), never around a camera move.
float fade_level(double seconds_in, double seconds, double fade, bool fade_in, bool fade_out);

}  // namespace xrviz::scenes::tour
