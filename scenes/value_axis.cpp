#include "scenes/value_axis.h"

#include "scenes/figure_text.h"
#include "scenes/frame_helpers.h"

namespace xrviz::scenes {

void describe_value_axis(const ValueAxis& axis, render::FrameDescription& frame) {
    const float top = static_cast<float>(axis.ticks->top) * axis.metres_per_unit;
    frame.lines.push_back({{axis.x, 0.0f, axis.wall_z}, kAxisColour});
    frame.lines.push_back({{axis.x, top, axis.wall_z}, kAxisColour});
    for (double tick : axis.ticks->values) {
        const float y = static_cast<float>(tick) * axis.metres_per_unit;
        frame.lines.push_back({{axis.x - 0.08f, y, axis.wall_z}, kAxisColour});
        frame.lines.push_back({{axis.x, y, axis.wall_z}, kAxisColour});
        if (tick > 0.0) {
            frame.lines.push_back({{axis.x, y, axis.wall_z}, kTickLineColour});
            frame.lines.push_back({{axis.right_x, y, axis.wall_z}, kTickLineColour});
        }
        frame.labels.push_back(text_label(scenes::compact_value(tick, axis.unit),
                                          {axis.x - 0.12f, y, axis.wall_z}, 0.14f, kMutedColour,
                                          assets::HAlign::right, assets::VAlign::middle));
    }
}

}  // namespace xrviz::scenes
