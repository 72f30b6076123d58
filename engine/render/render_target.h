#pragma once
// Where a frame lands: a colour image with one layer per view. The renderer adds MSAA and
// depth attachments of its own and resolves into the target's image. Implemented by the
// offscreen target (headless, tests), the desktop swapchain and OpenXR swapchains.
#include <vulkan/vulkan.h>

#include <cstdint>

namespace xrviz::render {

struct TargetFormat {
    VkFormat colour_format = VK_FORMAT_R8G8B8A8_SRGB;
    VkExtent2D extent{1, 1};
    std::uint32_t view_count = 1;  // 2: both eyes in one multiview pass
    VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_4_BIT;
    // Layout the colour image is left in after the pass (present, transfer source, or
    // colour attachment for an OpenXR swapchain).
    VkImageLayout final_layout = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL;
    // The target also receives the scene's depth, single-sampled with one layer per view
    // (an OpenXR depth swapchain), left in DEPTH_STENCIL_ATTACHMENT_OPTIMAL. Otherwise
    // depth lives and dies inside the pass.
    bool receives_depth = false;
    VkFormat depth_format = VK_FORMAT_D32_SFLOAT;

    bool operator==(const TargetFormat& other) const {
        return colour_format == other.colour_format && extent.width == other.extent.width &&
               extent.height == other.extent.height && view_count == other.view_count &&
               samples == other.samples && final_layout == other.final_layout &&
               receives_depth == other.receives_depth && depth_format == other.depth_format;
    }
};

// --msaa N as Vulkan's flag; the command line accepts 1, 2, 4 and 8, anything else is 4.
inline VkSampleCountFlagBits sample_count_bits(int samples) {
    switch (samples) {
        case 1: return VK_SAMPLE_COUNT_1_BIT;
        case 2: return VK_SAMPLE_COUNT_2_BIT;
        case 8: return VK_SAMPLE_COUNT_8_BIT;
        default: return VK_SAMPLE_COUNT_4_BIT;
    }
}

class RenderTarget {
public:
    virtual ~RenderTarget() = default;
    virtual const TargetFormat& format() const = 0;
    // The image of this frame and a view over all of its layers.
    virtual VkImage colour_image() const = 0;
    virtual VkImageView colour_view() const = 0;
    // This frame's depth image over all layers, when the format says it receives depth.
    virtual VkImageView depth_view() const { return VK_NULL_HANDLE; }
};

}  // namespace xrviz::render
