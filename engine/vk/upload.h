#pragma once
// Staging uploads for data that lives on the device for the life of a scene or renderer
// (meshes, the font atlas). Per-frame data goes through FrameRing's mapped arena instead.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <span>
#include <string>

#include "engine/vk/buffer.h"
#include "engine/vk/image.h"

namespace xrviz::vk {

class Uploader {
public:
    Uploader(const Context& context, MemoryAllocator& allocator);

    Buffer upload_buffer(std::span<const std::byte> bytes, VkBufferUsageFlags usage,
                         const std::string& name);
    // Uploads tightly packed texels into layer 0 and leaves the image shader-readable.
    Image upload_image(std::span<const std::byte> texels, const ImageDesc& desc,
                       const std::string& name);

private:
    const Context& context_;
    MemoryAllocator& allocator_;
    UniqueCommandPool pool_;
};

}  // namespace xrviz::vk
