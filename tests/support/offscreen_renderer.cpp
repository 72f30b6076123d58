#include "tests/support/offscreen_renderer.h"

#include <algorithm>
#include <cmath>

namespace xrviz::testing {
namespace {
float srgb_to_linear(std::uint8_t value) {
    const float c = value / 255.0f;
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}
}  // namespace

Rgb linear_pixel(const assets::Image& image, int x, int y) {
    const std::size_t i = (static_cast<std::size_t>(y) * image.width + x) * 4;
    return {srgb_to_linear(image.rgba[i]), srgb_to_linear(image.rgba[i + 1]),
            srgb_to_linear(image.rgba[i + 2])};
}

bool same_chromaticity(Rgb a, Rgb b, float tolerance) {
    const float ma = std::max({a.r, a.g, a.b});
    const float mb = std::max({b.r, b.g, b.b});
    if (ma <= 0.0f || mb <= 0.0f) return false;
    return std::abs(a.r / ma - b.r / mb) <= tolerance && std::abs(a.g / ma - b.g / mb) <= tolerance &&
           std::abs(a.b / ma - b.b / mb) <= tolerance;
}

float max_channel_difference(Rgb a, Rgb b) {
    return std::max({std::abs(a.r - b.r), std::abs(a.g - b.g), std::abs(a.b - b.b)});
}

}  // namespace xrviz::testing
