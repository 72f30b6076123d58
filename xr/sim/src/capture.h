// Writes what the app submitted in a frame as PNG (each eye of projection layers, quad
// layers) with a JSON file beside each image giving the pose and field of view used.
#pragma once

#include "objects.h"

namespace xrviz::sim {

// Called by xrEndFrame after validation, for the frames listed in the config.
void captureFrame(Session& session, uint64_t frame, const XrFrameEndInfo& info);

}  // namespace xrviz::sim
