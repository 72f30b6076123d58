#include "engine/vk/image.h"

#include "engine/vk/check.h"
#include "engine/vk/context.h"

namespace xrviz::vk {

Image::Image(const Context& context, MemoryAllocator& allocator, const ImageDesc& desc,
             const std::string& name)
    : desc_(desc) {
    const VkImageCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_IMAGE_CREATE_INFO,
        .imageType = VK_IMAGE_TYPE_2D,
        .format = desc.format,
        .extent = {desc.extent.width, desc.extent.height, 1},
        .mipLevels = 1,
        .arrayLayers = desc.layers,
        .samples = desc.samples,
        .tiling = VK_IMAGE_TILING_OPTIMAL,
        .usage = desc.usage,
        .sharingMode = VK_SHARING_MODE_EXCLUSIVE,
        .initialLayout = VK_IMAGE_LAYOUT_UNDEFINED,
    };
    VkImage image = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateImage(context.device(), &info, nullptr, &image), "image " + name);
    image_ = UniqueImage(context.device(), image);
    context.names().set(image, VK_OBJECT_TYPE_IMAGE, name);

    VkMemoryRequirements requirements;
    vkGetImageMemoryRequirements(context.device(), image, &requirements);
    allocation_ = allocator.allocate(requirements, MemoryUsage::device_local, "image " + name);
    XRVIZ_VK_CHECK(
        vkBindImageMemory(context.device(), image, allocation_.memory(), allocation_.offset()),
        "image " + name);
    view_ = create_image_view(context, image, desc, name);
}

UniqueImageView create_image_view(const Context& context, VkImage image, const ImageDesc& desc,
                                  const std::string& name) {
    const VkImageViewCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_IMAGE_VIEW_CREATE_INFO,
        .image = image,
        .viewType = desc.layers > 1 ? VK_IMAGE_VIEW_TYPE_2D_ARRAY : VK_IMAGE_VIEW_TYPE_2D,
        .format = desc.format,
        .subresourceRange = {desc.aspect, 0, 1, 0, desc.layers},
    };
    VkImageView view = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateImageView(context.device(), &info, nullptr, &view),
                   "view of image " + name);
    context.names().set(view, VK_OBJECT_TYPE_IMAGE_VIEW, name + " view");
    return UniqueImageView(context.device(), view);
}

bool is_depth_format(VkFormat format) {
    switch (format) {
        case VK_FORMAT_D16_UNORM:
        case VK_FORMAT_D32_SFLOAT:
        case VK_FORMAT_D24_UNORM_S8_UINT:
        case VK_FORMAT_D32_SFLOAT_S8_UINT:
        case VK_FORMAT_X8_D24_UNORM_PACK32: return true;
        default: return false;
    }
}

}  // namespace xrviz::vk
