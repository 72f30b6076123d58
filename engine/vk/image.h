#pragma once
// A VkImage with its sub-allocated memory and one view over all of its array layers.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <string>

#include "engine/vk/handle.h"
#include "engine/vk/memory.h"

namespace xrviz::vk {

struct ImageDesc {
    VkFormat format = VK_FORMAT_R8G8B8A8_SRGB;
    VkExtent2D extent{1, 1};
    std::uint32_t layers = 1;
    VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
    VkImageUsageFlags usage = 0;
    VkImageAspectFlags aspect = VK_IMAGE_ASPECT_COLOR_BIT;
};

class Image {
public:
    Image() = default;
    Image(const Context& context, MemoryAllocator& allocator, const ImageDesc& desc,
          const std::string& name);

    VkImage get() const { return image_.get(); }
    VkImageView view() const { return view_.get(); }
    const ImageDesc& desc() const { return desc_; }

private:
    ImageDesc desc_;
    UniqueImage image_;
    Allocation allocation_;
    UniqueImageView view_;
};

// A view of all layers of an image that somebody else owns (an OpenXR swapchain image).
UniqueImageView create_image_view(const Context& context, VkImage image, const ImageDesc& desc,
                                  const std::string& name);

bool is_depth_format(VkFormat format);

}  // namespace xrviz::vk
