#include "engine/render/offscreen_target.h"

#include <cstring>

#include "engine/core/error.h"
#include "engine/vk/buffer.h"
#include "engine/vk/context.h"

namespace xrviz::render {

OffscreenTarget::OffscreenTarget(const vk::Context& context, vk::MemoryAllocator& allocator,
                                 const TargetFormat& format)
    : context_(context),
      allocator_(allocator),
      format_(format),
      image_(context, allocator,
             vk::ImageDesc{
                 .format = format.colour_format,
                 .extent = format.extent,
                 .layers = format.view_count,
                 .usage = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT,
             },
             "offscreen colour"),
      pool_(vk::create_command_pool(context, VK_COMMAND_POOL_CREATE_TRANSIENT_BIT,
                                    "offscreen readback")) {
    if (format.colour_format != VK_FORMAT_R8G8B8A8_SRGB &&
        format.colour_format != VK_FORMAT_R8G8B8A8_UNORM) {
        fail("offscreen targets are RGBA8 so that read_layer can write PNGs directly");
    }
    if (format.final_layout != VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL) {
        fail("offscreen targets end their pass in TRANSFER_SRC_OPTIMAL for readback");
    }
}

assets::Image OffscreenTarget::read_layer(std::uint32_t layer) {
    if (layer >= format_.view_count) fail("read_layer: no layer " + std::to_string(layer));
    const VkExtent2D extent = format_.extent;
    const VkDeviceSize bytes = VkDeviceSize{extent.width} * extent.height * 4;
    vk::Buffer staging(context_, allocator_, bytes, VK_BUFFER_USAGE_TRANSFER_DST_BIT,
                       vk::MemoryUsage::host_visible, "offscreen readback");
    vk::submit_and_wait(
        context_, pool_.get(),
        [&](VkCommandBuffer cmd) {
            // The render pass left the image in TRANSFER_SRC; wait for its writes.
            const VkMemoryBarrier barrier{
                .sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER,
                .srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
                .dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT,
            };
            vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                                 VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 1, &barrier, 0, nullptr, 0,
                                 nullptr);
            const VkBufferImageCopy region{
                .imageSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, layer, 1},
                .imageExtent = {extent.width, extent.height, 1},
            };
            vkCmdCopyImageToBuffer(cmd, image_.get(), VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                                   staging.get(), 1, &region);
        },
        "offscreen readback");
    assets::Image out{static_cast<int>(extent.width), static_cast<int>(extent.height), {}};
    out.rgba.resize(bytes);
    std::memcpy(out.rgba.data(), staging.mapped(), bytes);
    return out;
}

}  // namespace xrviz::render
