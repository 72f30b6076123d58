#pragma once
// Screenshots of the window with its panels: the frame's swapchain image is copied into a
// host-visible buffer in the frame's own command buffer (after the UI pass, before
// present), and written as PNG once the GPU has finished that frame.
#include <vulkan/vulkan.h>

#include <filesystem>
#include <memory>
#include <optional>

#include "engine/vk/buffer.h"

namespace xrviz::app::desktop {

class WindowCapture {
public:
    WindowCapture(const vk::Context& context, vk::MemoryAllocator& allocator)
        : context_(context), allocator_(allocator) {}

    // Records the copy; the image is in PRESENT_SRC before and after.
    void record(VkCommandBuffer cmd, VkImage image, VkFormat format, VkExtent2D extent,
                const std::filesystem::path& path);
    bool pending() const { return pending_.has_value(); }
    // Writes the PNG; the frame that recorded the copy must have completed.
    void write();

private:
    struct Pending {
        vk::Buffer buffer;
        VkFormat format;
        VkExtent2D extent;
        std::filesystem::path path;
    };
    const vk::Context& context_;
    vk::MemoryAllocator& allocator_;
    std::optional<Pending> pending_;
};

}  // namespace xrviz::app::desktop
