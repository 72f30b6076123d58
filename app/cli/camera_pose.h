#pragma once
// A camera given as where it stands and what it looks at (metres, world space, y up).
// Shared by the command line (--camera) and the state report, so both speak one shape.
#include <glm/vec3.hpp>

namespace xrviz::app {

struct CameraPose {
    glm::vec3 eye{0.0f};
    glm::vec3 target{0.0f};
};

}  // namespace xrviz::app
