#pragma once
// The camera pose of --camera and --state-out: the renderer's own type, so the command
// line, the viewer and the reports agree on one definition.
#include "engine/render/view.h"

namespace xrviz::app {

using CameraPose = render::CameraPose;

}  // namespace xrviz::app
