#pragma once
// One interaction model for the mouse and for controllers (DESIGN.md): a ray, three
// buttons and a 2D axis. The desktop makes one Pointer from the mouse (left = select,
// right = grab, middle = menu, wheel = axis.y); XR makes one per hand from the aim pose.
#include <glm/vec2.hpp>

#include "engine/render/view.h"

namespace xrviz::scenes {

struct Pointer {
    render::Ray ray;
    bool active = true;  // false: over a panel or outside the window; hits nothing
    bool select = false;
    bool grab = false;
    bool menu = false;
    glm::vec2 axis{0.0f};
};

}  // namespace xrviz::scenes
