#include "engine/vk/upload.h"

#include "engine/vk/commands.h"
#include "engine/vk/context.h"

namespace xrviz::vk {

Uploader::Uploader(const Context& context, MemoryAllocator& allocator)
    : context_(context),
      allocator_(allocator),
      pool_(create_command_pool(context, VK_COMMAND_POOL_CREATE_TRANSIENT_BIT, "uploads")) {}

Buffer Uploader::upload_buffer(std::span<const std::byte> bytes, VkBufferUsageFlags usage,
                               const std::string& name) {
    Buffer staging(context_, allocator_, bytes.size(), VK_BUFFER_USAGE_TRANSFER_SRC_BIT,
                   MemoryUsage::host_visible, name + " staging");
    staging.write(bytes.data(), bytes.size());
    Buffer buffer(context_, allocator_, bytes.size(), usage | VK_BUFFER_USAGE_TRANSFER_DST_BIT,
                  MemoryUsage::device_local, name);
    submit_and_wait(
        context_, pool_.get(),
        [&](VkCommandBuffer cmd) {
            const VkBufferCopy region{.size = bytes.size()};
            vkCmdCopyBuffer(cmd, staging.get(), buffer.get(), 1, &region);
        },
        "upload of " + name);
    return buffer;
}

Image Uploader::upload_image(std::span<const std::byte> texels, const ImageDesc& desc,
                             const std::string& name) {
    Buffer staging(context_, allocator_, texels.size(), VK_BUFFER_USAGE_TRANSFER_SRC_BIT,
                   MemoryUsage::host_visible, name + " staging");
    staging.write(texels.data(), texels.size());
    ImageDesc image_desc = desc;
    image_desc.usage |= VK_IMAGE_USAGE_TRANSFER_DST_BIT | VK_IMAGE_USAGE_SAMPLED_BIT;
    Image image(context_, allocator_, image_desc, name);
    submit_and_wait(
        context_, pool_.get(),
        [&](VkCommandBuffer cmd) {
            transition_image(cmd, image.get(), desc.aspect, desc.layers, VK_IMAGE_LAYOUT_UNDEFINED,
                             VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                             VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, 0, VK_PIPELINE_STAGE_TRANSFER_BIT,
                             VK_ACCESS_TRANSFER_WRITE_BIT);
            const VkBufferImageCopy region{
                .imageSubresource = {desc.aspect, 0, 0, 1},
                .imageExtent = {desc.extent.width, desc.extent.height, 1},
            };
            vkCmdCopyBufferToImage(cmd, staging.get(), image.get(),
                                   VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 1, &region);
            transition_image(cmd, image.get(), desc.aspect, desc.layers,
                             VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                             VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL,
                             VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT,
                             VK_PIPELINE_STAGE_FRAGMENT_SHADER_BIT, VK_ACCESS_SHADER_READ_BIT);
        },
        "upload of " + name);
    return image;
}

}  // namespace xrviz::vk
