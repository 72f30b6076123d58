#pragma once
// The mouse and keyboard as the desktop (and a headless replay) use them: a Pointer into
// the Viewer for hover and selection, and the camera controls of tools people know.
//   left drag on empty space / right drag: orbit      middle drag / shift+drag: pan
//   wheel: zoom toward the cursor    WASD/QE with the right button held: fly
//   Home: reset   1-9: the scene's named views (smooth)   Esc: clear the selection
//   click: select (on empty space: clear)   F1 help  F3 performance  F11 fullscreen  F12 screenshot
//   Ctrl+Q: quit (replayed too, so a recording ends where the session did)
// Events are handled one at a time in order, so a replay reproduces a session exactly.
#include <array>
#include <optional>
#include <vector>

#include <glm/vec2.hpp>

#include "app/input/input_event.h"
#include "engine/ui/ui_model.h"
#include "scenes/camera_controller.h"
#include "scenes/viewer.h"

namespace xrviz::app::input {

// What the window looks like to input: its size in window units and whether it shows.
struct InputState {
    glm::vec2 window_size{1280.0f, 720.0f};
    glm::vec2 framebuffer_scale{1.0f};  // pixels per window unit (HiDPI)
    bool minimized = false;
    std::optional<glm::vec2> mouse;
    std::array<bool, 3> buttons{};
    std::array<bool, static_cast<std::size_t>(Key::count)> keys{};

    bool down(Key key) const { return keys[static_cast<std::size_t>(key)]; }
    bool down(MouseButton b) const { return buttons[static_cast<std::size_t>(b)]; }
    bool shift() const { return down(Key::left_shift) || down(Key::right_shift); }
    bool ctrl() const { return down(Key::left_control) || down(Key::right_control); }
    bool alt() const { return down(Key::left_alt) || down(Key::right_alt); }
    bool super() const { return down(Key::left_super) || down(Key::right_super); }
    void apply(const InputEvent& event);
};

// Front-end actions that keys ask for.
struct FrontEndActions {
    bool toggle_fullscreen = false;
    bool screenshot = false;
    bool quit = false;  // Ctrl+Q
};

// Every control, for the help panel.
std::vector<ui::HelpEntry> help_entries();

class Interaction {
public:
    explicit Interaction(scenes::Viewer& viewer);

    // One event, seen against the state before it. `ui_mouse` / `ui_keyboard`: the panels
    // took the mouse or keyboard this frame, so the scene does not react.
    void handle(const InputEvent& event, const InputState& before, bool ui_mouse, bool ui_keyboard,
                ui::PanelVisibility& panels, FrontEndActions& actions);
    // Once per frame after the events: flying, transitions, hover; the camera goes to the
    // Viewer.
    void update(const InputState& state, float seconds, bool ui_mouse);

    // The Viewer's camera changed behind our back (a new scene): follow it.
    void sync_from_viewer();
    void go_to_view(const std::string& name);
    void reset_camera();
    scenes::CameraController& camera() { return camera_; }
    // The pointer's position over the scene, for the tooltip; nothing while dragging or
    // over a panel.
    std::optional<glm::vec2> hover_position() const { return hover_position_; }

private:
    enum class Drag { none, orbit, pan, click };
    render::Ray ray_at(const glm::vec2& position, const InputState& state) const;

    scenes::Viewer& viewer_;
    scenes::CameraController camera_;
    Drag drag_ = Drag::none;
    std::optional<MouseButton> drag_button_;
    std::array<bool, 3> pressed_in_scene_{};
    glm::vec2 press_position_{0.0f};
    glm::vec2 last_position_{0.0f};
    float drag_distance_ = 0.0f;
    std::optional<glm::vec2> hover_position_;
};

inline constexpr float kClickSlopPixels = 4.0f;
inline constexpr float kOrbitRadiansPerUnit = 0.006f;
inline constexpr float kFlySpeed = 3.0f;  // metres per second; shift: three times

}  // namespace xrviz::app::input
