#pragma once
// The window's Vulkan side: context (with the surface extensions), surface, swapchain,
// renderer and screenshot capture, in creation order so teardown is the reverse. draw()
// renders one frame: the scene into the acquired swapchain image (left in
// COLOR_ATTACHMENT_OPTIMAL), the panels over it (ending in PRESENT_SRC), an optional
// screenshot copy, submit and present; out-of-date and suboptimal swapchains and size
// changes are rebuilt here, and a 0x0 window is never drawn.
#include <filesystem>
#include <functional>
#include <optional>

#include <imgui.h>

#include "app/cli/options.h"
#include "app/desktop/glfw_window.h"
#include "app/desktop/window_capture.h"
#include "engine/render/gpu.h"
#include "engine/render/renderer.h"
#include "engine/ui/ui_pass.h"
#include "engine/vk/swapchain.h"
#include "scenes/viewer.h"

namespace xrviz::app::desktop {

class WindowStack {
public:
    WindowStack(const Options& options, GlfwWindow& window);
    ~WindowStack();
    WindowStack(const WindowStack&) = delete;
    WindowStack& operator=(const WindowStack&) = delete;

    // The renderer's figures, or nothing when the frame could not be drawn (a 0x0 window,
    // an out-of-date swapchain: rebuilt for the next frame). `add_to_frame` adds to the
    // scene's frame before it is drawn (a tour's caption panel).
    std::optional<render::RenderStats> draw(
        const scenes::Viewer& viewer, render::FrameDescription& frame, ui::UiPass& ui_pass,
        ImDrawData* draw_data, const std::optional<std::filesystem::path>& screenshot,
        const std::function<void(render::FrameDescription&)>& add_to_frame = {});

    const vk::Context& context() const { return gpu_.context; }
    const vk::Swapchain& swapchain() const { return swapchain_; }
    std::optional<double> last_gpu_ms() const { return gpu_.frames.last_gpu_ms(); }
    void wait_idle() { gpu_.frames.wait_all(); }
    // 0, or 3 after printing how many validation messages there were (--validation).
    int validation_exit_code() const;

private:
    render::TargetFormat target_format(int msaa) const;
    void recreate(VkExtent2D extent, ui::UiPass& ui_pass);

    GlfwWindow& window_;
    render::Gpu gpu_;
    vk::UniqueSurface surface_;
    vk::Swapchain swapchain_;
    render::TargetFormat format_;
    render::Renderer renderer_;
    WindowCapture capture_;
    bool needs_recreate_ = false;
};

}  // namespace xrviz::app::desktop
