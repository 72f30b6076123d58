#pragma once
// Records ImGui's draw data into an image that already holds the scene: a small render
// pass of its own (load, no clear) after the scene pass. On the desktop the image is a
// swapchain image (COLOR_ATTACHMENT_OPTIMAL in, PRESENT_SRC out); in XR it will be an
// offscreen panel texture (SHADER_READ_ONLY out) drawn as a quad in the world.
//
// ImGui 1.86's Vulkan backend is one instance per ImGui context: one UiPass per UiContext.
#include <vulkan/vulkan.h>

#include <array>
#include <cstdint>
#include <unordered_map>

#include <imgui.h>

#include "engine/vk/handle.h"

namespace xrviz::vk {
class Context;
}

namespace xrviz::ui {

class UiContext;

struct UiPassFormat {
    VkFormat colour_format = VK_FORMAT_B8G8R8A8_SRGB;
    // The layout the scene left the image in; UNDEFINED clears instead of loading.
    VkImageLayout initial_layout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
    VkImageLayout final_layout = VK_IMAGE_LAYOUT_PRESENT_SRC_KHR;
    std::uint32_t frames_in_flight = 2;
    // What a cleared image (initial_layout UNDEFINED) starts as, linear RGBA: a panel
    // canvas of its own is opaque, since ImGui's blending leaves no usable alpha.
    std::array<float, 4> clear_colour{0.0f, 0.0f, 0.0f, 0.0f};
};

class UiPass {
public:
    // Uploads the font atlas (waits for the GPU once).
    UiPass(const vk::Context& context, UiContext& ui, const UiPassFormat& format);
    ~UiPass();
    UiPass(const UiPass&) = delete;
    UiPass& operator=(const UiPass&) = delete;

    const UiPassFormat& format() const { return format_; }
    // Records the pass into `cmd` over `target` (a 2D view of the image).
    void record(VkCommandBuffer cmd, VkImageView target, VkExtent2D extent, ImDrawData* draw_data);
    // Target images went away (swapchain recreated): drop their framebuffers.
    void forget_target_views() { framebuffers_.clear(); }

private:
    VkFramebuffer framebuffer_for(VkImageView view, VkExtent2D extent);
    void upload_fonts();

    const vk::Context& context_;
    UiContext& ui_;
    UiPassFormat format_;
    vk::UniqueRenderPass render_pass_;
    vk::UniqueDescriptorPool descriptor_pool_;
    bool backend_initialized_ = false;
    struct CachedFramebuffer {
        VkExtent2D extent{};
        vk::UniqueFramebuffer framebuffer;
    };
    std::unordered_map<VkImageView, CachedFramebuffer> framebuffers_;
};

}  // namespace xrviz::ui
