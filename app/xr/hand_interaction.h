#pragma once
// What the hands do in the headset, on the one interaction model (scenes/pointer.h):
//   aim + trigger: hover and select figures (a short haptic pulse when one is selected)
//   right stick forward: aim the teleport arc; let go: go there
//   right stick left / right: snap turn by the set angle, about the head
//   left stick (with --smooth-move): walk where the head faces, with a comfort vignette
//   squeeze one hand: move the visualization; both: also turn and scale it (1:50 .. 1:1)
// Each hand's ray, cursor, the arc and its landing marker are drawn as lines.
#include <array>
#include <optional>
#include <vector>

#include <glm/vec3.hpp>

#include "engine/render/frame_description.h"
#include "scenes/locomotion/grab_gesture.h"
#include "scenes/locomotion/rig.h"
#include "scenes/locomotion/teleport_arc.h"
#include "scenes/viewer.h"
#include "xr/controllers.h"

namespace xrviz::app {

struct ComfortSettings {
    float snap_turn_radians = 0.5235988f;  // 30 degrees
    bool smooth_move = false;
    bool seated = false;  // the floor comes up to meet a seated person
};

// The hands' effect this frame that the front-end carries out.
struct HandEffects {
    std::array<bool, 2> pulse{};  // a haptic pulse on this hand
    bool moving = false;          // smooth move ran: show the vignette
    // A figure was selected where this hand's ray met it (tracked space, floor at y = 0).
    std::optional<glm::vec3> selected_at;
};

class HandInteraction {
public:
    explicit HandInteraction(const ComfortSettings& comfort) : comfort_(comfort) {}

    // Stands the person where the viewer's camera stands (a new scene, reset view).
    void reset(const scenes::Viewer& viewer);
    // `hands` and `head` in the tracked space with the floor at y = 0. `on_panel`: how far
    // along its aim a hand meets a panel (metres); such a hand points at nothing in the scene.
    HandEffects update(const std::array<xr::Hand, 2>& hands, const glm::vec3& head, float seconds,
                       scenes::Viewer& viewer,
                       const std::array<std::optional<float>, 2>& on_panel = {});
    // Input stopped (focus lost): drop half-done gestures.
    void release_all();

    const scenes::Rig& rig() const { return rig_; }
    ComfortSettings& comfort() { return comfort_; }
    // Rays, cursors, the arc and its marker, and the vignette while moving.
    void describe(render::FrameDescription& frame, const glm::vec3& head) const;

private:
    struct Ray {
        glm::vec3 from{0.0f};
        glm::vec3 to{0.0f};
        bool hit = false;
    };
    void aim_teleport(const xr::Hand& hand, const glm::vec3& head);
    void snap_turn(float stick_x, const glm::vec3& head);

    ComfortSettings comfort_;
    scenes::Rig rig_;
    scenes::GrabGesture grab_;
    std::array<bool, 2> was_selecting_{};
    std::array<std::optional<Ray>, 2> rays_;
    std::optional<scenes::TeleportArc> arc_;  // in world units, while aiming
    // The tooltip: what the pointer hovers, shown beside its cursor.
    std::optional<render::TextLabel> tooltip_;
    bool turn_armed_ = true;
    bool moving_ = false;
};

}  // namespace xrviz::app
