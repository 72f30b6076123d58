#include "scenes/axis_ticks.h"

#include <gtest/gtest.h>

namespace xrviz::scenes {
namespace {

TEST(AxisTicks, CapexGuidanceTopGetsTwentyBillionSteps) {
    const AxisTicks t = nice_ticks(145.0, 8);
    EXPECT_DOUBLE_EQ(t.step, 20.0);
    EXPECT_DOUBLE_EQ(t.top, 160.0);
    ASSERT_EQ(t.values.size(), 9u);
    EXPECT_DOUBLE_EQ(t.values.front(), 0.0);
}

TEST(AxisTicks, StepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen) {
    EXPECT_DOUBLE_EQ(nice_ticks(72.22, 8).step, 10.0);
    EXPECT_DOUBLE_EQ(nice_ticks(19.193, 8).step, 2.5);
    EXPECT_DOUBLE_EQ(nice_ticks(0.9, 8).step, 0.2);
    EXPECT_DOUBLE_EQ(nice_ticks(100.0, 5).step, 20.0);
    EXPECT_DOUBLE_EQ(nice_ticks(100.0, 4).step, 25.0);
}

TEST(AxisTicks, TopCoversTheMaximumWithinTheTickBudget) {
    for (double max : {0.37, 3.0, 9.99, 10.0, 39.23, 600000.0}) {
        const AxisTicks t = nice_ticks(max, 8);
        EXPECT_GE(t.top, max);
        EXPECT_LE(t.values.size(), 9u) << max;
        EXPECT_LT(t.top - t.step, max) << max;  // no empty interval on top
    }
}

TEST(AxisTicks, NonPositiveMaximumGivesAUnitAxis) {
    EXPECT_EQ(nice_ticks(0.0).values.size(), 2u);
    EXPECT_EQ(nice_ticks(-3.0).values.size(), 2u);
}

}  // namespace
}  // namespace xrviz::scenes
