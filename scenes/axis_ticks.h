#pragma once
// "Nice" axis ticks (1, 2, 2.5 or 5 times a power of ten) that start at zero, so that a
// value axis reads like a chart a person would draw.
#include <vector>

namespace xrviz::scenes {

struct AxisTicks {
    double step = 1.0;
    double top = 1.0;           // the last tick, >= the largest value
    std::vector<double> values;  // 0, step, 2*step, ..., top
};

// Ticks from 0 covering max_value with at most max_ticks intervals.
AxisTicks nice_ticks(double max_value, int max_ticks = 8);

}  // namespace xrviz::scenes
