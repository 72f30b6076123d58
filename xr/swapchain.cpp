#include "xr/swapchain.h"

#include "engine/vk/image.h"
#include "xr/check.h"

namespace xrviz::xr {

Swapchain::Swapchain(XrSession session, const vk::Context& context, const SwapchainDesc& desc)
    : desc_(desc) {
    const bool depth = vk::is_depth_format(desc.format);
    // Single-sampled: MSAA stays inside the renderer, which resolves into these images,
    // so the compositor never sees a multisampled image.
    const XrSwapchainCreateInfo info{
        .type = XR_TYPE_SWAPCHAIN_CREATE_INFO,
        .usageFlags = desc.usage,
        .format = desc.format,
        .sampleCount = 1,
        .width = desc.extent.width,
        .height = desc.extent.height,
        .faceCount = 1,
        .arraySize = 2,
        .mipCount = 1,
    };
    XrSwapchain swapchain = XR_NULL_HANDLE;
    XRVIZ_XR_CHECK(xrCreateSwapchain(session, &info, &swapchain), desc.name.c_str());
    swapchain_ = UniqueSwapchain(swapchain);

    std::uint32_t count = 0;
    XRVIZ_XR_CHECK(xrEnumerateSwapchainImages(swapchain, 0, &count, nullptr),
                   (desc.name + " images").c_str());
    std::vector<XrSwapchainImageVulkanKHR> images(count,
                                                  {.type = XR_TYPE_SWAPCHAIN_IMAGE_VULKAN_KHR});
    XRVIZ_XR_CHECK(xrEnumerateSwapchainImages(
                       swapchain, count, &count,
                       reinterpret_cast<XrSwapchainImageBaseHeader*>(images.data())),
                   (desc.name + " images").c_str());
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::string name = "xr " + desc.name + " " + std::to_string(i);
        context.names().set(images[i].image, VK_OBJECT_TYPE_IMAGE, name);
        images_.push_back(images[i].image);
        views_.push_back(vk::create_image_view(
            context, images[i].image,
            vk::ImageDesc{.format = desc.format,
                          .extent = desc.extent,
                          .layers = 2,
                          .usage = depth ? VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT
                                         : VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT,
                          .aspect = depth ? VK_IMAGE_ASPECT_DEPTH_BIT : VK_IMAGE_ASPECT_COLOR_BIT},
            name));
    }
}

std::uint32_t Swapchain::acquire() {
    const XrSwapchainImageAcquireInfo acquire_info{.type = XR_TYPE_SWAPCHAIN_IMAGE_ACQUIRE_INFO};
    std::uint32_t index = 0;
    XRVIZ_XR_CHECK(xrAcquireSwapchainImage(swapchain_.get(), &acquire_info, &index),
                   desc_.name.c_str());
    const XrSwapchainImageWaitInfo wait{.type = XR_TYPE_SWAPCHAIN_IMAGE_WAIT_INFO,
                                        .timeout = XR_INFINITE_DURATION};
    XRVIZ_XR_CHECK(xrWaitSwapchainImage(swapchain_.get(), &wait), desc_.name.c_str());
    acquired_ = true;
    return index;
}

void Swapchain::release() {
    const XrSwapchainImageReleaseInfo info{.type = XR_TYPE_SWAPCHAIN_IMAGE_RELEASE_INFO};
    XRVIZ_XR_CHECK(xrReleaseSwapchainImage(swapchain_.get(), &info), desc_.name.c_str());
    acquired_ = false;
}

XrSwapchainSubImage Swapchain::sub_image(std::uint32_t eye) const {
    return XrSwapchainSubImage{
        .swapchain = swapchain_.get(),
        .imageRect = {{0, 0},
                      {static_cast<std::int32_t>(desc_.extent.width),
                       static_cast<std::int32_t>(desc_.extent.height)}},
        .imageArrayIndex = eye,
    };
}

std::vector<std::int64_t> offered_swapchain_formats(XrSession session) {
    std::uint32_t count = 0;
    XRVIZ_XR_CHECK(xrEnumerateSwapchainFormats(session, 0, &count, nullptr), "swapchain formats");
    std::vector<std::int64_t> formats(count);
    XRVIZ_XR_CHECK(xrEnumerateSwapchainFormats(session, count, &count, formats.data()),
                   "swapchain formats");
    formats.resize(count);
    return formats;
}

}  // namespace xrviz::xr
