#include "app/input/input_event.h"

#include <array>
#include <cmath>
#include <utility>

#include <nlohmann/json.hpp>

#include "engine/core/error.h"

namespace xrviz::app::input {
namespace {

constexpr std::array<std::pair<Key, std::string_view>, static_cast<std::size_t>(Key::count)>
    kKeyNames{{
        {Key::unknown, "Unknown"},
        {Key::a, "A"},
        {Key::b, "B"},
        {Key::c, "C"},
        {Key::d, "D"},
        {Key::e, "E"},
        {Key::f, "F"},
        {Key::g, "G"},
        {Key::h, "H"},
        {Key::i, "I"},
        {Key::j, "J"},
        {Key::k, "K"},
        {Key::l, "L"},
        {Key::m, "M"},
        {Key::n, "N"},
        {Key::o, "O"},
        {Key::p, "P"},
        {Key::q, "Q"},
        {Key::r, "R"},
        {Key::s, "S"},
        {Key::t, "T"},
        {Key::u, "U"},
        {Key::v, "V"},
        {Key::w, "W"},
        {Key::x, "X"},
        {Key::y, "Y"},
        {Key::z, "Z"},
        {Key::num0, "0"},
        {Key::num1, "1"},
        {Key::num2, "2"},
        {Key::num3, "3"},
        {Key::num4, "4"},
        {Key::num5, "5"},
        {Key::num6, "6"},
        {Key::num7, "7"},
        {Key::num8, "8"},
        {Key::num9, "9"},
        {Key::escape, "Escape"},
        {Key::enter, "Enter"},
        {Key::tab, "Tab"},
        {Key::backspace, "Backspace"},
        {Key::insert, "Insert"},
        {Key::del, "Delete"},
        {Key::space, "Space"},
        {Key::left, "Left"},
        {Key::right, "Right"},
        {Key::up, "Up"},
        {Key::down, "Down"},
        {Key::page_up, "PageUp"},
        {Key::page_down, "PageDown"},
        {Key::home, "Home"},
        {Key::end, "End"},
        {Key::f1, "F1"},
        {Key::f2, "F2"},
        {Key::f3, "F3"},
        {Key::f4, "F4"},
        {Key::f5, "F5"},
        {Key::f6, "F6"},
        {Key::f7, "F7"},
        {Key::f8, "F8"},
        {Key::f9, "F9"},
        {Key::f10, "F10"},
        {Key::f11, "F11"},
        {Key::f12, "F12"},
        {Key::left_shift, "LeftShift"},
        {Key::right_shift, "RightShift"},
        {Key::left_control, "LeftControl"},
        {Key::right_control, "RightControl"},
        {Key::left_alt, "LeftAlt"},
        {Key::right_alt, "RightAlt"},
        {Key::left_super, "LeftSuper"},
        {Key::right_super, "RightSuper"},
    }};

constexpr std::array<std::pair<EventType, std::string_view>, 8> kTypeNames{{
    {EventType::move, "move"},
    {EventType::button, "button"},
    {EventType::wheel, "wheel"},
    {EventType::key, "key"},
    {EventType::resize, "resize"},
    {EventType::minimize, "minimize"},
    {EventType::restore, "restore"},
    {EventType::tick, "tick"},
}};

constexpr std::array<std::pair<MouseButton, std::string_view>, 3> kButtonNames{{
    {MouseButton::left, "left"},
    {MouseButton::right, "right"},
    {MouseButton::middle, "middle"},
}};

template <typename T, std::size_t N>
std::string_view name_of(const std::array<std::pair<T, std::string_view>, N>& table, T value) {
    for (const auto& [v, name] : table) {
        if (v == value)
            return name;
    }
    return "?";
}

template <typename T, std::size_t N>
std::optional<T> value_of(const std::array<std::pair<T, std::string_view>, N>& table,
                          std::string_view name) {
    for (const auto& [v, n] : table) {
        if (n == name)
            return v;
    }
    return std::nullopt;
}

}  // namespace

std::string_view key_name(Key key) {
    return name_of(kKeyNames, key);
}

std::optional<Key> key_from_name(std::string_view name) {
    const auto key = value_of(kKeyNames, name);
    if (key == Key::unknown)
        return std::nullopt;
    return key;
}

std::string to_json_line(const InputEvent& event) {
    nlohmann::ordered_json j;
    j["frame"] = event.frame;
    j["t"] = std::round(event.time_s * 1e4) / 1e4;
    j["type"] = std::string(name_of(kTypeNames, event.type));
    switch (event.type) {
        case EventType::move:
            j["x"] = event.position.x;
            j["y"] = event.position.y;
            break;
        case EventType::button:
            j["button"] = std::string(name_of(kButtonNames, event.button));
            j["down"] = event.down;
            break;
        case EventType::wheel:
            j["dx"] = event.wheel.x;
            j["dy"] = event.wheel.y;
            break;
        case EventType::key:
            j["key"] = std::string(key_name(event.key));
            j["down"] = event.down;
            break;
        case EventType::resize:
            j["width"] = event.width;
            j["height"] = event.height;
            break;
        case EventType::tick:
            j["dt"] = event.dt;
            break;
        case EventType::minimize:
        case EventType::restore:
            break;
    }
    return j.dump();
}

InputEvent parse_json_line(std::string_view line, const std::string& where) {
    const auto bad = [&](const std::string& why) -> UsageError {
        return UsageError(where + ": " + why);
    };
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw bad("not a JSON object");
    const auto number = [&](const char* field) -> double {
        if (!j.contains(field) || !j[field].is_number()) {
            throw bad(std::string("\"") + field + "\" must be a number");
        }
        return j[field].get<double>();
    };
    const auto text = [&](const char* field) -> std::string {
        if (!j.contains(field) || !j[field].is_string()) {
            throw bad(std::string("\"") + field + "\" must be a string");
        }
        return j[field].get<std::string>();
    };
    const auto flag = [&](const char* field) -> bool {
        if (!j.contains(field) || !j[field].is_boolean()) {
            throw bad(std::string("\"") + field + "\" must be true or false");
        }
        return j[field].get<bool>();
    };
    InputEvent event;
    if (!j.contains("frame") || !j["frame"].is_number_unsigned()) {
        throw bad("\"frame\" must be a frame number (0 or more)");
    }
    event.frame = j["frame"].get<std::uint64_t>();
    if (j.contains("t"))
        event.time_s = number("t");
    const std::string type = text("type");
    const auto parsed_type = value_of(kTypeNames, type);
    if (!parsed_type)
        throw bad("unknown event type \"" + type + "\"");
    event.type = *parsed_type;
    switch (event.type) {
        case EventType::move:
            event.position = {static_cast<float>(number("x")), static_cast<float>(number("y"))};
            break;
        case EventType::button: {
            const std::string button = text("button");
            const auto b = value_of(kButtonNames, button);
            if (!b)
                throw bad("unknown button \"" + button + "\" (left, right, middle)");
            event.button = *b;
            event.down = flag("down");
            break;
        }
        case EventType::wheel:
            event.wheel = {j.contains("dx") ? static_cast<float>(number("dx")) : 0.0f,
                           static_cast<float>(number("dy"))};
            break;
        case EventType::key: {
            const std::string name = text("key");
            const auto key = key_from_name(name);
            if (!key)
                throw bad("unknown key \"" + name + "\"");
            event.key = *key;
            event.down = flag("down");
            break;
        }
        case EventType::resize:
            event.width = static_cast<int>(number("width"));
            event.height = static_cast<int>(number("height"));
            if (event.width <= 0 || event.height <= 0)
                throw bad("a resize needs a positive size");
            break;
        case EventType::tick:
            event.dt = number("dt");
            if (event.dt < 0.0 || event.dt > 10.0)
                throw bad("\"dt\" must be 0..10 seconds");
            break;
        case EventType::minimize:
        case EventType::restore:
            break;
    }
    return event;
}

}  // namespace xrviz::app::input
