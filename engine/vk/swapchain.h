#pragma once
// A window's surface and swapchain. The surface is created by whoever owns the window (GLFW
// on the desktop) and adopted here. acquire() and present() report an out-of-date or
// suboptimal swapchain instead of throwing; the caller recreates with the window's new
// size, and a 0x0 window (minimized) is never given a swapchain.
//
// The images are exposed as plain handles: engine/render wraps them as RenderTargets
// (engine/vk sits below engine/render and must not see it).
#include <vulkan/vulkan.h>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "engine/vk/handle.h"

namespace xrviz::vk {

class Context;

// Owns a VkSurfaceKHR created elsewhere (glfwCreateWindowSurface).
class UniqueSurface {
public:
    UniqueSurface() = default;
    UniqueSurface(VkInstance instance, VkSurfaceKHR surface)
        : instance_(instance), surface_(surface) {}
    ~UniqueSurface() { reset(); }
    UniqueSurface(const UniqueSurface&) = delete;
    UniqueSurface& operator=(const UniqueSurface&) = delete;
    UniqueSurface(UniqueSurface&& other) noexcept
        : instance_(other.instance_), surface_(std::exchange(other.surface_, VK_NULL_HANDLE)) {}
    UniqueSurface& operator=(UniqueSurface&& other) noexcept {
        if (this != &other) {
            reset();
            instance_ = other.instance_;
            surface_ = std::exchange(other.surface_, VK_NULL_HANDLE);
        }
        return *this;
    }
    VkSurfaceKHR get() const { return surface_; }
    void reset() {
        if (surface_ != VK_NULL_HANDLE)
            vkDestroySurfaceKHR(instance_, surface_, nullptr);
        surface_ = VK_NULL_HANDLE;
    }

private:
    VkInstance instance_ = VK_NULL_HANDLE;
    VkSurfaceKHR surface_ = VK_NULL_HANDLE;
};

struct SwapchainOptions {
    bool vsync = true;  // FIFO; otherwise MAILBOX or IMMEDIATE where the surface has them
    std::uint32_t frames_in_flight = 2;
    bool copy_into = false;  // images are blitted into (a mirror of another image)
};

struct SwapchainImage {
    VkImage image = VK_NULL_HANDLE;
    VkImageView view = VK_NULL_HANDLE;
};

// The image to draw this frame, with the semaphores the frame's submission waits on and
// signals.
struct AcquiredImage {
    std::uint32_t index = 0;
    VkSemaphore image_available = VK_NULL_HANDLE;  // wait on this before writing the image
    VkSemaphore render_finished = VK_NULL_HANDLE;  // signal this; present waits on it
};

enum class PresentResult { ok, needs_recreate };

class Swapchain {
public:
    // `extent` is the window's framebuffer size in pixels; it must not be 0x0.
    Swapchain(const Context& context, VkSurfaceKHR surface, VkExtent2D extent,
              const SwapchainOptions& options);
    ~Swapchain();
    Swapchain(const Swapchain&) = delete;
    Swapchain& operator=(const Swapchain&) = delete;

    // Rebuilds for a new window size (or after out-of-date). Waits for the device first.
    void recreate(VkExtent2D extent);

    // Nothing when the swapchain is out of date: recreate and try again next frame.
    // `slot` is the frame-in-flight slot, whose earlier use has completed.
    std::optional<AcquiredImage> acquire(std::uint32_t slot);
    PresentResult present(const AcquiredImage& image);

    VkFormat format() const { return format_; }
    VkExtent2D extent() const { return extent_; }
    VkPresentModeKHR present_mode() const { return present_mode_; }
    // Whether images can be copied out (screenshots of the window).
    bool can_read_back() const { return can_read_back_; }
    const SwapchainImage& image(std::uint32_t index) const { return images_.at(index); }
    std::uint32_t image_count() const { return static_cast<std::uint32_t>(images_.size()); }
    // Incremented by every recreate, so that caches of image views can tell they are stale.
    std::uint64_t generation() const { return generation_; }

private:
    void create(VkExtent2D extent);
    void destroy_images();

    const Context& context_;
    VkSurfaceKHR surface_;
    SwapchainOptions options_;
    VkSwapchainKHR swapchain_ = VK_NULL_HANDLE;
    VkFormat format_ = VK_FORMAT_UNDEFINED;
    VkColorSpaceKHR colour_space_ = VK_COLOR_SPACE_SRGB_NONLINEAR_KHR;
    VkExtent2D extent_{0, 0};
    VkPresentModeKHR present_mode_ = VK_PRESENT_MODE_FIFO_KHR;
    bool can_read_back_ = false;
    std::vector<SwapchainImage> images_;
    std::vector<UniqueImageView> views_;
    std::vector<UniqueSemaphore> image_available_;  // one per frame in flight
    std::vector<UniqueSemaphore> render_finished_;  // one per image
    std::uint64_t generation_ = 0;
};

}  // namespace xrviz::vk
