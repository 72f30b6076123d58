#include "app/desktop/window_stack.h"

#include <cstdio>

#include "app/desktop/window_target.h"
#include "engine/core/log.h"

namespace xrviz::app::desktop {
namespace {

vk::ContextOptions context_options(const Options& options) {
    vk::ContextOptions out{.validation = options.validation};
    out.instance_extensions = GlfwLibrary::required_instance_extensions();
    out.device_extensions = {VK_KHR_SWAPCHAIN_EXTENSION_NAME};
    return out;
}

VkExtent2D to_extent(glm::ivec2 size) {
    return {static_cast<std::uint32_t>(size.x), static_cast<std::uint32_t>(size.y)};
}

}  // namespace

WindowStack::WindowStack(const Options& options, GlfwWindow& window)
    : window_(window),
      gpu_(context_options(options)),
      surface_(window.create_surface(gpu_.context.instance())),
      swapchain_(gpu_.context, surface_.get(), to_extent(window.framebuffer_size()),
                 vk::SwapchainOptions{.vsync = !options.no_vsync,
                                      .frames_in_flight = render::kFramesInFlight}),
      format_(target_format(options.msaa)),
      renderer_(gpu_.context, gpu_.allocator, gpu_.frames, format_, gpu_.font),
      capture_(gpu_.context, gpu_.allocator) {}

WindowStack::~WindowStack() {
    gpu_.frames.wait_all();
}

render::TargetFormat WindowStack::target_format(int msaa) const {
    return render::TargetFormat{
        .colour_format = swapchain_.format(),
        .extent = swapchain_.extent(),
        .view_count = 1,
        .samples = render::sample_count_bits(msaa),
        // The UI pass follows and ends in PRESENT_SRC.
        .final_layout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
    };
}

void WindowStack::recreate(VkExtent2D extent, ui::UiPass& ui_pass) {
    gpu_.frames.wait_all();
    swapchain_.recreate(extent);
    // The old images are gone: so are the framebuffers made for their views.
    renderer_.forget_target_views();
    ui_pass.forget_target_views();
    format_.extent = swapchain_.extent();
    renderer_.set_target_format(format_);
    needs_recreate_ = false;
}

std::optional<render::RenderStats> WindowStack::draw(
    const scenes::Viewer& viewer, render::FrameDescription& frame, ui::UiPass& ui_pass,
    ImDrawData* draw_data, const std::optional<std::filesystem::path>& screenshot,
    const std::function<void(render::FrameDescription&)>& add_to_frame) {
    const glm::ivec2 size = window_.framebuffer_size();
    if (size.x <= 0 || size.y <= 0)
        return std::nullopt;
    if (needs_recreate_ || swapchain_.extent().width != static_cast<std::uint32_t>(size.x) ||
        swapchain_.extent().height != static_cast<std::uint32_t>(size.y)) {
        recreate(to_extent(size), ui_pass);
    }
    VkCommandBuffer cmd = gpu_.frames.begin_frame();
    const auto acquired = swapchain_.acquire(gpu_.frames.slot());
    if (!acquired) {
        // Out of date: submit the empty frame (keeps the ring in step), rebuild next time.
        gpu_.frames.end_frame();
        needs_recreate_ = true;
        return std::nullopt;
    }
    WindowTarget target(format_, swapchain_.image(acquired->index));
    const VkExtent2D extent = format_.extent;
    frame.views = {
        viewer.camera_view(static_cast<float>(extent.width) / static_cast<float>(extent.height))};
    viewer.describe(frame);
    if (add_to_frame)
        add_to_frame(frame);
    const render::RenderStats stats = renderer_.record(frame, target);
    ui_pass.record(cmd, target.colour_view(), extent, draw_data);
    if (screenshot) {
        if (swapchain_.can_read_back()) {
            capture_.record(cmd, target.colour_image(), swapchain_.format(), extent, *screenshot);
        } else {
            log::warn("desktop", "this surface cannot be read back; no screenshot");
        }
    }
    gpu_.frames.end_frame(acquired, VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT);
    if (swapchain_.present(*acquired) == vk::PresentResult::needs_recreate) {
        needs_recreate_ = true;
    }
    if (capture_.pending()) {
        gpu_.frames.wait_all();
        capture_.write();
    }
    return stats;
}

int WindowStack::validation_exit_code() const {
    const auto messages = gpu_.context.validation_message_count();
    if (messages == 0)
        return 0;
    std::fprintf(stderr, "xrviz: %llu Vulkan validation message(s); failing the run\n",
                 static_cast<unsigned long long>(messages));
    return 3;
}

}  // namespace xrviz::app::desktop
