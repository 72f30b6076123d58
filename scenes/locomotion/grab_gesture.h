#pragma once
// Grabbing the whole visualization. One hand moves it; two hands also turn it about the
// vertical and scale it by how far apart the hands are, between tabletop (1:50) and
// walk-in (1:1). What was under the hands stays under the hands.
#include <array>
#include <cstddef>
#include <optional>

#include <glm/vec3.hpp>

#include "scenes/locomotion/rig.h"

namespace xrviz::scenes {

class GrabGesture {
public:
    // Grip positions in the tracked space (metres, floor at y = 0); nothing for a hand that
    // does not grab. Returns the rig to use this frame. A change in which hands grab
    // starts the gesture again from the current rig, so nothing jumps.
    Rig update(const std::array<std::optional<glm::vec3>, 2>& hands, const Rig& current);
    bool active() const { return start_.has_value(); }

private:
    struct Start {
        Rig rig;
        std::array<bool, 2> grabbing{};
        glm::vec3 anchor_world{0.0f};  // the world point under the hands' midpoint
        float distance = 0.0f;         // between the hands
        float angle = 0.0f;            // of the line between the hands, about +y
    };
    std::optional<Start> start_;
};

}  // namespace xrviz::scenes
