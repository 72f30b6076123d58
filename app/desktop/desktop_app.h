#pragma once
// The desktop front-end: a GLFW window with a Vulkan swapchain, the camera of tools people
// know, the mouse as a Pointer, ImGui panels, screenshots (F12, --screenshot), and input
// recording and replay (--record, --replay). Like the headless front-end it turns its
// world into input + views + a render target and calls the Viewer.
#include <memory>

#include "app/cli/options.h"
#include "engine/data/dataset.h"

namespace xrviz::app {

// Runs until the window closes, --frames frames have been drawn, or a replay without
// --frames has played its last event. Returns the process exit code.
int run_desktop(const Options& options, std::shared_ptr<const data::Dataset> dataset);

}  // namespace xrviz::app
