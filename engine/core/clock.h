#pragma once
// Time as the app sees it. A real clock for people; a virtual clock that advances a fixed
// step per frame for tests, benchmarks on a virtual timeline and exact replays.
#include <chrono>
#include <memory>

namespace xrviz {

class Clock {
public:
    virtual ~Clock() = default;
    // Seconds since the clock started.
    virtual double now_s() const = 0;
    // Called once per frame; a virtual clock advances here.
    virtual void tick() = 0;
};

std::unique_ptr<Clock> make_real_clock();
std::unique_ptr<Clock> make_virtual_clock(double step_s);

}  // namespace xrviz
