#include "app/desktop/window_capture.h"

#include <cstring>

#include "engine/assets/image_io.h"
#include "engine/core/log.h"

namespace xrviz::app::desktop {

void WindowCapture::record(VkCommandBuffer cmd, VkImage image, VkFormat format, VkExtent2D extent,
                           const std::filesystem::path& path) {
    const VkDeviceSize bytes = VkDeviceSize{extent.width} * extent.height * 4;
    Pending pending{vk::Buffer(context_, allocator_, bytes, VK_BUFFER_USAGE_TRANSFER_DST_BIT,
                               vk::MemoryUsage::host_visible, "window screenshot"),
                    format, extent, path};
    const VkImageSubresourceRange range{VK_IMAGE_ASPECT_COLOR_BIT, 0, 1, 0, 1};
    const VkImageMemoryBarrier to_transfer{
        .sType = VK_STRUCTURE_TYPE_IMAGE_MEMORY_BARRIER,
        .srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
        .dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT,
        .oldLayout = VK_IMAGE_LAYOUT_PRESENT_SRC_KHR,
        .newLayout = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
        .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .image = image,
        .subresourceRange = range,
    };
    vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                         VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 0, nullptr, 0, nullptr, 1,
                         &to_transfer);
    const VkBufferImageCopy region{
        .imageSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1},
        .imageExtent = {extent.width, extent.height, 1},
    };
    vkCmdCopyImageToBuffer(cmd, image, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, pending.buffer.get(),
                           1, &region);
    const VkBufferMemoryBarrier to_host{
        .sType = VK_STRUCTURE_TYPE_BUFFER_MEMORY_BARRIER,
        .srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT,
        .dstAccessMask = VK_ACCESS_HOST_READ_BIT,
        .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .buffer = pending.buffer.get(),
        .offset = 0,
        .size = VK_WHOLE_SIZE,
    };
    VkImageMemoryBarrier to_present = to_transfer;
    to_present.srcAccessMask = 0;
    to_present.dstAccessMask = 0;
    to_present.oldLayout = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL;
    to_present.newLayout = VK_IMAGE_LAYOUT_PRESENT_SRC_KHR;
    vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_TRANSFER_BIT,
                         VK_PIPELINE_STAGE_HOST_BIT | VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, 0, 0,
                         nullptr, 1, &to_host, 1, &to_present);
    pending_ = std::move(pending);
}

void WindowCapture::write() {
    if (!pending_)
        return;
    const VkExtent2D extent = pending_->extent;
    assets::Image out{static_cast<int>(extent.width), static_cast<int>(extent.height), {}};
    out.rgba.resize(std::size_t{extent.width} * extent.height * 4);
    std::memcpy(out.rgba.data(), pending_->buffer.mapped(), out.rgba.size());
    const bool bgra =
        pending_->format == VK_FORMAT_B8G8R8A8_SRGB || pending_->format == VK_FORMAT_B8G8R8A8_UNORM;
    for (std::size_t i = 0; i < out.rgba.size(); i += 4) {
        if (bgra)
            std::swap(out.rgba[i], out.rgba[i + 2]);
        out.rgba[i + 3] = 255;  // the window is opaque
    }
    assets::write_png(pending_->path, out);
    log::info("desktop", "wrote " + pending_->path.string());
    pending_.reset();
}

}  // namespace xrviz::app::desktop
