#include "scenes/locomotion/grab_gesture.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

namespace xrviz::scenes {
namespace {

// Below this the hands are too close together for their distance to mean a scale.
constexpr float kMinHandDistance = 0.05f;

}  // namespace

Rig GrabGesture::update(const std::array<std::optional<glm::vec3>, 2>& hands, const Rig& current) {
    const std::array<bool, 2> grabbing{hands[0].has_value(), hands[1].has_value()};
    if (!grabbing[0] && !grabbing[1]) {
        start_.reset();
        return current;
    }
    const bool two = grabbing[0] && grabbing[1];
    const glm::vec3 mid = two ? 0.5f * (*hands[0] + *hands[1]) : (grabbing[0] ? *hands[0] : *hands[1]);
    const glm::vec3 span = two ? *hands[1] - *hands[0] : glm::vec3(0.0f);
    const float distance = glm::length(glm::vec2(span.x, span.z));
    const float angle = std::atan2(-span.z, span.x);
    if (!start_ || start_->grabbing != grabbing) {
        start_ = Start{current, grabbing, current.to_world(mid), distance, angle};
        return current;
    }
    Rig rig = start_->rig;
    if (two && start_->distance > kMinHandDistance && distance > kMinHandDistance) {
        // Hands apart -> the visualization grows -> fewer world units per metre.
        rig.world_per_metre = std::clamp(start_->rig.world_per_metre * start_->distance / distance,
                                         kWalkInScale, kTabletopScale);
        // The visualization turns with the hands, so the rig turns the other way.
        rig.yaw = start_->rig.yaw - (angle - start_->angle);
    }
    rig.origin += start_->anchor_world - rig.to_world(mid);
    return rig;
}

}  // namespace xrviz::scenes
