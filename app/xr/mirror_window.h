#pragma once
// --mirror: a desktop window showing the left eye, for presenters at demos. Each rendered
// frame, layer 0 of the headset's swapchain image is blitted into the window's swapchain
// image in the same command buffer, after the scene pass; the window keeps its own aspect
// (the eye image is stretched to it). Closing the window asks the runtime to exit.
#include <optional>
#include <string>
#include <vector>

#include "app/desktop/glfw_window.h"
#include "engine/vk/context.h"
#include "engine/vk/frame_ring.h"
#include "engine/vk/swapchain.h"

namespace xrviz::app {

class MirrorWindow {
public:
    // What the Vulkan instance and device need for a window; call after a GlfwLibrary exists.
    static std::vector<std::string> instance_extensions();
    static std::vector<std::string> device_extensions();

    MirrorWindow(const vk::Context& context, VkExtent2D eye_extent);
    ~MirrorWindow();
    MirrorWindow(const MirrorWindow&) = delete;
    MirrorWindow& operator=(const MirrorWindow&) = delete;

    // Records the copy of layer 0 of `eye_image` (in COLOR_ATTACHMENT_OPTIMAL, left there
    // again) into the ring's current command buffer. Nothing when the window cannot take
    // a frame now (minimised, out of date: rebuilt for the next one).
    std::optional<vk::AcquiredImage> record(vk::FrameRing& frames, VkImage eye_image,
                                            VkExtent2D eye_extent);
    void present(const vk::AcquiredImage& image);
    bool should_close();

private:
    const vk::Context& context_;
    desktop::GlfwWindow window_;
    vk::UniqueSurface surface_;
    vk::Swapchain swapchain_;
};

}  // namespace xrviz::app
