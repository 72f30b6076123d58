#include "app/input/interaction.h"

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace xrviz::app::input {
namespace {

std::size_t index(MouseButton b) {
    return static_cast<std::size_t>(b);
}

std::optional<int> digit(Key key) {
    if (key >= Key::num1 && key <= Key::num9) {
        return static_cast<int>(key) - static_cast<int>(Key::num1) + 1;
    }
    return std::nullopt;
}

bool is_function_key(Key key) {
    return key >= Key::f1 && key <= Key::f12;
}

}  // namespace

void InputState::apply(const InputEvent& event) {
    switch (event.type) {
        case EventType::move:
            mouse = event.position;
            break;
        case EventType::button:
            buttons[index(event.button)] = event.down;
            break;
        case EventType::key:
            keys[static_cast<std::size_t>(event.key)] = event.down;
            break;
        case EventType::resize:
            window_size = {static_cast<float>(event.width), static_cast<float>(event.height)};
            break;
        case EventType::minimize:
            minimized = true;
            break;
        case EventType::restore:
            minimized = false;
            break;
        case EventType::wheel:
        case EventType::tick:
            break;
    }
}

std::vector<ui::HelpEntry> help_entries() {
    return {
        {"Left drag (empty space)", "Orbit"},
        {"Right drag", "Orbit"},
        {"Middle drag / Shift+left drag", "Pan"},
        {"Wheel", "Zoom toward the cursor"},
        {"W A S D / Q E, right button held", "Fly (Shift: faster)"},
        {"Home", "Reset the camera"},
        {"1 - 9", "The scene's named views"},
        {"Hover", "Tooltip: label, value, period"},
        {"Click", "Select: details panel (empty space clears)"},
        {"Esc", "Clear the selection"},
        {"F1", "This help"},
        {"F3", "Performance overlay"},
        {"F11", "Fullscreen"},
        {"F12", "Screenshot (xrviz-<time>.png)"},
        {"Ctrl+Q", "Quit"},
    };
}

Interaction::Interaction(scenes::Viewer& viewer) : viewer_(viewer), camera_(viewer.camera()) {
    viewer_.set_camera(camera_.pose());
}

void Interaction::sync_from_viewer() {
    camera_.set_pose(viewer_.camera());
}

void Interaction::go_to_view(const std::string& name) {
    for (const scenes::NamedView& view : viewer_.scene().views()) {
        if (view.name == name)
            camera_.transition_to(view.pose);
    }
}

void Interaction::reset_camera() {
    camera_.transition_to(viewer_.scene().views().front().pose);
}

render::Ray Interaction::ray_at(const glm::vec2& position, const InputState& state) const {
    const int width = std::max(1, static_cast<int>(state.window_size.x));
    const int height = std::max(1, static_cast<int>(state.window_size.y));
    const render::View view = render::look_at(
        camera_.pose().eye, camera_.pose().target, glm::radians(scenes::kDesktopFieldOfViewDegrees),
        static_cast<float>(width) / static_cast<float>(height));
    return render::ray_through_pixel(view, position, width, height);
}

void Interaction::handle(const InputEvent& event, const InputState& before, bool ui_mouse,
                         bool ui_keyboard, ui::PanelVisibility& panels, FrontEndActions& actions) {
    switch (event.type) {
        case EventType::move: {
            const glm::vec2 delta = before.mouse ? event.position - *before.mouse : glm::vec2(0);
            if (drag_ != Drag::none)
                drag_distance_ += glm::length(delta);
            if (drag_ == Drag::click && drag_distance_ > kClickSlopPixels) {
                // A left press on a bar that turns into a drag orbits after all.
                drag_ = Drag::orbit;
            }
            if (drag_ == Drag::orbit) {
                camera_.orbit(-delta.x * kOrbitRadiansPerUnit, delta.y * kOrbitRadiansPerUnit);
            } else if (drag_ == Drag::pan) {
                camera_.pan(delta, before.window_size.y,
                            glm::radians(scenes::kDesktopFieldOfViewDegrees));
            }
            last_position_ = event.position;
            break;
        }
        case EventType::button: {
            const std::size_t b = index(event.button);
            if (event.down) {
                pressed_in_scene_[b] = !ui_mouse && before.mouse.has_value();
                if (!pressed_in_scene_[b] || drag_ != Drag::none)
                    break;
                press_position_ = *before.mouse;
                drag_distance_ = 0.0f;
                drag_button_ = event.button;
                if (event.button == MouseButton::middle ||
                    (event.button == MouseButton::left && before.shift())) {
                    drag_ = Drag::pan;
                } else if (event.button == MouseButton::right) {
                    drag_ = Drag::orbit;
                } else {
                    drag_ = Drag::click;
                }
                break;
            }
            const bool was_in_scene = pressed_in_scene_[b];
            pressed_in_scene_[b] = false;
            if (!was_in_scene || drag_button_ != event.button)
                break;
            if (event.button == MouseButton::left && drag_distance_ <= kClickSlopPixels &&
                before.mouse) {
                // A click: select what is under the pointer; empty space clears.
                viewer_.select(ray_at(*before.mouse, before));
            }
            drag_ = Drag::none;
            drag_button_.reset();
            break;
        }
        case EventType::wheel: {
            if (ui_mouse || !before.mouse || event.wheel.y == 0.0f)
                break;
            const render::Ray ray = ray_at(*before.mouse, before);
            if (const auto focus =
                    scenes::zoom_focus(camera_.pose(), ray, viewer_.hit_distance(ray))) {
                camera_.zoom_toward(*focus, event.wheel.y);
            }
            break;
        }
        case EventType::key: {
            if (!event.down)
                break;
            if (event.key == Key::q && before.ctrl()) {
                actions.quit = true;
                break;
            }
            if (ui_keyboard && !is_function_key(event.key))
                break;
            if (event.key == Key::escape) {
                viewer_.clear_selection();
            } else if (event.key == Key::home) {
                reset_camera();
            } else if (const auto n = digit(event.key)) {
                const auto views = viewer_.scene().views();
                if (static_cast<std::size_t>(*n) <= views.size()) {
                    camera_.transition_to(views[static_cast<std::size_t>(*n - 1)].pose);
                }
            } else if (event.key == Key::f1) {
                panels.help = !panels.help;
            } else if (event.key == Key::f3) {
                panels.performance = !panels.performance;
            } else if (event.key == Key::f11) {
                actions.toggle_fullscreen = true;
            } else if (event.key == Key::f12) {
                actions.screenshot = true;
            }
            break;
        }
        case EventType::resize:
        case EventType::minimize:
        case EventType::restore:
        case EventType::tick:
            break;
    }
}

void Interaction::update(const InputState& state, float seconds, bool ui_mouse) {
    if (state.down(MouseButton::right) && pressed_in_scene_[index(MouseButton::right)]) {
        const auto axis = [&](Key plus, Key minus) {
            return (state.down(plus) ? 1.0f : 0.0f) - (state.down(minus) ? 1.0f : 0.0f);
        };
        const glm::vec3 direction{axis(Key::d, Key::a), axis(Key::e, Key::q), axis(Key::w, Key::s)};
        if (direction != glm::vec3(0.0f)) {
            camera_.fly(direction, kFlySpeed * (state.shift() ? 3.0f : 1.0f), seconds);
        }
    }
    camera_.update(seconds);
    viewer_.set_camera(camera_.pose());

    const bool dragging = drag_ == Drag::orbit || drag_ == Drag::pan;
    scenes::Pointer pointer;
    pointer.active = state.mouse.has_value() && !ui_mouse && !dragging && !state.minimized;
    if (state.mouse)
        pointer.ray = ray_at(*state.mouse, state);
    pointer.select = state.down(MouseButton::left);
    pointer.grab = state.down(MouseButton::right);
    pointer.menu = state.down(MouseButton::middle);
    viewer_.point(pointer);
    hover_position_ = pointer.active ? state.mouse : std::nullopt;
}

}  // namespace xrviz::app::input
