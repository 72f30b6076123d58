#pragma once
// The desktop window: GLFW initialised once, one window with no client API (Vulkan draws
// into it), and its callbacks turned into input events (app/input) queued for the frame
// loop. Live events are taken a frame at a time; a button or key that changes twice
// within one batch waits for the next frame, because ImGui 1.86 samples button state per
// frame and would miss a click that came and went in one.
#include <vulkan/vulkan.h>

#include <deque>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "app/input/input_event.h"
#include "engine/vk/swapchain.h"

struct GLFWwindow;

namespace xrviz::app::desktop {

class GlfwLibrary {
public:
    GlfwLibrary();  // throws Error when there is no display or no Vulkan loader
    ~GlfwLibrary();
    GlfwLibrary(const GlfwLibrary&) = delete;
    GlfwLibrary& operator=(const GlfwLibrary&) = delete;
    // The instance extensions a window surface needs.
    static std::vector<std::string> required_instance_extensions();
};

class GlfwWindow {
public:
    GlfwWindow(int width, int height, const std::string& title);
    ~GlfwWindow();
    GlfwWindow(const GlfwWindow&) = delete;
    GlfwWindow& operator=(const GlfwWindow&) = delete;

    vk::UniqueSurface create_surface(VkInstance instance) const;

    bool should_close() const;
    // Collects the window system's events into the queue (never blocks).
    void poll();
    // Blocks up to `seconds` for an event: a minimized window does not spin.
    void wait(double seconds);
    // While replaying, live input is dropped (the window system's own events still arrive
    // and are looked at through the size queries below).
    void set_accept_input(bool accept) { accept_input_ = accept; }
    // This frame's events, in order; see the header comment for the per-frame rule.
    std::vector<input::InputEvent> take_frame_events();

    glm::ivec2 window_size() const;
    glm::ivec2 framebuffer_size() const;
    float content_scale() const;
    bool iconified() const;

    // Window changes asked for by input (replayed ones, F11).
    void resize(int width, int height);
    void iconify();
    void restore();
    void toggle_fullscreen();
    bool fullscreen() const;

private:
    static GlfwWindow& of(GLFWwindow* window);
    void push(input::InputEvent event);

    GLFWwindow* window_ = nullptr;
    bool accept_input_ = true;
    std::deque<input::InputEvent> pending_;
    glm::ivec2 windowed_position_{0};
    glm::ivec2 windowed_size_{0};
};

}  // namespace xrviz::app::desktop
