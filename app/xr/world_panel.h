#pragma once
// An ImGui canvas in the headset: its own ImGui context, drawn each frame into a one-layer
// swapchain that the compositor shows as a quad layer, sharper than a texture resampled
// in the eye buffer. Placed by a pose in the session's space and sized in metres.
//
// Quad layers ignore the scene's depth: the compositor draws them over the projection
// layer. So the front-end ends a hand's ray where it meets a panel (the panel draws its
// own cursor) and hides a panel that something of the scene stands in front of.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <glm/gtc/quaternion.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "engine/ui/ui_context.h"
#include "engine/ui/ui_pass.h"
#include "xr/swapchain.h"

namespace xrviz::app {

struct PanelPlacement {
    glm::vec3 position{0.0f};  // the panel's centre, in the session's space
    glm::quat orientation{1.0f, 0.0f, 0.0f, 0.0f};  // the panel faces +z of this
};

struct PanelHit {
    float distance = 0.0f;  // along the ray, metres
    glm::vec2 pixel{0.0f};  // ImGui's coordinates: x right, y down
};

class WorldPanel {
public:
    WorldPanel(XrSession session, const vk::Context& context, VkFormat format, VkExtent2D pixels,
               float width_metres, const std::string& name);

    // Where a ray (in the session's space) meets the panel's front, if it does.
    std::optional<PanelHit> hit(const glm::vec3& origin, const glm::vec3& direction) const;

    // Builds the panels with `build` in this panel's ImGui context and, when what they draw
    // differs from the image the compositor already has, acquires a new image and records
    // them into `cmd`; an unchanged panel costs no GPU work (the last image is shown
    // again). release() after the command buffer is submitted.
    void record(VkCommandBuffer cmd, const ui::UiInput& input, const std::function<void()>& build);
    // Images drawn so far (a panel nobody touches is drawn once).
    std::uint64_t images_drawn() const { return images_drawn_; }
    void release();

    // The quad for xrEndFrame; valid while the panel lives.
    XrCompositionLayerQuad layer(XrSpace space) const;

    PanelPlacement placement;
    bool visible = true;
    const ui::UiContext& ui() const { return ui_; }
    VkExtent2D pixels() const { return pixels_; }
    glm::vec2 metres() const { return metres_; }

private:
    VkExtent2D pixels_;
    glm::vec2 metres_;
    ui::UiContext ui_;
    ui::UiPass pass_;
    xr::Swapchain swapchain_;
    std::uint64_t drawn_hash_ = 0;
    std::uint64_t images_drawn_ = 0;
};

}  // namespace xrviz::app
