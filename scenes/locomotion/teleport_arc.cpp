#include "scenes/locomotion/teleport_arc.h"

#include <cmath>

#include <glm/geometric.hpp>

namespace xrviz::scenes {

TeleportArc teleport_arc(const render::Ray& aim, const ArcShape& shape) {
    TeleportArc arc;
    const glm::vec3 velocity = glm::normalize(aim.direction) * shape.speed;
    const glm::vec3 gravity(0.0f, -shape.gravity, 0.0f);
    const auto at = [&](float t) { return aim.origin + velocity * t + 0.5f * gravity * t * t; };
    arc.points.push_back(aim.origin);
    for (float t = shape.step_s; t <= shape.max_time_s; t += shape.step_s) {
        const glm::vec3 point = at(t);
        if (point.y > shape.floor_y) {
            arc.points.push_back(point);
            continue;
        }
        // It crossed the floor within this step: solve the quadratic for the exact time,
        // so the landing spot does not depend on the step.
        const float a = 0.5f * gravity.y;
        const float b = velocity.y;
        const float c = aim.origin.y - shape.floor_y;
        const float root = (-b - std::sqrt(std::max(0.0f, b * b - 4.0f * a * c))) / (2.0f * a);
        arc.landing = at(root);
        arc.landing->y = shape.floor_y;
        arc.points.push_back(*arc.landing);
        break;
    }
    return arc;
}

}  // namespace xrviz::scenes
