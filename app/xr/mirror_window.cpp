#include "app/xr/mirror_window.h"

#include <algorithm>
#include <array>

#include "engine/core/log.h"
#include "engine/render/gpu.h"

namespace xrviz::app {
namespace {

VkExtent2D window_extent(VkExtent2D eye) {
    // Half the eye's size keeps the window on a laptop screen for a 2k-per-eye headset; a
    // small eye is scaled up so the operator panel fits beside the picture.
    const float scale = std::max(0.5f, 720.0f / static_cast<float>(std::max(eye.width, 1u)));
    return {static_cast<std::uint32_t>(static_cast<float>(eye.width) * scale),
            static_cast<std::uint32_t>(static_cast<float>(eye.height) * scale)};
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

VkExtent2D to_extent(glm::ivec2 size) {
    return {static_cast<std::uint32_t>(size.x), static_cast<std::uint32_t>(size.y)};
}

}  // namespace

std::vector<std::string> MirrorWindow::instance_extensions() {
    return desktop::GlfwLibrary::required_instance_extensions();
}

std::vector<std::string> MirrorWindow::device_extensions() {
    return {VK_KHR_SWAPCHAIN_EXTENSION_NAME};
}

MirrorWindow::MirrorWindow(const vk::Context& context, vk::MemoryAllocator& allocator,
                           ui::UiContext& ui, VkExtent2D eye_extent)
    : context_(context),
      window_(static_cast<int>(window_extent(eye_extent).width),
              static_cast<int>(window_extent(eye_extent).height), "xrviz mirror (left eye)"),
      surface_(window_.create_surface(context.instance())),
      swapchain_(
          context, surface_.get(), to_extent(window_.framebuffer_size()),
          vk::SwapchainOptions{
              .vsync = false, .frames_in_flight = render::kFramesInFlight, .copy_into = true}),
      ui_pass_(context, ui,
               ui::UiPassFormat{.colour_format = swapchain_.format(),
                                .initial_layout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                                .final_layout = VK_IMAGE_LAYOUT_PRESENT_SRC_KHR,
                                .frames_in_flight = render::kFramesInFlight}),
      capture_(context, allocator) {}

MirrorWindow::~MirrorWindow() {
    context_.wait_idle();
}

void MirrorWindow::rebuild() {
    const glm::ivec2 size = window_.framebuffer_size();
    if (size.x <= 0 || size.y <= 0)
        return;
    swapchain_.recreate(to_extent(size));
    ui_pass_.forget_target_views();
}

std::optional<vk::AcquiredImage> MirrorWindow::record(
    vk::FrameRing& frames, VkImage eye_image, VkExtent2D eye_extent, ImDrawData* overlay,
    const std::optional<std::filesystem::path>& screenshot) {
    if (window_.iconified())
        return std::nullopt;
    const glm::ivec2 size = window_.framebuffer_size();
    if (size.x > 0 && size.y > 0 &&
        (swapchain_.extent().width != static_cast<std::uint32_t>(size.x) ||
         swapchain_.extent().height != static_cast<std::uint32_t>(size.y))) {
        rebuild();
    }
    const auto acquired = swapchain_.acquire(frames.slot());
    if (!acquired) {
        rebuild();
        return std::nullopt;
    }
    const VkCommandBuffer cmd = frames.command_buffer();
    const vk::SwapchainImage& target = swapchain_.image(acquired->index);
    const std::array before{
        barrier(eye_image, 0, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
                VK_ACCESS_TRANSFER_READ_BIT),
        barrier(target.image, 0, VK_IMAGE_LAYOUT_UNDEFINED, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 0,
                VK_ACCESS_TRANSFER_WRITE_BIT),
    };
    // The transfer stage is where the submission waits for the window's image.
    vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT | kWaitStage,
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
    vkCmdBlitImage(cmd, eye_image, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, target.image,
                   VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 1, &blit, VK_FILTER_LINEAR);
    const std::array after{
        barrier(eye_image, 0, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL, VK_ACCESS_TRANSFER_READ_BIT,
                VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT | VK_ACCESS_COLOR_ATTACHMENT_READ_BIT),
        barrier(target.image, 0, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL, VK_ACCESS_TRANSFER_WRITE_BIT,
                VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT | VK_ACCESS_COLOR_ATTACHMENT_READ_BIT),
    };
    vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_TRANSFER_BIT,
                         VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT, 0, 0, nullptr, 0, nullptr,
                         static_cast<std::uint32_t>(after.size()), after.data());
    // The panels' pass leaves the image ready to present.
    ui_pass_.record(cmd, target.view, window, overlay);
    if (screenshot) {
        if (swapchain_.can_read_back()) {
            capture_.record(cmd, target.image, swapchain_.format(), window, *screenshot);
        } else {
            log::warn("mirror", "this surface cannot be read back; no screenshot");
        }
    }
    return acquired;
}

bool MirrorWindow::present(const vk::AcquiredImage& image, vk::FrameRing& frames) {
    if (swapchain_.present(image) == vk::PresentResult::needs_recreate)
        rebuild();
    if (!capture_.pending())
        return false;
    frames.wait_all();
    capture_.write();
    return true;
}

}  // namespace xrviz::app
