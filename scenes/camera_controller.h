#pragma once
// The desktop camera, as the tools people know it (ParaView, Blender): orbit about the
// target, pan in the view plane, zoom toward what is under the cursor, fly with the
// keyboard, and smooth transitions to a scene's named viewpoints. Pure math on a
// CameraPose, unit-tested; the front-end maps mouse and keys onto these calls.
#include <optional>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "engine/render/view.h"

namespace xrviz::scenes {

struct CameraLimits {
    float min_pitch_radians = -0.35f;  // a little below the target: under the floor is useless
    float max_pitch_radians = 1.50f;   // short of straight down, where yaw is undefined
    float min_distance = 0.3f;         // metres from eye to target
    float max_distance = 80.0f;
};

class CameraController {
public:
    explicit CameraController(const render::CameraPose& pose = {}, const CameraLimits& limits = {});

    const render::CameraPose& pose() const { return pose_; }
    const CameraLimits& limits() const { return limits_; }
    // Jumps, cancelling any transition; the pose is brought inside the limits.
    void set_pose(const render::CameraPose& pose);
    // Moves smoothly (ease in and out) to `pose` over `seconds`.
    void transition_to(const render::CameraPose& pose, float seconds = 0.6f);
    bool in_transition() const { return transition_.has_value(); }

    // Turns the eye about the target: yaw about +y, pitch up (positive) or down, radians.
    void orbit(float yaw_radians, float pitch_radians);
    // Slides eye and target in the view plane so that the point at the target's depth
    // follows the cursor: `pixels` of cursor motion (x right, y down) in a viewport of
    // `viewport_height` pixels with vertical field of view `fov_y_radians`.
    void pan(const glm::vec2& pixels, float viewport_height, float fov_y_radians);
    // Zooms toward `focus` (the point under the cursor): each step brings the eye
    // kZoomStep of the way closer (negative steps move away). Eye and target move together
    // along the lines through `focus`, so the focus stays under the cursor.
    void zoom_toward(const glm::vec3& focus, float steps);
    // Flies: `direction` in the camera's frame (x right, y up, z forward), metres per
    // second at unit length, for `seconds`. Eye and target move together.
    void fly(const glm::vec3& direction, float speed, float seconds);
    // Advances a transition.
    void update(float seconds);

    float distance() const;
    float pitch() const;  // elevation of the eye seen from the target, radians
    float yaw() const;

    static constexpr float kZoomStep = 0.15f;

private:
    void clamp_to_limits();

    struct Transition {
        render::CameraPose from;
        render::CameraPose to;
        float duration = 0.0f;
        float elapsed = 0.0f;
    };

    render::CameraPose pose_;
    CameraLimits limits_;
    std::optional<Transition> transition_;
};

// Where a zoom should head: the nearest of `hit` (what the cursor points at) or the point
// where the cursor ray crosses the plane through the target facing the camera; nothing
// when the ray points away from that plane.
std::optional<glm::vec3> zoom_focus(const render::CameraPose& pose, const render::Ray& cursor,
                                    std::optional<float> hit_distance);

}  // namespace xrviz::scenes
