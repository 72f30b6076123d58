#pragma once
// Strict text-to-value parsing for command-line values: the whole text must be the value
// (no spaces, no '+', no trailing characters), so "12x" or "4k" never half-parse.
// Each returns nullopt when the text is not exactly one value of the kind.
#include <optional>
#include <string_view>

#include <glm/vec3.hpp>

#include "app/cli/camera_pose.h"

namespace xrviz::app {

struct Size {
    int width = 0;
    int height = 0;
};

std::optional<int> parse_int(std::string_view text);
// Finite values only: "inf" and "nan" are never a useful coordinate.
std::optional<float> parse_float(std::string_view text);
std::optional<double> parse_double(std::string_view text);
// "1280x720"; no range check, that is the caller's rule.
std::optional<Size> parse_size(std::string_view text);
// "x,y,z"
std::optional<glm::vec3> parse_vec3(std::string_view text);
// "eye=x,y,z:target=x,y,z"; does not check that eye and target differ.
std::optional<CameraPose> parse_camera(std::string_view text);

}  // namespace xrviz::app
