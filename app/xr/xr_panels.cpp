#include "app/xr/xr_panels.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "scenes/panels/panels.h"

namespace xrviz::app {
namespace {

// Sizes: enough pixels per degree for ImGui's 13-pixel text at arm's length (the main
// panel, 0.6 m wide at 1 m, spans 33 degrees: 22 pixels per degree, a Quest 3's density).
// The controls take its left half, the details of a selection its right half.
constexpr VkExtent2D kMainPixels{720, 820};
constexpr float kMainWidth = 0.6f;
constexpr float kMainDistance = 1.0f;
// To the left and below the eyes, turned toward them: the scene ahead stays clear.
constexpr float kMainBearing = 0.7f;  // radians to the left of where the head looks
constexpr float kMainDrop = 0.3f;     // metres below the eyes
constexpr VkExtent2D kWristPixels{480, 400};
constexpr float kWristWidth = 0.16f;
constexpr VkExtent2D kDetailsPixels{560, 420};
constexpr float kDetailsWidth = 0.42f;
constexpr float kDetailsMaxDistance = 2.0f;  // metres from the head

glm::vec3 position(const XrPosef& pose) {
    return {pose.position.x, pose.position.y, pose.position.z};
}

glm::quat orientation(const XrPosef& pose) {
    return {pose.orientation.w, pose.orientation.x, pose.orientation.y, pose.orientation.z};
}

// Upright, turned about the vertical so that its front (+z) faces `toward`.
glm::quat facing(const glm::vec3& from, const glm::vec3& toward) {
    const glm::vec3 d = toward - from;
    return glm::angleAxis(std::atan2(d.x, d.z), glm::vec3(0.0f, 1.0f, 0.0f));
}

}  // namespace

XrPanels::XrPanels(XrSession session, const vk::Context& context, VkFormat format)
    : main_(std::make_unique<WorldPanel>(session, context, format, kMainPixels, kMainWidth, "main")),
      wrist_(std::make_unique<WorldPanel>(session, context, format, kWristPixels, kWristWidth,
                                          "wrist menu")),
      details_(std::make_unique<WorldPanel>(session, context, format, kDetailsPixels, kDetailsWidth,
                                            "details")) {
    wrist_->visible = false;
    details_->visible = false;
    for (auto& input : inputs_) input.mouse = {-1.0f, -1.0f};
}

void XrPanels::place_main(const glm::vec3& head, const glm::vec3& forward) {
    glm::vec3 ahead(forward.x, 0.0f, forward.z);
    ahead = glm::length(ahead) > 1e-4f ? glm::normalize(ahead) : glm::vec3(0, 0, -1);
    ahead = glm::angleAxis(kMainBearing, glm::vec3(0.0f, 1.0f, 0.0f)) * ahead;
    // Tilted up toward the eyes, the way a lectern stands.
    const glm::vec3 centre = head + ahead * kMainDistance + glm::vec3(0.0f, -kMainDrop, 0.0f);
    main_->placement.position = centre;
    main_->placement.orientation =
        facing(centre, head) * glm::angleAxis(0.2f, glm::vec3(1.0f, 0.0f, 0.0f));
}

void XrPanels::place_details(const glm::vec3& point, const glm::vec3& head) {
    glm::vec3 at = point;
    const glm::vec3 to_point = point - head;
    if (glm::length(to_point) > kDetailsMaxDistance)
        at = head + glm::normalize(to_point) * kDetailsMaxDistance;
    // Beside it, to the right as the person sees it, and a little nearer.
    const glm::vec3 right = glm::normalize(glm::cross(at - head, glm::vec3(0.0f, 1.0f, 0.0f)));
    at += right * (kDetailsWidth * 0.7f) + glm::normalize(head - at) * 0.1f;
    details_->placement.position = at;
    details_->placement.orientation = facing(at, head);
}

std::optional<XrPanels::Target> XrPanels::target_of(const xr::Hand& hand) const {
    if (!hand.tracked) return std::nullopt;
    const glm::vec3 origin = position(hand.aim);
    const glm::vec3 direction = orientation(hand.aim) * glm::vec3(0.0f, 0.0f, -1.0f);
    std::optional<Target> best;
    for (WorldPanel* panel : {main_.get(), wrist_.get(), details_.get()}) {
        if (const auto hit = panel->hit(origin, direction); hit && (!best || hit->distance < best->hit.distance))
            best = Target{panel, *hit};
    }
    return best;
}

std::array<std::optional<float>, 2> XrPanels::route(const std::array<xr::Hand, 2>& hands,
                                                    const glm::vec3& head, float seconds) {
    // The wrist menu rides above the left grip, facing the head.
    const xr::Hand& left = hands[0];
    const bool menu_pressed = left.menu && !menu_was_down_[0];
    menu_was_down_ = {left.menu, hands[1].menu};
    if (menu_pressed) wrist_->visible = !wrist_->visible;
    if (wrist_->visible && left.grip_tracked) {
        const glm::vec3 at = position(left.grip) + glm::vec3(0.0f, 0.12f, 0.0f);
        wrist_->placement = {at, facing(at, head)};
    }
    main_->visible = wrist_state_.main_panel_visible;

    // Carrying the main panel: it keeps its pose relative to the grip.
    if (carrying_) {
        const xr::Hand& hand = hands[carrying_->hand];
        if (!hand.grab || !hand.grip_tracked) {
            carrying_.reset();
        } else {
            const glm::quat grip = orientation(hand.grip);
            main_->placement.position = position(hand.grip) + grip * carrying_->offset;
            main_->placement.orientation = grip * carrying_->rotation;
        }
    }

    std::array<std::optional<float>, 2> taken;
    std::array<bool, 3> pointed{};
    const std::array<WorldPanel*, 3> panels{main_.get(), wrist_.get(), details_.get()};
    // The right hand first: with both on one panel, its ImGui follows the right.
    for (std::size_t i : {std::size_t{1}, std::size_t{0}}) {
        const auto target = target_of(hands[i]);
        if (!target) continue;
        taken[i] = target->hit.distance;
        const std::size_t slot = static_cast<std::size_t>(
            std::find(panels.begin(), panels.end(), target->panel) - panels.begin());
        if (pointed[slot]) continue;
        pointed[slot] = true;
        ui::UiInput& input = inputs_[slot];
        input.mouse = target->hit.pixel;
        input.mouse_down[0] = hands[i].select;
        if (target->panel == main_.get() && hands[i].grab && !carrying_ && hands[i].grip_tracked) {
            const glm::quat grip = orientation(hands[i].grip);
            carrying_ = Carry{i,
                              glm::inverse(grip) * (main_->placement.position - position(hands[i].grip)),
                              glm::inverse(grip) * main_->placement.orientation};
        }
    }
    for (std::size_t slot = 0; slot < 3; ++slot) {
        inputs_[slot].delta_time_s = seconds > 0.0f ? seconds : 1.0f / 90.0f;
        if (!pointed[slot]) {
            inputs_[slot].mouse = {-1.0f, -1.0f};
            inputs_[slot].mouse_down = {};
        }
    }
    return taken;
}

scenes::panels::WristMenuRequests XrPanels::record(VkCommandBuffer cmd, scenes::Viewer& viewer) {
    scenes::panels::WristMenuRequests requests;
    details_->visible = details_->visible && viewer.selection().has_value();
    const auto draw = [&](WorldPanel& panel, std::size_t slot, const auto& build) {
        if (!panel.visible) return;
        ui::UiInput& input = inputs_[slot];
        input.display_size = {static_cast<float>(panel.pixels().width),
                              static_cast<float>(panel.pixels().height)};
        panel.record(cmd, input, build);
    };
    draw(*main_, 0, [&] {
        // The panel's own cursor: the compositor puts the quad over the hand's ray.
        ImGui::GetIO().MouseDrawCursor = true;
        scenes::panels::draw_panels(viewer, scenes::panels::PanelInput{
                                                .ui = &main_->ui(), .visibility = &visibility_});
    });
    draw(*wrist_, 1, [&] {
        ImGui::GetIO().MouseDrawCursor = true;
        requests = scenes::panels::draw_wrist_menu(wrist_state_);
    });
    draw(*details_, 2, [&] {
        ImGui::GetIO().MouseDrawCursor = true;
        scenes::panels::draw_details_panel(viewer);
    });
    return requests;
}

void XrPanels::keep_clear(
    const glm::vec3& head,
    const std::function<std::optional<float>(const glm::vec3&, const glm::vec3&)>& scene_hit) {
    for (WorldPanel* panel : {main_.get(), details_.get()}) {
        if (!panel->visible || (panel == main_.get() && carrying_)) continue;
        const float distance = glm::distance(head, panel->placement.position);
        const auto hit = scene_hit(head, panel->placement.position);
        if (hit && *hit < distance) {
            // In front of the figure, with a margin, never closer than a hand's reach.
            const float wanted = std::max(0.4f, *hit * 0.85f);
            panel->placement.position =
                head + glm::normalize(panel->placement.position - head) * wanted;
        }
    }
}

void XrPanels::release() {
    for (WorldPanel* panel : {main_.get(), wrist_.get(), details_.get()}) panel->release();
}

const std::vector<XrCompositionLayerQuad>& XrPanels::layers(XrSpace space) {
    layers_.clear();
    for (const WorldPanel* panel : {main_.get(), details_.get(), wrist_.get()}) {
        if (panel->visible) layers_.push_back(panel->layer(space));
    }
    return layers_;
}

}  // namespace xrviz::app
