#include "app/xr/world_panel.h"

#include <cmath>

#include <glm/geometric.hpp>

#include "engine/assets/font_atlas.h"
#include "engine/render/gpu.h"

namespace xrviz::app {

WorldPanel::WorldPanel(XrSession session, const vk::Context& context, VkFormat format,
                       VkExtent2D pixels, float width_metres, const std::string& name)
    : pixels_(pixels),
      metres_(width_metres,
              width_metres * static_cast<float>(pixels.height) / static_cast<float>(pixels.width)),
      ui_(ui::UiContextOptions{.content_scale = 1.0f,
                               .linear_target = format == VK_FORMAT_R8G8B8A8_SRGB ||
                                                format == VK_FORMAT_B8G8R8A8_SRGB,
                               .font = assets::default_font_path()}),
      // Cleared each frame, then handed back to the runtime as the Vulkan binding wants.
      pass_(context, ui_,
            ui::UiPassFormat{.colour_format = format,
                             .initial_layout = VK_IMAGE_LAYOUT_UNDEFINED,
                             .final_layout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                             .frames_in_flight = render::kFramesInFlight,
                             .clear_colour = {0.012f, 0.016f, 0.024f, 1.0f}}),
      swapchain_(session, context,
                 xr::SwapchainDesc{.name = name + " panel swapchain",
                                   .format = format,
                                   .extent = pixels,
                                   .usage = XR_SWAPCHAIN_USAGE_COLOR_ATTACHMENT_BIT,
                                   .layers = 1}) {}

std::optional<PanelHit> WorldPanel::hit(const glm::vec3& origin, const glm::vec3& direction) const {
    if (!visible) return std::nullopt;
    const glm::vec3 normal = placement.orientation * glm::vec3(0.0f, 0.0f, 1.0f);
    const float facing = glm::dot(direction, normal);
    if (facing >= -1e-4f) return std::nullopt;  // parallel, or from behind
    const float t = glm::dot(placement.position - origin, normal) / facing;
    if (t <= 0.0f) return std::nullopt;
    const glm::vec3 local =
        glm::inverse(placement.orientation) * (origin + direction * t - placement.position);
    const glm::vec2 half = metres_ * 0.5f;
    if (std::abs(local.x) > half.x || std::abs(local.y) > half.y) return std::nullopt;
    // Panel metres to ImGui pixels: x right, y down from the top-left corner.
    const glm::vec2 uv{(local.x + half.x) / metres_.x, (half.y - local.y) / metres_.y};
    return PanelHit{t, uv * glm::vec2(static_cast<float>(pixels_.width),
                                      static_cast<float>(pixels_.height))};
}

namespace {

// FNV-1a over everything that decides the pixels: vertices, indices, clip rectangles and
// textures of every draw command.
std::uint64_t hash_of(const ImDrawData& data) {
    std::uint64_t hash = 1469598103934665603ull;
    const auto mix = [&](const void* bytes, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(bytes);
        for (std::size_t i = 0; i < size; ++i) hash = (hash ^ p[i]) * 1099511628211ull;
    };
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        mix(list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
        mix(list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& command : list.CmdBuffer) {
            mix(&command.ClipRect, sizeof(command.ClipRect));
            mix(&command.TextureId, sizeof(command.TextureId));
            mix(&command.ElemCount, sizeof(command.ElemCount));
        }
    }
    return hash;
}

}  // namespace

void WorldPanel::record(VkCommandBuffer cmd, const ui::UiInput& input,
                        const std::function<void()>& build) {
    ui_.begin_frame(input);
    build();
    ImDrawData* draw_data = ui_.end_frame();
    const std::uint64_t hash = hash_of(*draw_data);
    if (images_drawn_ > 0 && hash == drawn_hash_) return;
    const std::uint32_t index = swapchain_.acquire();
    pass_.record(cmd, swapchain_.view(index), pixels_, draw_data);
    drawn_hash_ = hash;
    ++images_drawn_;
}

void WorldPanel::release() {
    if (swapchain_.acquired()) swapchain_.release();
}

XrCompositionLayerQuad WorldPanel::layer(XrSpace space) const {
    const glm::quat& q = placement.orientation;
    return XrCompositionLayerQuad{
        .type = XR_TYPE_COMPOSITION_LAYER_QUAD,
        .layerFlags = 0,  // opaque: the canvas is cleared to the panel colour
        .space = space,
        .eyeVisibility = XR_EYE_VISIBILITY_BOTH,
        .subImage = swapchain_.sub_image(0),
        .pose = {.orientation = {q.x, q.y, q.z, q.w},
                 .position = {placement.position.x, placement.position.y, placement.position.z}},
        .size = {metres_.x, metres_.y},
    };
}

}  // namespace xrviz::app
