#pragma once
// Input events as the desktop receives them (mouse, keys, window changes), stamped with the
// frame at which they take effect. A recording is a JSON-lines file of these; replaying it
// feeds the same events through the same code at the same frames, on a virtual clock
// (the recorded "tick" events carry each frame's duration), so a demo or a bug replays
// exactly. Format, one object per line ('#' starts a comment line):
//   {"xrviz_input": 1}                                         first line: format version
//   {"frame": 3, "t": 0.05, "type": "move", "x": 640, "y": 360}  window units, y down
//   {"frame": 4, "type": "button", "button": "left", "down": true}  left | right | middle
//   {"frame": 5, "type": "wheel", "dx": 0, "dy": 1}              dy > 0: away from the user
//   {"frame": 6, "type": "key", "key": "F12", "down": true}      names: see key_name()
//   {"frame": 7, "type": "resize", "width": 800, "height": 600}  window units
//   {"frame": 8, "type": "minimize"}   {"frame": 9, "type": "restore"}
//   {"frame": 9, "type": "tick", "dt": 0.016}   the frame's duration; 1/60 s when absent
// "t" (seconds since the start) is informative; the frame number decides.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <glm/vec2.hpp>

namespace xrviz::app::input {

enum class EventType { move, button, wheel, key, resize, minimize, restore, tick };
enum class MouseButton { left, right, middle };

// The keys xrviz reacts to, plus the ones ImGui's widgets need.
enum class Key {
    unknown,
    a,
    b,
    c,
    d,
    e,
    f,
    g,
    h,
    i,
    j,
    k,
    l,
    m,
    n,
    o,
    p,
    q,
    r,
    s,
    t,
    u,
    v,
    w,
    x,
    y,
    z,
    num0,
    num1,
    num2,
    num3,
    num4,
    num5,
    num6,
    num7,
    num8,
    num9,
    escape,
    enter,
    tab,
    backspace,
    insert,
    del,
    space,
    left,
    right,
    up,
    down,
    page_up,
    page_down,
    home,
    end,
    f1,
    f2,
    f3,
    f4,
    f5,
    f6,
    f7,
    f8,
    f9,
    f10,
    f11,
    f12,
    left_shift,
    right_shift,
    left_control,
    right_control,
    left_alt,
    right_alt,
    left_super,
    right_super,
    count
};

std::string_view key_name(Key key);
// Nothing for a name that is not a key.
std::optional<Key> key_from_name(std::string_view name);

struct InputEvent {
    std::uint64_t frame = 0;
    double time_s = 0.0;
    EventType type = EventType::tick;
    glm::vec2 position{0.0f};  // move
    MouseButton button = MouseButton::left;
    Key key = Key::unknown;
    bool down = false;          // button, key
    glm::vec2 wheel{0.0f};      // wheel
    int width = 0, height = 0;  // resize
    double dt = 0.0;            // tick
};

inline constexpr int kFormatVersion = 1;

std::string to_json_line(const InputEvent& event);
// Throws UsageError naming `where` (file:line) on a malformed line.
InputEvent parse_json_line(std::string_view line, const std::string& where);

}  // namespace xrviz::app::input
