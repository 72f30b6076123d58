#include "app/desktop/glfw_window.h"

#define GLFW_INCLUDE_VULKAN
#include <GLFW/glfw3.h>

#include <set>

#include "engine/core/error.h"
#include "engine/core/log.h"
#include "engine/vk/check.h"

namespace xrviz::app::desktop {
namespace {

using input::EventType;
using input::InputEvent;
using input::Key;
using input::MouseButton;

Key key_from_glfw(int key) {
    if (key >= GLFW_KEY_A && key <= GLFW_KEY_Z) {
        return static_cast<Key>(static_cast<int>(Key::a) + (key - GLFW_KEY_A));
    }
    if (key >= GLFW_KEY_0 && key <= GLFW_KEY_9) {
        return static_cast<Key>(static_cast<int>(Key::num0) + (key - GLFW_KEY_0));
    }
    if (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_9) {
        return static_cast<Key>(static_cast<int>(Key::num0) + (key - GLFW_KEY_KP_0));
    }
    if (key >= GLFW_KEY_F1 && key <= GLFW_KEY_F12) {
        return static_cast<Key>(static_cast<int>(Key::f1) + (key - GLFW_KEY_F1));
    }
    switch (key) {
        case GLFW_KEY_ESCAPE:
            return Key::escape;
        case GLFW_KEY_ENTER:
        case GLFW_KEY_KP_ENTER:
            return Key::enter;
        case GLFW_KEY_TAB:
            return Key::tab;
        case GLFW_KEY_BACKSPACE:
            return Key::backspace;
        case GLFW_KEY_INSERT:
            return Key::insert;
        case GLFW_KEY_DELETE:
            return Key::del;
        case GLFW_KEY_SPACE:
            return Key::space;
        case GLFW_KEY_LEFT:
            return Key::left;
        case GLFW_KEY_RIGHT:
            return Key::right;
        case GLFW_KEY_UP:
            return Key::up;
        case GLFW_KEY_DOWN:
            return Key::down;
        case GLFW_KEY_PAGE_UP:
            return Key::page_up;
        case GLFW_KEY_PAGE_DOWN:
            return Key::page_down;
        case GLFW_KEY_HOME:
            return Key::home;
        case GLFW_KEY_END:
            return Key::end;
        case GLFW_KEY_LEFT_SHIFT:
            return Key::left_shift;
        case GLFW_KEY_RIGHT_SHIFT:
            return Key::right_shift;
        case GLFW_KEY_LEFT_CONTROL:
            return Key::left_control;
        case GLFW_KEY_RIGHT_CONTROL:
            return Key::right_control;
        case GLFW_KEY_LEFT_ALT:
            return Key::left_alt;
        case GLFW_KEY_RIGHT_ALT:
            return Key::right_alt;
        case GLFW_KEY_LEFT_SUPER:
            return Key::left_super;
        case GLFW_KEY_RIGHT_SUPER:
            return Key::right_super;
        default:
            return Key::unknown;
    }
}

void on_glfw_error(int code, const char* description) {
    log::warn("glfw", std::to_string(code) + ": " + (description ? description : ""));
}

}  // namespace

GlfwLibrary::GlfwLibrary() {
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit())
        fail("GLFW could not start: no display (set DISPLAY, or use --mode headless)");
    if (!glfwVulkanSupported()) {
        glfwTerminate();
        fail("GLFW found no Vulkan loader for the window");
    }
}

GlfwLibrary::~GlfwLibrary() {
    glfwTerminate();
}

std::vector<std::string> GlfwLibrary::required_instance_extensions() {
    std::uint32_t count = 0;
    const char** names = glfwGetRequiredInstanceExtensions(&count);
    if (!names)
        fail("the window system offers no Vulkan surface extensions");
    return std::vector<std::string>(names, names + count);
}

GlfwWindow::GlfwWindow(int width, int height, const std::string& title) {
    glfwWindowHint(GLFW_CLIENT_API, GLFW_NO_API);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    window_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (!window_)
        fail("GLFW could not create a " + std::to_string(width) + "x" + std::to_string(height) +
             " window");
    glfwSetWindowUserPointer(window_, this);
    glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double x, double y) {
        InputEvent e;
        e.type = EventType::move;
        e.position = {static_cast<float>(x), static_cast<float>(y)};
        of(w).push(e);
    });
    glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int button, int action, int) {
        InputEvent e;
        e.type = EventType::button;
        switch (button) {
            case GLFW_MOUSE_BUTTON_LEFT:
                e.button = MouseButton::left;
                break;
            case GLFW_MOUSE_BUTTON_RIGHT:
                e.button = MouseButton::right;
                break;
            case GLFW_MOUSE_BUTTON_MIDDLE:
                e.button = MouseButton::middle;
                break;
            default:
                return;
        }
        e.down = action == GLFW_PRESS;
        of(w).push(e);
    });
    glfwSetScrollCallback(window_, [](GLFWwindow* w, double dx, double dy) {
        InputEvent e;
        e.type = EventType::wheel;
        e.wheel = {static_cast<float>(dx), static_cast<float>(dy)};
        of(w).push(e);
    });
    glfwSetKeyCallback(window_, [](GLFWwindow* w, int key, int, int action, int) {
        if (action == GLFW_REPEAT)
            return;
        const Key k = key_from_glfw(key);
        if (k == Key::unknown)
            return;
        InputEvent e;
        e.type = EventType::key;
        e.key = k;
        e.down = action == GLFW_PRESS;
        of(w).push(e);
    });
    glfwSetWindowSizeCallback(window_, [](GLFWwindow* w, int new_width, int new_height) {
        if (new_width <= 0 || new_height <= 0)
            return;  // minimized: the iconify event says so
        InputEvent e;
        e.type = EventType::resize;
        e.width = new_width;
        e.height = new_height;
        of(w).push(e);
    });
    glfwSetWindowIconifyCallback(window_, [](GLFWwindow* w, int iconified) {
        InputEvent e;
        e.type = iconified ? EventType::minimize : EventType::restore;
        of(w).push(e);
    });
}

GlfwWindow::~GlfwWindow() {
    if (window_)
        glfwDestroyWindow(window_);
}

GlfwWindow& GlfwWindow::of(GLFWwindow* window) {
    return *static_cast<GlfwWindow*>(glfwGetWindowUserPointer(window));
}

void GlfwWindow::push(InputEvent event) {
    if (accept_input_)
        pending_.push_back(event);
}

vk::UniqueSurface GlfwWindow::create_surface(VkInstance instance) const {
    VkSurfaceKHR surface = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(glfwCreateWindowSurface(instance, window_, nullptr, &surface),
                   "the window surface");
    return vk::UniqueSurface(instance, surface);
}

bool GlfwWindow::should_close() const {
    return glfwWindowShouldClose(window_);
}
void GlfwWindow::poll() {
    glfwPollEvents();
}
void GlfwWindow::wait(double seconds) {
    glfwWaitEventsTimeout(seconds);
}

std::vector<InputEvent> GlfwWindow::take_frame_events() {
    std::vector<InputEvent> out;
    std::set<std::pair<int, int>> changed;  // (0 button | 1 key, which)
    while (!pending_.empty()) {
        const InputEvent& e = pending_.front();
        if (e.type == EventType::button || e.type == EventType::key) {
            const std::pair<int, int> id{
                e.type == EventType::button ? 0 : 1,
                e.type == EventType::button ? static_cast<int>(e.button) : static_cast<int>(e.key)};
            if (!changed.insert(id).second)
                break;
        }
        out.push_back(e);
        pending_.pop_front();
    }
    return out;
}

glm::ivec2 GlfwWindow::window_size() const {
    int w = 0, h = 0;
    glfwGetWindowSize(window_, &w, &h);
    return {w, h};
}

glm::ivec2 GlfwWindow::framebuffer_size() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return {w, h};
}

float GlfwWindow::content_scale() const {
    float x = 1.0f, y = 1.0f;
    glfwGetWindowContentScale(window_, &x, &y);
    return std::max(x, y) > 0.0f ? std::max(x, y) : 1.0f;
}

bool GlfwWindow::iconified() const {
    return glfwGetWindowAttrib(window_, GLFW_ICONIFIED);
}

void GlfwWindow::resize(int width, int height) {
    glfwSetWindowSize(window_, width, height);
}
void GlfwWindow::iconify() {
    glfwIconifyWindow(window_);
}
void GlfwWindow::restore() {
    glfwRestoreWindow(window_);
}

bool GlfwWindow::fullscreen() const {
    return glfwGetWindowMonitor(window_) != nullptr;
}

void GlfwWindow::toggle_fullscreen() {
    if (fullscreen()) {
        glfwSetWindowMonitor(window_, nullptr, windowed_position_.x, windowed_position_.y,
                             windowed_size_.x, windowed_size_.y, GLFW_DONT_CARE);
        return;
    }
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (!mode) {
        log::warn("desktop", "no monitor to go fullscreen on");
        return;
    }
    glfwGetWindowPos(window_, &windowed_position_.x, &windowed_position_.y);
    glfwGetWindowSize(window_, &windowed_size_.x, &windowed_size_.y);
    glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
}

}  // namespace xrviz::app::desktop
