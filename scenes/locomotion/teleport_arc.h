#pragma once
// The teleport arc: a thrown point leaving the controller's aim ray, falling under gravity
// until it meets the floor. Where it lands is where the person goes.
#include <optional>
#include <vector>

#include <glm/vec3.hpp>

#include "engine/render/view.h"

namespace xrviz::scenes {

struct TeleportArc {
    std::vector<glm::vec3> points;  // the path, for drawing
    std::optional<glm::vec3> landing;  // on the floor; nothing when it never comes down
};

struct ArcShape {
    float speed = 7.0f;     // metres per second along the aim
    float gravity = 9.81f;  // metres per second squared
    float step_s = 0.02f;   // time between drawn points
    float max_time_s = 2.5f;
    float floor_y = 0.0f;
};

// `aim` in the same units as `shape` (the tracked space: metres, floor at y = 0).
TeleportArc teleport_arc(const render::Ray& aim, const ArcShape& shape = {});

}  // namespace xrviz::scenes
