#include "app/xr/hand_interaction.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/matrix.hpp>

namespace xrviz::app {
namespace {

// Stick travel that counts as a push, and the travel below which it is released again:
// the gap keeps a resting thumb from turning twice.
constexpr float kPush = 0.7f;
constexpr float kRelease = 0.3f;
constexpr float kRayLength = 6.0f;         // metres, when the ray hits nothing
constexpr float kCursorRadius = 0.012f;    // metres
constexpr float kMarkerRadius = 0.3f;      // metres
constexpr float kSmoothSpeed = 1.5f;       // metres per second at full stick
constexpr float kSeatedRaise = 0.5f;       // metres: a seated eye at 1.1 m sees from 1.6 m
constexpr float kPulseSeconds = 0.05f;

const glm::vec4 kRayColour{0.85f, 0.9f, 1.0f, 0.8f};
const glm::vec4 kHitColour{1.0f, 0.85f, 0.3f, 1.0f};
const glm::vec4 kArcColour{0.3f, 0.9f, 1.0f, 1.0f};

glm::vec3 position(const XrPosef& pose) {
    return {pose.position.x, pose.position.y, pose.position.z};
}

glm::vec3 forward(const XrPosef& pose) {
    const glm::quat q(pose.orientation.w, pose.orientation.x, pose.orientation.y,
                      pose.orientation.z);
    return q * glm::vec3(0.0f, 0.0f, -1.0f);
}

void add_segment(render::FrameDescription& frame, const glm::vec3& a, const glm::vec3& b,
                 const glm::vec4& colour) {
    frame.lines.push_back({a, colour});
    frame.lines.push_back({b, colour});
}

// A circle of `radius` in the plane with this normal, as line segments.
void add_circle(render::FrameDescription& frame, const glm::vec3& centre, const glm::vec3& normal,
                float radius, const glm::vec4& colour) {
    const glm::vec3 helper = std::abs(normal.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
    const glm::vec3 u = glm::normalize(glm::cross(normal, helper)) * radius;
    const glm::vec3 v = glm::normalize(glm::cross(normal, u)) * radius;
    constexpr int kSegments = 24;
    for (int i = 0; i < kSegments; ++i) {
        const float a0 = 6.2831853f * static_cast<float>(i) / kSegments;
        const float a1 = 6.2831853f * static_cast<float>(i + 1) / kSegments;
        add_segment(frame, centre + u * std::cos(a0) + v * std::sin(a0),
                    centre + u * std::cos(a1) + v * std::sin(a1), colour);
    }
}

}  // namespace

void HandInteraction::reset(const scenes::Viewer& viewer) {
    rig_ = scenes::rig_at_camera(viewer.camera());
    if (comfort_.seated) rig_.origin.y -= kSeatedRaise;
    release_all();
}

void HandInteraction::release_all() {
    grab_ = {};
    was_selecting_ = {};
    rays_ = {};
    arc_.reset();
    tooltip_.reset();
    turn_armed_ = true;
    moving_ = false;
}

HandEffects HandInteraction::update(const std::array<xr::Hand, 2>& hands, const glm::vec3& head,
                                    float seconds, scenes::Viewer& viewer,
                                    const std::array<std::optional<float>, 2>& on_panel) {
    HandEffects effects;
    // Grab first: the rays below must use this frame's placement.
    std::array<std::optional<glm::vec3>, 2> grips;
    for (std::size_t i = 0; i < 2; ++i) {
        if (hands[i].grab && hands[i].grip_tracked) grips[i] = position(hands[i].grip);
    }
    rig_ = grab_.update(grips, rig_);

    const xr::Hand& right = hands[1];
    if (right.tracked && !grab_.active()) {
        aim_teleport(right, head);
        snap_turn(right.thumbstick.x, head);
    } else {
        arc_.reset();
    }
    const xr::Hand& left = hands[0];
    moving_ = comfort_.smooth_move && !grab_.active() &&
              glm::length(glm::vec2(left.thumbstick.x, left.thumbstick.y)) > kRelease;
    if (moving_) {
        // Walk where the head faces, level with the floor.
        const glm::vec3 world_ahead = rig_.to_world(head + glm::vec3(0, 0, -1)) - rig_.to_world(head);
        glm::vec3 ahead(world_ahead.x, 0.0f, world_ahead.z);
        ahead = glm::length(ahead) > 0.0f ? glm::normalize(ahead) : glm::vec3(0, 0, -1);
        const glm::vec3 right_dir = glm::cross(ahead, glm::vec3(0, 1, 0));
        rig_.origin += (ahead * left.thumbstick.y + right_dir * left.thumbstick.x) * kSmoothSpeed *
                       rig_.world_per_metre * seconds;
        effects.moving = true;
    }

    // Pointers: left first, so the right hand's hover wins when both point at something.
    tooltip_.reset();
    for (std::size_t i = 0; i < 2; ++i) {
        const xr::Hand& hand = hands[i];
        const bool pressed = hand.select && !was_selecting_[i];
        was_selecting_[i] = hand.select;
        rays_[i].reset();
        if (!hand.tracked) continue;
        scenes::Pointer pointer;
        pointer.ray = {rig_.to_world(position(hand.aim)),
                       glm::normalize(rig_.to_world(position(hand.aim) + forward(hand.aim)) -
                                      rig_.to_world(position(hand.aim)))};
        pointer.select = hand.select;
        pointer.grab = hand.grab;
        pointer.menu = hand.menu;
        pointer.axis = {hand.thumbstick.x, hand.thumbstick.y};
        if (on_panel[i]) {
            // The panel takes this hand; its ray ends at the panel.
            pointer.active = false;
            viewer.point(pointer);
            rays_[i] = Ray{pointer.ray.origin,
                           pointer.ray.origin +
                               pointer.ray.direction * (*on_panel[i] * rig_.world_per_metre),
                           false};
            continue;
        }
        viewer.point(pointer);
        const std::optional<float> hit = viewer.hit_distance(pointer.ray);
        const float length = hit.value_or(kRayLength * rig_.world_per_metre);
        rays_[i] = Ray{pointer.ray.origin, pointer.ray.origin + pointer.ray.direction * length,
                       hit.has_value()};
        if (hit) {
            if (const auto hovered = viewer.hovered()) {
                render::TextLabel label;
                label.text = hovered->series_label + ": " + hovered->display_value + " (" +
                             hovered->period + ")";
                // Beside the cursor, a little toward the hand, 2 cm letters at any scale.
                label.anchor = rays_[i]->to - pointer.ray.direction * (0.05f * rig_.world_per_metre) +
                               glm::vec3(0.0f, 0.04f * rig_.world_per_metre, 0.0f);
                label.height = 0.02f * rig_.world_per_metre * std::max(1.0f, *hit / rig_.world_per_metre);
                label.colour = kHitColour;
                tooltip_ = std::move(label);
            }
        }
        if (pressed) {
            viewer.select(pointer.ray);
            effects.pulse[i] = viewer.selection().has_value() && hit.has_value();
            if (effects.pulse[i]) {
                effects.selected_at =
                    glm::vec3(glm::inverse(rig_.world_from_space()) * glm::vec4(rays_[i]->to, 1.0f));
            }
        }
    }
    return effects;
}

void HandInteraction::aim_teleport(const xr::Hand& hand, const glm::vec3& head) {
    const float push = hand.thumbstick.y;
    if (push > kPush || (arc_ && push > kRelease)) {
        const scenes::TeleportArc in_space = scenes::teleport_arc(
            render::Ray{position(hand.aim), glm::normalize(forward(hand.aim))});
        scenes::TeleportArc in_world;
        for (const glm::vec3& p : in_space.points) in_world.points.push_back(rig_.to_world(p));
        if (in_space.landing) in_world.landing = rig_.to_world(*in_space.landing);
        arc_ = std::move(in_world);
        return;
    }
    if (arc_ && arc_->landing) scenes::teleport(rig_, *arc_->landing, head);
    arc_.reset();
}

void HandInteraction::snap_turn(float stick_x, const glm::vec3& head) {
    if (std::abs(stick_x) < kRelease) {
        turn_armed_ = true;
        return;
    }
    if (!turn_armed_ || std::abs(stick_x) < kPush) return;
    turn_armed_ = false;
    // Pushing right turns the person clockwise seen from above: a negative yaw.
    scenes::snap_turn(rig_, stick_x > 0 ? -comfort_.snap_turn_radians : comfort_.snap_turn_radians,
                      head);
}

void HandInteraction::describe(render::FrameDescription& frame, const glm::vec3& head) const {
    const float scale = rig_.world_per_metre;
    if (tooltip_) frame.labels.push_back(*tooltip_);
    for (const auto& ray : rays_) {
        if (!ray) continue;
        add_segment(frame, ray->from, ray->to, ray->hit ? kHitColour : kRayColour);
        if (ray->hit) {
            add_circle(frame, ray->to, glm::normalize(ray->from - ray->to), kCursorRadius * scale,
                       kHitColour);
        }
    }
    if (arc_) {
        for (std::size_t i = 1; i < arc_->points.size(); ++i)
            add_segment(frame, arc_->points[i - 1], arc_->points[i], kArcColour);
        if (arc_->landing) {
            add_circle(frame, *arc_->landing + glm::vec3(0, 0.01f * scale, 0), {0, 1, 0},
                       kMarkerRadius * scale, kArcColour);
        }
    }
    if (moving_) {
        // The comfort vignette: dark panels close around the edge of sight, fixed to the
        // head, so the eyes see a still frame while the world slides.
        const glm::vec3 eye = rig_.to_world(head);
        const glm::vec3 ahead = glm::normalize(rig_.to_world(head + glm::vec3(0, 0, -1)) - eye);
        const glm::vec3 right = glm::normalize(rig_.to_world(head + glm::vec3(1, 0, 0)) - eye);
        const glm::vec3 up = glm::cross(right, ahead);
        const float yaw = std::atan2(-ahead.x, -ahead.z);
        const glm::vec3 centre = eye + ahead * 0.3f * scale;
        const glm::vec4 dark{0.0f, 0.0f, 0.0f, 0.85f};
        const float s = scale;
        for (const auto& [offset, half] :
             std::array{std::pair{right * 0.33f * s, glm::vec3(0.15f, 0.5f, 0.001f) * s},
                        std::pair{-right * 0.33f * s, glm::vec3(0.15f, 0.5f, 0.001f) * s},
                        std::pair{up * 0.3f * s, glm::vec3(0.5f, 0.12f, 0.001f) * s},
                        std::pair{-up * 0.3f * s, glm::vec3(0.5f, 0.12f, 0.001f) * s}}) {
            frame.translucent_boxes.push_back(
                {.center = centre + offset, .yaw = yaw, .half_size = half, .colour = dark});
        }
    }
}

}  // namespace xrviz::app
