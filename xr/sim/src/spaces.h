// Where spaces are: every space is located through the stage, whose origin is the middle
// of the play area on the floor. Scripted poses are stage poses.
#pragma once

#include "objects.h"

#include <optional>

namespace xrviz::sim {

std::optional<XrPosef> stageFromSpace(const Space& space, XrTime time);

}  // namespace xrviz::sim
