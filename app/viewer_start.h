#pragma once
// What every front-end does to its Viewer once the scene exists: the command line's
// scene parameters (--set), then the starting camera (--view, --camera).
#include "app/cli/options.h"
#include "scenes/viewer.h"

namespace xrviz::app {

// Throws UsageError ("--set ...: ...", one line) for a parameter the scene lacks or a value
// out of its range, and for an unknown view. Parameters may change the layout, so without
// --view or --camera the camera goes to the first named view of the scene as set.
void apply_start_options(const Options& options, scenes::Viewer& viewer);

}  // namespace xrviz::app
