#pragma once
// The offscreen front-end: renders the viewer's frames into an offscreen target and
// writes PNGs, benchmark figures and the final viewer state. Exactly what the window
// and the headset show, for tests, docs, CI and demos.
#include <filesystem>
#include <memory>

#include "app/cli/options.h"
#include "engine/data/dataset.h"

namespace xrviz::app {

// Runs one scene for --frames frames. Returns the process exit code.
int run_headless(const Options& options, std::shared_ptr<const data::Dataset> dataset);

// Renders every scene's opening view into `folder` as <scene>.png. Returns the exit code.
int render_gallery(const Options& options, std::shared_ptr<const data::Dataset> dataset,
                   const std::filesystem::path& folder);

}  // namespace xrviz::app
