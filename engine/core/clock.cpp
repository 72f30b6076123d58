#include "engine/core/clock.h"

namespace xrviz {
namespace {

class RealClock final : public Clock {
public:
    double now_s() const override {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }
    void tick() override {}

private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

class VirtualClock final : public Clock {
public:
    explicit VirtualClock(double step_s) : step_s_(step_s) {}
    double now_s() const override { return frames_ * step_s_; }
    void tick() override { ++frames_; }

private:
    double step_s_;
    long long frames_ = 0;
};

}  // namespace

std::unique_ptr<Clock> make_real_clock() { return std::make_unique<RealClock>(); }
std::unique_ptr<Clock> make_virtual_clock(double step_s) {
    return std::make_unique<VirtualClock>(step_s);
}

}  // namespace xrviz
