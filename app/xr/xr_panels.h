#pragma once
// The desktop's panels in the headset, as quad layers (world_panel.h):
//   main panel: the same controls, series toggles, what-if sliders and details as the
//     desktop; it opens in front of the person, and squeezing while pointing at it
//     carries it with the hand
//   wrist menu: on the left hand, toggled with the left menu button
//   details: beside what was selected, facing the person
// Hands pointing at a panel drive its ImGui (the trigger clicks); the scene sees no
// pointer from them.
//
// Quad layers ignore the scene's depth (the compositor draws them over it), so a panel is
// kept nearer than anything of the scene between it and the eyes: keep_clear() pulls it
// toward the head instead of letting a bar that should hide it appear behind it.
#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <glm/vec3.hpp>

#include "app/xr/world_panel.h"
#include "engine/ui/ui_model.h"
#include "scenes/panels/wrist_menu.h"
#include "scenes/viewer.h"
#include "xr/controllers.h"

namespace xrviz::app {

class XrPanels {
public:
    XrPanels(XrSession session, const vk::Context& context, VkFormat format);

    // Brings the main panel in front of a head at `head`, facing along `forward` (space).
    void place_main(const glm::vec3& head, const glm::vec3& forward);
    // Places the details panel near `point` (space), facing the head.
    void place_details(const glm::vec3& point, const glm::vec3& head);

    // Which panel each hand points at, the pixel for its ImGui, squeeze to carry the main
    // panel, the menu button for the wrist menu. Returns, per hand, how far along its aim
    // the panel is (the scene must not see that hand).
    std::array<std::optional<float>, 2> route(const std::array<xr::Hand, 2>& hands,
                                              const glm::vec3& head, float seconds);

    // `scene_hit(from, to)`: how far from `from` toward `to` (space, metres) the scene's
    // nearest figure is, if any.
    void keep_clear(const glm::vec3& head,
                    const std::function<std::optional<float>(const glm::vec3&, const glm::vec3&)>&
                        scene_hit);
    void show_details_at(const glm::vec3& point, const glm::vec3& head) {
        place_details(point, head);
        details_->visible = true;
    }

    // Draws every visible panel into its image (between begin_frame and end_frame of the
    // GPU's frame); release() after the frame is submitted.
    scenes::panels::WristMenuRequests record(VkCommandBuffer cmd, scenes::Viewer& viewer);
    void release();

    // Quad layers of the visible panels, valid until the next call.
    const std::vector<XrCompositionLayerQuad>& layers(XrSpace space);

    scenes::panels::WristMenuState& wrist_state() { return wrist_state_; }
    bool carrying_main() const { return carrying_.has_value(); }
    // Images the main panel was drawn into: only when what it shows changed.
    std::uint64_t main_images_drawn() const { return main_->images_drawn(); }

private:
    struct Target {
        WorldPanel* panel = nullptr;
        PanelHit hit;
    };
    std::optional<Target> target_of(const xr::Hand& hand) const;

    std::unique_ptr<WorldPanel> main_;
    std::unique_ptr<WorldPanel> wrist_;
    std::unique_ptr<WorldPanel> details_;
    std::array<ui::UiInput, 3> inputs_;  // main, wrist, details
    scenes::panels::WristMenuState wrist_state_;
    ui::PanelVisibility visibility_;
    std::array<bool, 2> menu_was_down_{};
    // The main panel's pose relative to the grip that carries it.
    struct Carry {
        std::size_t hand = 0;
        glm::vec3 offset{0.0f};
        glm::quat rotation{1.0f, 0.0f, 0.0f, 0.0f};
    };
    std::optional<Carry> carrying_;
    std::vector<XrCompositionLayerQuad> layers_;
};

}  // namespace xrviz::app
