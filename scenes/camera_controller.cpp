#include "scenes/camera_controller.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

namespace xrviz::scenes {
namespace {

constexpr glm::vec3 kUp{0.0f, 1.0f, 0.0f};

float smoothstep(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

// The camera's right, up and forward axes.
struct Frame {
    glm::vec3 right, up, forward;
};

Frame frame_of(const render::CameraPose& pose) {
    glm::vec3 forward = pose.target - pose.eye;
    const float length = glm::length(forward);
    forward = length > 1e-6f ? forward / length : glm::vec3(0, 0, -1);
    glm::vec3 right = glm::cross(forward, kUp);
    if (glm::length(right) < 1e-6f)
        right = glm::vec3(1, 0, 0);
    right = glm::normalize(right);
    return {right, glm::cross(right, forward), forward};
}

}  // namespace

CameraController::CameraController(const render::CameraPose& pose, const CameraLimits& limits)
    : pose_(pose), limits_(limits) {
    clamp_to_limits();
}

void CameraController::set_pose(const render::CameraPose& pose) {
    transition_.reset();
    pose_ = pose;
    clamp_to_limits();
}

void CameraController::transition_to(const render::CameraPose& pose, float seconds) {
    if (seconds <= 0.0f) {
        set_pose(pose);
        return;
    }
    transition_ = Transition{pose_, pose, seconds, 0.0f};
}

float CameraController::distance() const {
    return glm::length(pose_.eye - pose_.target);
}

float CameraController::pitch() const {
    const glm::vec3 offset = pose_.eye - pose_.target;
    const float length = glm::length(offset);
    return length > 1e-6f ? std::asin(std::clamp(offset.y / length, -1.0f, 1.0f)) : 0.0f;
}

float CameraController::yaw() const {
    const glm::vec3 offset = pose_.eye - pose_.target;
    return std::atan2(offset.x, offset.z);
}

void CameraController::clamp_to_limits() {
    // Re-expressed in spherical coordinates about the target, with pitch and distance
    // clamped; the yaw is kept.
    const float d = std::clamp(distance(), limits_.min_distance, limits_.max_distance);
    const float p = std::clamp(pitch(), limits_.min_pitch_radians, limits_.max_pitch_radians);
    const float y = yaw();
    pose_.eye = pose_.target +
                d * glm::vec3(std::cos(p) * std::sin(y), std::sin(p), std::cos(p) * std::cos(y));
}

void CameraController::orbit(float yaw_radians, float pitch_radians) {
    transition_.reset();
    const float d = distance();
    const float p =
        std::clamp(pitch() + pitch_radians, limits_.min_pitch_radians, limits_.max_pitch_radians);
    const float y = yaw() + yaw_radians;
    pose_.eye = pose_.target +
                d * glm::vec3(std::cos(p) * std::sin(y), std::sin(p), std::cos(p) * std::cos(y));
}

void CameraController::pan(const glm::vec2& pixels, float viewport_height, float fov_y_radians) {
    transition_.reset();
    if (viewport_height <= 0.0f)
        return;
    // Metres per pixel at the target's depth.
    const float scale = 2.0f * distance() * std::tan(fov_y_radians * 0.5f) / viewport_height;
    const Frame f = frame_of(pose_);
    // Dragging right moves the world right: the camera moves left.
    const glm::vec3 shift = (-pixels.x * f.right + pixels.y * f.up) * scale;
    pose_.eye += shift;
    pose_.target += shift;
}

void CameraController::zoom_toward(const glm::vec3& focus, float steps) {
    transition_.reset();
    // A homothety about the focus: points on the line from the eye through the focus keep
    // their direction, so the focus stays on the same pixel.
    float factor = std::pow(1.0f - kZoomStep, steps);
    const float d = distance();
    const float new_d = std::clamp(d * factor, limits_.min_distance, limits_.max_distance);
    factor = d > 1e-6f ? new_d / d : 1.0f;
    pose_.eye = focus + (pose_.eye - focus) * factor;
    pose_.target = focus + (pose_.target - focus) * factor;
}

void CameraController::fly(const glm::vec3& direction, float speed, float seconds) {
    transition_.reset();
    const Frame f = frame_of(pose_);
    // Forward stays level with the floor, as in a game: W does not dive into it.
    glm::vec3 level_forward = glm::vec3(f.forward.x, 0.0f, f.forward.z);
    if (glm::length(level_forward) < 1e-6f)
        level_forward = f.up;
    level_forward = glm::normalize(level_forward);
    const glm::vec3 shift =
        (direction.x * f.right + direction.y * kUp + direction.z * level_forward) * speed * seconds;
    pose_.eye += shift;
    pose_.target += shift;
}

void CameraController::update(float seconds) {
    if (!transition_)
        return;
    transition_->elapsed += seconds;
    const float t = smoothstep(transition_->elapsed / transition_->duration);
    pose_.eye = glm::mix(transition_->from.eye, transition_->to.eye, t);
    pose_.target = glm::mix(transition_->from.target, transition_->to.target, t);
    if (transition_->elapsed >= transition_->duration) {
        pose_ = transition_->to;
        transition_.reset();
    }
}

std::optional<glm::vec3> zoom_focus(const render::CameraPose& pose, const render::Ray& cursor,
                                    std::optional<float> hit_distance) {
    if (hit_distance)
        return cursor.origin + cursor.direction * *hit_distance;
    const glm::vec3 forward = glm::normalize(pose.target - pose.eye);
    const float denom = glm::dot(cursor.direction, forward);
    if (denom <= 1e-4f)
        return std::nullopt;
    const float t = glm::dot(pose.target - cursor.origin, forward) / denom;
    if (t <= 0.0f)
        return std::nullopt;
    return cursor.origin + cursor.direction * t;
}

}  // namespace xrviz::scenes
