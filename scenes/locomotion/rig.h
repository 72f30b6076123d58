#pragma once
// Where a person's tracked space sits in the visualization: the play area's floor centre
// placed and turned in the scene, and the scene's scale around them. Teleport, snap turn
// and grab change the rig, never the headset's view directly: the person's own head
// motion always maps one to one.
#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include "engine/render/view.h"

namespace xrviz::scenes {

// World units per real metre: 1 walks in at 1:1, 50 puts the scene on a tabletop at 1:50.
inline constexpr float kWalkInScale = 1.0f;
inline constexpr float kTabletopScale = 50.0f;

struct Rig {
    glm::vec3 origin{0.0f};  // the space's floor origin, in world units
    float yaw = 0.0f;        // radians about +y; 0 faces -z
    float world_per_metre = kWalkInScale;

    // Space (metres, floor at y = 0) to world.
    glm::mat4 world_from_space() const;
    glm::vec3 to_world(const glm::vec3& in_space) const;
};

// Stands the rig where the camera stands (on the floor), facing what it looks at, at 1:1.
Rig rig_at_camera(const render::CameraPose& camera);

// Turns the rig about the head (a vertical axis through it), so the head stays in place.
void snap_turn(Rig& rig, float radians, const glm::vec3& head_in_space);

// Moves the rig so that the head's spot on the floor lands on `world_target` (x, z; the
// target's y becomes the floor under the person).
void teleport(Rig& rig, const glm::vec3& world_target, const glm::vec3& head_in_space);

}  // namespace xrviz::scenes
