#pragma once
// What ImGui needs from a platform each frame, as plain data. The desktop fills it from its
// input events (live or replayed, the same path); XR will fill it from a controller ray
// hitting a panel quad. No GLFW here: ImGui 1.86's GLFW backend reads the cursor straight
// from the window, which a replay cannot drive.
#include <array>
#include <cstddef>
#include <string>

#include <glm/vec2.hpp>

namespace xrviz::ui {

// The keys ImGui's widgets use (its legacy KeyMap in 1.86).
enum class UiKey : std::size_t {
    tab,
    left,
    right,
    up,
    down,
    page_up,
    page_down,
    home,
    end,
    insert,
    del,
    backspace,
    space,
    enter,
    escape,
    a,
    c,
    v,
    x,
    y,
    z,
    count
};

struct UiInput {
    glm::vec2 display_size{1.0f};       // logical (window) units
    glm::vec2 framebuffer_scale{1.0f};  // pixels per logical unit (HiDPI)
    float delta_time_s = 1.0f / 60.0f;
    glm::vec2 mouse{-1.0f};            // logical units; negative: no mouse
    std::array<bool, 3> mouse_down{};  // left, right, middle
    float wheel = 0.0f;
    std::array<bool, static_cast<std::size_t>(UiKey::count)> keys{};
    bool ctrl = false, shift = false, alt = false, super = false;
    std::u32string characters;  // text typed this frame
};

}  // namespace xrviz::ui
