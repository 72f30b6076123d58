#pragma once
// A render target in device memory, read back to the CPU for PNGs and pixel tests.
#include "engine/assets/image_io.h"
#include "engine/render/render_target.h"
#include "engine/vk/commands.h"
#include "engine/vk/image.h"

namespace xrviz::render {

class OffscreenTarget final : public RenderTarget {
public:
    OffscreenTarget(const vk::Context& context, vk::MemoryAllocator& allocator,
                    const TargetFormat& format);

    const TargetFormat& format() const override { return format_; }
    VkImage colour_image() const override { return image_.get(); }
    VkImageView colour_view() const override { return image_.view(); }

    // Copies one layer (view) to the CPU. Waits for the GPU: call after the frame that
    // drew it has been submitted. Returns sRGB-encoded RGBA8 as a PNG wants it.
    assets::Image read_layer(std::uint32_t layer);

private:
    const vk::Context& context_;
    vk::MemoryAllocator& allocator_;
    TargetFormat format_;
    vk::Image image_;
    vk::UniqueCommandPool pool_;
};

}  // namespace xrviz::render
