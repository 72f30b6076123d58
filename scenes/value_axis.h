#pragma once
// A vertical value axis on a back wall: a tick and its value at every tick of `ticks`,
// each tick continued as a faint line along the wall so that every bar can be read
// against it. Shared by the scenes that stand bars on one value scale.
#include <string_view>

#include "engine/render/frame_description.h"
#include "scenes/axis_ticks.h"

namespace xrviz::scenes {

struct ValueAxis {
    const AxisTicks* ticks = nullptr;
    float metres_per_unit = 1.0f;
    std::string_view unit;  // for the tick values
    float x = 0.0f;         // where the axis stands
    float right_x = 0.0f;   // how far the tick lines run
    float wall_z = 0.0f;
};

void describe_value_axis(const ValueAxis& axis, render::FrameDescription& frame);

}  // namespace xrviz::scenes
