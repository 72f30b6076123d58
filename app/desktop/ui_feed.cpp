#include "app/desktop/ui_feed.h"

namespace xrviz::app::desktop {
namespace {

using input::EventType;
using input::InputEvent;

ui::UiKey ui_key(input::Key key, bool& known) {
    known = true;
    switch (key) {
        case input::Key::tab:
            return ui::UiKey::tab;
        case input::Key::left:
            return ui::UiKey::left;
        case input::Key::right:
            return ui::UiKey::right;
        case input::Key::up:
            return ui::UiKey::up;
        case input::Key::down:
            return ui::UiKey::down;
        case input::Key::page_up:
            return ui::UiKey::page_up;
        case input::Key::page_down:
            return ui::UiKey::page_down;
        case input::Key::home:
            return ui::UiKey::home;
        case input::Key::end:
            return ui::UiKey::end;
        case input::Key::insert:
            return ui::UiKey::insert;
        case input::Key::del:
            return ui::UiKey::del;
        case input::Key::backspace:
            return ui::UiKey::backspace;
        case input::Key::space:
            return ui::UiKey::space;
        case input::Key::enter:
            return ui::UiKey::enter;
        case input::Key::escape:
            return ui::UiKey::escape;
        case input::Key::a:
            return ui::UiKey::a;
        case input::Key::c:
            return ui::UiKey::c;
        case input::Key::v:
            return ui::UiKey::v;
        case input::Key::x:
            return ui::UiKey::x;
        case input::Key::y:
            return ui::UiKey::y;
        case input::Key::z:
            return ui::UiKey::z;
        default:
            known = false;
            return ui::UiKey::count;
    }
}

}  // namespace

ui::UiInput ui_input(const input::InputState& state, const std::vector<InputEvent>& events,
                     float seconds) {
    ui::UiInput in;
    in.display_size = state.window_size;
    in.framebuffer_scale = state.framebuffer_scale;
    in.delta_time_s = seconds;
    in.mouse = state.mouse.value_or(glm::vec2(-1.0f));
    in.mouse_down = state.buttons;
    for (const InputEvent& e : events) {
        if (e.type == EventType::wheel)
            in.wheel += e.wheel.y;
    }
    for (std::size_t k = 0; k < state.keys.size(); ++k) {
        bool known = false;
        const ui::UiKey key = ui_key(static_cast<input::Key>(k), known);
        if (known)
            in.keys[static_cast<std::size_t>(key)] = state.keys[k];
    }
    in.ctrl = state.ctrl();
    in.shift = state.shift();
    in.alt = state.alt();
    in.super = state.super();
    return in;
}

}  // namespace xrviz::app::desktop
