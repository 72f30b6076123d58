#include "app/xr/mirror_window.h"

#include <array>

namespace xrviz::app {
namespace {

VkExtent2D window_extent(VkExtent2D eye) {
    // Half the eye's size keeps the window on a laptop screen for a 2k-per-eye headset.
    return {std::max(eye.width / 2, 320u), std::max(eye.height / 2, 320u)};
}

VkImageMemoryBarrier barrier(VkImage image, std::uint32_t layer, VkImageLayout from,
                             VkImageLayout to, VkAccessFlags src, VkAccessFlags dst) {
    return VkImageMemoryBarrier{
        .sType = VK_STRUCTURE_TYPE_IMAGE_MEMORY_BARRIER,
        .srcAccessMask = src,
        .dstAccessMask = dst,
        .oldLayout = from,
        .newLayout = to,
        .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .image = image,
        .subresourceRange = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 1, layer, 1},
    };
}

}  // namespace

std::vector<std::string> MirrorWindow::instance_extensions() {
    return desktop::GlfwLibrary::required_instance_extensions();
}

std::vector<std::string> MirrorWindow::device_extensions() {
    return {VK_KHR_SWAPCHAIN_EXTENSION_NAME};
}

MirrorWindow::MirrorWindow(const vk::Context& context, VkExtent2D eye_extent)
    : context_(context),
      window_(static_cast<int>(window_extent(eye_extent).width),
              static_cast<int>(window_extent(eye_extent).height), "xrviz mirror (left eye)"),
      surface_(window_.create_surface(context.instance())),
      swapchain_(context, surface_.get(),
                 {static_cast<std::uint32_t>(window_.framebuffer_size().x),
                  static_cast<std::uint32_t>(window_.framebuffer_size().y)},
                 vk::SwapchainOptions{.vsync = false}) {}

MirrorWindow::~MirrorWindow() {
    context_.wait_idle();
}

bool MirrorWindow::should_close() {
    window_.poll();
    window_.take_frame_events();
    return window_.should_close();
}

std::optional<vk::AcquiredImage> MirrorWindow::record(vk::FrameRing& frames, VkImage eye_image,
                                                      VkExtent2D eye_extent) {
    if (window_.iconified())
        return std::nullopt;
    const auto acquired = swapchain_.acquire(frames.slot());
    if (!acquired) {
        const auto size = window_.framebuffer_size();
        if (size.x > 0 && size.y > 0) {
            swapchain_.recreate(
                {static_cast<std::uint32_t>(size.x), static_cast<std::uint32_t>(size.y)});
        }
        return std::nullopt;
    }
    const VkCommandBuffer cmd = frames.command_buffer();
    const VkImage target = swapchain_.image(acquired->index).image;
    const std::array before{
        barrier(eye_image, 0, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
                VK_ACCESS_TRANSFER_READ_BIT),
        barrier(target, 0, VK_IMAGE_LAYOUT_UNDEFINED, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 0,
                VK_ACCESS_TRANSFER_WRITE_BIT),
    };
    vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                         VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 0, nullptr, 0, nullptr,
                         static_cast<std::uint32_t>(before.size()), before.data());
    const VkExtent2D window = swapchain_.extent();
    const VkImageBlit blit{
        .srcSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1},
        .srcOffsets = {{0, 0, 0},
                       {static_cast<std::int32_t>(eye_extent.width),
                        static_cast<std::int32_t>(eye_extent.height), 1}},
        .dstSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1},
        .dstOffsets = {{0, 0, 0},
                       {static_cast<std::int32_t>(window.width),
                        static_cast<std::int32_t>(window.height), 1}},
    };
    vkCmdBlitImage(cmd, eye_image, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, target,
                   VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 1, &blit, VK_FILTER_LINEAR);
    const std::array after{
        barrier(eye_image, 0, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL, VK_ACCESS_TRANSFER_READ_BIT,
                VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT | VK_ACCESS_COLOR_ATTACHMENT_READ_BIT),
        barrier(target, 0, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, VK_IMAGE_LAYOUT_PRESENT_SRC_KHR,
                VK_ACCESS_TRANSFER_WRITE_BIT, 0),
    };
    vkCmdPipelineBarrier(
        cmd, VK_PIPELINE_STAGE_TRANSFER_BIT,
        VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT | VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, 0, 0,
        nullptr, 0, nullptr, static_cast<std::uint32_t>(after.size()), after.data());
    return acquired;
}

void MirrorWindow::present(const vk::AcquiredImage& image) {
    if (swapchain_.present(image) == vk::PresentResult::needs_recreate) {
        const auto size = window_.framebuffer_size();
        if (size.x > 0 && size.y > 0) {
            swapchain_.recreate(
                {static_cast<std::uint32_t>(size.x), static_cast<std::uint32_t>(size.y)});
        }
    }
}

}  // namespace xrviz::app
