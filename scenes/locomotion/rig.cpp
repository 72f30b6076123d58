#include "scenes/locomotion/rig.h"

#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace xrviz::scenes {

glm::mat4 Rig::world_from_space() const {
    glm::mat4 m = glm::translate(glm::mat4(1.0f), origin);
    m = glm::rotate(m, yaw, glm::vec3(0.0f, 1.0f, 0.0f));
    return glm::scale(m, glm::vec3(world_per_metre));
}

glm::vec3 Rig::to_world(const glm::vec3& in_space) const {
    return glm::vec3(world_from_space() * glm::vec4(in_space, 1.0f));
}

Rig rig_at_camera(const render::CameraPose& camera) {
    const glm::vec3 forward = camera.target - camera.eye;
    return Rig{.origin = {camera.eye.x, 0.0f, camera.eye.z},
               .yaw = std::atan2(-forward.x, -forward.z),
               .world_per_metre = kWalkInScale};
}

void snap_turn(Rig& rig, float radians, const glm::vec3& head_in_space) {
    const glm::vec3 pivot = rig.to_world({head_in_space.x, 0.0f, head_in_space.z});
    rig.yaw += radians;
    // Keep the head's floor spot where it was: the turn is about the person, not the
    // play area's centre.
    rig.origin += pivot - rig.to_world({head_in_space.x, 0.0f, head_in_space.z});
}

void teleport(Rig& rig, const glm::vec3& world_target, const glm::vec3& head_in_space) {
    rig.origin += world_target - rig.to_world({head_in_space.x, 0.0f, head_in_space.z});
}

}  // namespace xrviz::scenes
