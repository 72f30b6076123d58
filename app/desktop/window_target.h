#pragma once
// A swapchain image as the renderer's RenderTarget. engine/vk's Swapchain knows nothing of
// engine/render (it sits below it); this adapter joins them for the frame being drawn.
#include "engine/render/render_target.h"
#include "engine/vk/swapchain.h"

namespace xrviz::app::desktop {

class WindowTarget final : public render::RenderTarget {
public:
    WindowTarget(const render::TargetFormat& format, const vk::SwapchainImage& image)
        : format_(format), image_(image) {}
    const render::TargetFormat& format() const override { return format_; }
    VkImage colour_image() const override { return image_.image; }
    VkImageView colour_view() const override { return image_.view; }

private:
    const render::TargetFormat& format_;
    vk::SwapchainImage image_;
};

}  // namespace xrviz::app::desktop
