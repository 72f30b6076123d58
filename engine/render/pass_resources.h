#pragma once
// The render pass for one target format, with the renderer's own attachments (MSAA colour,
// depth) and a framebuffer per target image, created on first use.
#include <unordered_map>

#include "engine/render/render_target.h"
#include "engine/vk/handle.h"
#include "engine/vk/image.h"

namespace xrviz::render {

inline constexpr VkFormat kDepthFormat = VK_FORMAT_D32_SFLOAT;

class PassResources {
public:
    PassResources(const vk::Context& context, vk::MemoryAllocator& allocator,
                  const TargetFormat& format);

    const TargetFormat& format() const { return format_; }
    VkRenderPass render_pass() const { return render_pass_.get(); }
    VkFramebuffer framebuffer_for(VkImageView target_view);
    // Target images went away (swapchain recreated): drop their framebuffers.
    void forget_target_views() { framebuffers_.clear(); }

private:
    const vk::Context& context_;
    TargetFormat format_;
    vk::UniqueRenderPass render_pass_;
    vk::Image msaa_colour_;
    vk::Image depth_;
    std::unordered_map<VkImageView, vk::UniqueFramebuffer> framebuffers_;
};

}  // namespace xrviz::render
