#include "engine/core/clock.h"

#include <gtest/gtest.h>

namespace xrviz {
namespace {

TEST(VirtualClock, AdvancesExactlyOneStepPerTick) {
    auto clock = make_virtual_clock(1.0 / 90.0);
    EXPECT_DOUBLE_EQ(clock->now_s(), 0.0);
    for (int i = 0; i < 90; ++i) clock->tick();
    EXPECT_NEAR(clock->now_s(), 1.0, 1e-12);
}

TEST(RealClock, IsMonotonic) {
    auto clock = make_real_clock();
    const double a = clock->now_s();
    const double b = clock->now_s();
    EXPECT_LE(a, b);
}

}  // namespace
}  // namespace xrviz
