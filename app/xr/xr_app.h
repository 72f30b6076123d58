#pragma once
// The headset front-end: a thin loop over the session layer (xr/). Poll events; while the
// session runs, wait for and begin a frame, let the Viewer describe it for both eyes, draw
// it in one multiview pass into the swapchain image, end the frame.
#include <memory>

#include "app/cli/options.h"
#include "engine/data/dataset.h"

namespace xrviz::app {

// Runs the chosen scene in the headset until the runtime ends the session (or --frames
// frames were rendered, then asks the runtime to exit). Returns the process exit code.
int run_xr(const Options& options, std::shared_ptr<const data::Dataset> dataset);

}  // namespace xrviz::app
