#include "scenes/axis_ticks.h"

#include <cmath>

namespace xrviz::scenes {

AxisTicks nice_ticks(double max_value, int max_ticks) {
    AxisTicks ticks;
    if (!(max_value > 0.0) || max_ticks < 1) {
        ticks.values = {0.0, 1.0};
        return ticks;
    }
    const double raw_step = max_value / max_ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw_step)));
    for (double multiple : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = multiple * magnitude;
        if (std::ceil(max_value / step - 1e-9) <= max_ticks) {
            ticks.step = step;
            break;
        }
    }
    const int intervals = static_cast<int>(std::ceil(max_value / ticks.step - 1e-9));
    ticks.top = intervals * ticks.step;
    for (int i = 0; i <= intervals; ++i) ticks.values.push_back(i * ticks.step);
    return ticks;
}

}  // namespace xrviz::scenes
