#pragma once
// The render pass for one target format, with the renderer's own attachments (MSAA colour,
// depth) and a framebuffer per target image, created on first use.
#include <unordered_map>

#include "engine/render/render_target.h"
#include "engine/vk/handle.h"
#include "engine/vk/image.h"

namespace xrviz::render {

class PassResources {
public:
    // Throws when the target must receive multisampled depth and the device cannot
    // resolve it (Context::can_resolve_depth).
    PassResources(const vk::Context& context, vk::MemoryAllocator& allocator,
                  const TargetFormat& format);

    const TargetFormat& format() const { return format_; }
    VkRenderPass render_pass() const { return render_pass_.get(); }
    VkFramebuffer framebuffer_for(const RenderTarget& target);
    // Target images went away (swapchain recreated): drop their framebuffers.
    void forget_target_views() { framebuffers_.clear(); }

private:
    const vk::Context& context_;
    TargetFormat format_;
    vk::UniqueRenderPass render_pass_;
    vk::Image msaa_colour_;
    vk::Image depth_;  // absent when the target's own depth is drawn into directly
    std::unordered_map<VkImageView, vk::UniqueFramebuffer> framebuffers_;
};

}  // namespace xrviz::render
