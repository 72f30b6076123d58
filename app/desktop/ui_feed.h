#pragma once
// ImGui's input for a frame from the desktop's input state: the state after this frame's
// events (ImGui 1.86 samples buttons and keys once a frame) plus the wheel turned during it.
#include <vector>

#include "app/input/interaction.h"
#include "engine/ui/ui_input.h"

namespace xrviz::app::desktop {

ui::UiInput ui_input(const input::InputState& state, const std::vector<input::InputEvent>& events,
                     float seconds);

}  // namespace xrviz::app::desktop
