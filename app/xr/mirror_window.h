#pragma once
// The Vulkan side of the presenter's window (--mirror): a desktop window showing the left
// eye. Each rendered frame, layer 0 of the headset's swapchain image is blitted into the
// window's swapchain image in the same command buffer, after the scene pass; ImGui's panels
// are drawn over it, and a screenshot copy taken when asked. The window keeps its own
// aspect (the eye image is stretched to it).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/desktop/glfw_window.h"
#include "app/desktop/window_capture.h"
#include "engine/ui/ui_context.h"
#include "engine/ui/ui_pass.h"
#include "engine/vk/context.h"
#include "engine/vk/frame_ring.h"
#include "engine/vk/swapchain.h"

namespace xrviz::app {

class MirrorWindow {
public:
    // What the Vulkan instance and device need for a window; call after a GlfwLibrary exists.
    static std::vector<std::string> instance_extensions();
    static std::vector<std::string> device_extensions();

    // `ui` is the ImGui context whose panels are drawn over the eye.
    MirrorWindow(const vk::Context& context, vk::MemoryAllocator& allocator, ui::UiContext& ui,
                 VkExtent2D eye_extent);
    ~MirrorWindow();
    MirrorWindow(const MirrorWindow&) = delete;
    MirrorWindow& operator=(const MirrorWindow&) = delete;

    desktop::GlfwWindow& window() { return window_; }

    // Records, into the ring's current command buffer: layer 0 of `eye_image` (in
    // COLOR_ATTACHMENT_OPTIMAL, left there again) into the window's image, `overlay` over
    // it, and a copy for `screenshot`. Nothing when the window cannot take a frame now
    // (minimised, out of date: rebuilt for the next one). The frame's submission waits on
    // the image's `image_available` at the transfer stage (kWaitStage) and signals
    // `render_finished`.
    std::optional<vk::AcquiredImage> record(vk::FrameRing& frames, VkImage eye_image,
                                            VkExtent2D eye_extent, ImDrawData* overlay,
                                            const std::optional<std::filesystem::path>& screenshot);
    static constexpr VkPipelineStageFlags kWaitStage = VK_PIPELINE_STAGE_TRANSFER_BIT;
    // After the frame was submitted: shows it, and writes a screenshot it carried (waiting
    // for the GPU). True when a screenshot was written.
    bool present(const vk::AcquiredImage& image, vk::FrameRing& frames);

private:
    void rebuild();

    const vk::Context& context_;
    desktop::GlfwWindow window_;
    vk::UniqueSurface surface_;
    vk::Swapchain swapchain_;
    ui::UiPass ui_pass_;
    desktop::WindowCapture capture_;
};

}  // namespace xrviz::app
