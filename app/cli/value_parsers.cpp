#include "app/cli/value_parsers.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace xrviz::app {

namespace {

// from_chars already rejects leading spaces and '+'; requiring it to consume every
// character rejects trailing junk, and errc catches overflow.
template <typename T>
std::optional<T> parse_whole(std::string_view text) {
    T value{};
    const char* const end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc{} || stop != end)
        return std::nullopt;
    return value;
}

// Splits "head<separator>tail" at the first separator.
std::optional<std::pair<std::string_view, std::string_view>> split_once(std::string_view text,
                                                                        char separator) {
    const auto at = text.find(separator);
    if (at == std::string_view::npos)
        return std::nullopt;
    return std::pair{text.substr(0, at), text.substr(at + 1)};
}

std::optional<glm::vec3> parse_prefixed_vec3(std::string_view text, std::string_view prefix) {
    if (!text.starts_with(prefix))
        return std::nullopt;
    return parse_vec3(text.substr(prefix.size()));
}

}  // namespace

std::optional<int> parse_int(std::string_view text) {
    return parse_whole<int>(text);
}

template <typename T>
std::optional<T> parse_finite(std::string_view text) {
    const auto value = parse_whole<T>(text);
    if (!value || !std::isfinite(*value))
        return std::nullopt;
    return value;
}

std::optional<float> parse_float(std::string_view text) {
    return parse_finite<float>(text);
}

std::optional<double> parse_double(std::string_view text) {
    return parse_finite<double>(text);
}

std::optional<Size> parse_size(std::string_view text) {
    const auto parts = split_once(text, 'x');
    if (!parts)
        return std::nullopt;
    const auto width = parse_int(parts->first);
    const auto height = parse_int(parts->second);
    if (!width || !height)
        return std::nullopt;
    return Size{*width, *height};
}

std::optional<glm::vec3> parse_vec3(std::string_view text) {
    const auto first = split_once(text, ',');
    if (!first)
        return std::nullopt;
    const auto rest = split_once(first->second, ',');
    if (!rest)
        return std::nullopt;
    const auto x = parse_float(first->first);
    const auto y = parse_float(rest->first);
    const auto z = parse_float(rest->second);  // a fourth ",w" fails here as trailing junk
    if (!x || !y || !z)
        return std::nullopt;
    return glm::vec3{*x, *y, *z};
}

std::optional<CameraPose> parse_camera(std::string_view text) {
    const auto parts = split_once(text, ':');
    if (!parts)
        return std::nullopt;
    const auto eye = parse_prefixed_vec3(parts->first, "eye=");
    const auto target = parse_prefixed_vec3(parts->second, "target=");
    if (!eye || !target)
        return std::nullopt;
    return CameraPose{*eye, *target};
}

}  // namespace xrviz::app
