#include "engine/vk/swapchain.h"

#include <algorithm>
#include <string>

#include "engine/core/error.h"
#include "engine/core/log.h"
#include "engine/vk/check.h"
#include "engine/vk/context.h"

namespace xrviz::vk {
namespace {

VkSurfaceFormatKHR choose_format(const Context& context, VkSurfaceKHR surface) {
    std::uint32_t count = 0;
    XRVIZ_VK_CHECK(
        vkGetPhysicalDeviceSurfaceFormatsKHR(context.physical_device(), surface, &count, nullptr),
        "surface formats");
    std::vector<VkSurfaceFormatKHR> formats(count);
    XRVIZ_VK_CHECK(vkGetPhysicalDeviceSurfaceFormatsKHR(context.physical_device(), surface, &count,
                                                        formats.data()),
                   "surface formats");
    if (formats.empty())
        fail("the window surface offers no formats");
    // sRGB formats: the renderer writes linear colour and the hardware encodes it, exactly
    // as in the offscreen target, so a window and a screenshot show the same pixels.
    for (VkFormat wanted : {VK_FORMAT_B8G8R8A8_SRGB, VK_FORMAT_R8G8B8A8_SRGB}) {
        for (const auto& f : formats) {
            if (f.format == wanted && f.colorSpace == VK_COLOR_SPACE_SRGB_NONLINEAR_KHR)
                return f;
        }
    }
    fail("the window surface offers no 8-bit sRGB format (B8G8R8A8_SRGB or R8G8B8A8_SRGB)");
}

VkPresentModeKHR choose_present_mode(const Context& context, VkSurfaceKHR surface, bool vsync) {
    // FIFO is the only mode every surface must support, and it is vsync.
    if (vsync)
        return VK_PRESENT_MODE_FIFO_KHR;
    std::uint32_t count = 0;
    XRVIZ_VK_CHECK(vkGetPhysicalDeviceSurfacePresentModesKHR(context.physical_device(), surface,
                                                             &count, nullptr),
                   "present modes");
    std::vector<VkPresentModeKHR> modes(count);
    XRVIZ_VK_CHECK(vkGetPhysicalDeviceSurfacePresentModesKHR(context.physical_device(), surface,
                                                             &count, modes.data()),
                   "present modes");
    for (VkPresentModeKHR wanted : {VK_PRESENT_MODE_MAILBOX_KHR, VK_PRESENT_MODE_IMMEDIATE_KHR}) {
        if (std::find(modes.begin(), modes.end(), wanted) != modes.end())
            return wanted;
    }
    return VK_PRESENT_MODE_FIFO_KHR;
}

UniqueSemaphore create_semaphore(const Context& context, const std::string& name) {
    const VkSemaphoreCreateInfo info{.sType = VK_STRUCTURE_TYPE_SEMAPHORE_CREATE_INFO};
    VkSemaphore semaphore = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateSemaphore(context.device(), &info, nullptr, &semaphore), name);
    context.names().set(semaphore, VK_OBJECT_TYPE_SEMAPHORE, name);
    return UniqueSemaphore(context.device(), semaphore);
}

}  // namespace

Swapchain::Swapchain(const Context& context, VkSurfaceKHR surface, VkExtent2D extent,
                     const SwapchainOptions& options)
    : context_(context), surface_(surface), options_(options) {
    VkBool32 supported = VK_FALSE;
    XRVIZ_VK_CHECK(vkGetPhysicalDeviceSurfaceSupportKHR(
                       context.physical_device(), context.queue_family(), surface, &supported),
                   "surface support");
    if (!supported)
        fail("the graphics queue cannot present to this window");
    const VkSurfaceFormatKHR format = choose_format(context, surface);
    format_ = format.format;
    colour_space_ = format.colorSpace;
    present_mode_ = choose_present_mode(context, surface, options.vsync);
    for (std::uint32_t i = 0; i < options.frames_in_flight; ++i) {
        image_available_.push_back(
            create_semaphore(context, "swapchain image available " + std::to_string(i)));
    }
    create(extent);
}

Swapchain::~Swapchain() {
    // Presentation is not fenced; the queue must be idle before the images go away. A
    // failure here (device lost) leaves nothing better to do than to go on tearing down.
    vkDeviceWaitIdle(context_.device());
    destroy_images();
    if (swapchain_)
        vkDestroySwapchainKHR(context_.device(), swapchain_, nullptr);
}

void Swapchain::destroy_images() {
    views_.clear();
    images_.clear();
    render_finished_.clear();
}

void Swapchain::recreate(VkExtent2D extent) {
    context_.wait_idle();
    create(extent);
}

void Swapchain::create(VkExtent2D extent) {
    if (extent.width == 0 || extent.height == 0)
        fail("a swapchain cannot be 0x0 (minimized)");
    VkSurfaceCapabilitiesKHR caps{};
    XRVIZ_VK_CHECK(
        vkGetPhysicalDeviceSurfaceCapabilitiesKHR(context_.physical_device(), surface_, &caps),
        "surface capabilities");
    // 0xFFFFFFFF: the surface takes the size of the swapchain; otherwise it dictates it.
    if (caps.currentExtent.width != 0xFFFFFFFFu) {
        extent = caps.currentExtent;
    }
    extent.width = std::clamp(extent.width, caps.minImageExtent.width, caps.maxImageExtent.width);
    extent.height =
        std::clamp(extent.height, caps.minImageExtent.height, caps.maxImageExtent.height);
    if (extent.width == 0 || extent.height == 0)
        fail("the window surface is 0x0 (minimized)");

    std::uint32_t image_count = std::max(caps.minImageCount + 1, 3u);
    if (caps.maxImageCount > 0)
        image_count = std::min(image_count, caps.maxImageCount);
    can_read_back_ = (caps.supportedUsageFlags & VK_IMAGE_USAGE_TRANSFER_SRC_BIT) != 0;

    VkImageUsageFlags usage = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT;
    if (can_read_back_)
        usage |= VK_IMAGE_USAGE_TRANSFER_SRC_BIT;
    if (options_.copy_into) {
        if ((caps.supportedUsageFlags & VK_IMAGE_USAGE_TRANSFER_DST_BIT) == 0)
            fail("the window surface cannot be copied into (no TRANSFER_DST usage)");
        usage |= VK_IMAGE_USAGE_TRANSFER_DST_BIT;
    }
    VkSwapchainKHR old = swapchain_;
    const VkSwapchainCreateInfoKHR info{
        .sType = VK_STRUCTURE_TYPE_SWAPCHAIN_CREATE_INFO_KHR,
        .surface = surface_,
        .minImageCount = image_count,
        .imageFormat = format_,
        .imageColorSpace = colour_space_,
        .imageExtent = extent,
        .imageArrayLayers = 1,
        .imageUsage = usage,
        .imageSharingMode = VK_SHARING_MODE_EXCLUSIVE,
        .preTransform = (caps.supportedTransforms & VK_SURFACE_TRANSFORM_IDENTITY_BIT_KHR)
                            ? VK_SURFACE_TRANSFORM_IDENTITY_BIT_KHR
                            : caps.currentTransform,
        .compositeAlpha = VK_COMPOSITE_ALPHA_OPAQUE_BIT_KHR,
        .presentMode = present_mode_,
        .clipped = VK_TRUE,
        .oldSwapchain = old,
    };
    VkSwapchainKHR created = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateSwapchainKHR(context_.device(), &info, nullptr, &created),
                   "window swapchain");
    destroy_images();
    if (old)
        vkDestroySwapchainKHR(context_.device(), old, nullptr);
    swapchain_ = created;
    extent_ = extent;
    ++generation_;
    context_.names().set(swapchain_, VK_OBJECT_TYPE_SWAPCHAIN_KHR, "window swapchain");

    std::uint32_t count = 0;
    XRVIZ_VK_CHECK(vkGetSwapchainImagesKHR(context_.device(), swapchain_, &count, nullptr),
                   "swapchain images");
    std::vector<VkImage> images(count);
    XRVIZ_VK_CHECK(vkGetSwapchainImagesKHR(context_.device(), swapchain_, &count, images.data()),
                   "swapchain images");
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::string name = "swapchain image " + std::to_string(i);
        context_.names().set(images[i], VK_OBJECT_TYPE_IMAGE, name);
        const VkImageViewCreateInfo view_info{
            .sType = VK_STRUCTURE_TYPE_IMAGE_VIEW_CREATE_INFO,
            .image = images[i],
            .viewType = VK_IMAGE_VIEW_TYPE_2D,
            .format = format_,
            .subresourceRange = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 1, 0, 1},
        };
        VkImageView view = VK_NULL_HANDLE;
        XRVIZ_VK_CHECK(vkCreateImageView(context_.device(), &view_info, nullptr, &view), name);
        context_.names().set(view, VK_OBJECT_TYPE_IMAGE_VIEW, name);
        views_.emplace_back(context_.device(), view);
        images_.push_back({images[i], view});
        render_finished_.push_back(
            create_semaphore(context_, "swapchain render finished " + std::to_string(i)));
    }
    log::info("vulkan", "swapchain " + std::to_string(extent.width) + "x" +
                            std::to_string(extent.height) + ", " + std::to_string(count) +
                            " images");
}

std::optional<AcquiredImage> Swapchain::acquire(std::uint32_t slot) {
    const VkSemaphore available = image_available_.at(slot).get();
    std::uint32_t index = 0;
    const VkResult result = vkAcquireNextImageKHR(context_.device(), swapchain_, UINT64_MAX,
                                                  available, VK_NULL_HANDLE, &index);
    // Out of date: nothing was acquired and the semaphore stays unsignalled.
    if (result == VK_ERROR_OUT_OF_DATE_KHR)
        return std::nullopt;
    // Suboptimal still acquired an image (and will signal the semaphore): draw this frame,
    // present() reports the need to recreate.
    XRVIZ_VK_CHECK(result, "acquiring a swapchain image");
    return AcquiredImage{index, available, render_finished_.at(index).get()};
}

PresentResult Swapchain::present(const AcquiredImage& image) {
    const VkPresentInfoKHR info{
        .sType = VK_STRUCTURE_TYPE_PRESENT_INFO_KHR,
        .waitSemaphoreCount = 1,
        .pWaitSemaphores = &image.render_finished,
        .swapchainCount = 1,
        .pSwapchains = &swapchain_,
        .pImageIndices = &image.index,
    };
    const VkResult result = vkQueuePresentKHR(context_.queue(), &info);
    if (result == VK_ERROR_OUT_OF_DATE_KHR || result == VK_SUBOPTIMAL_KHR) {
        return PresentResult::needs_recreate;
    }
    XRVIZ_VK_CHECK(result, "presenting a swapchain image");
    return PresentResult::ok;
}

}  // namespace xrviz::vk
