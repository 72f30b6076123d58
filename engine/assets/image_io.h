#pragma once
// RGBA8 images to and from PNG (stb), and the pixel comparison behind golden-image tests.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

namespace xrviz::assets {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4 bytes, row-major, top row first
};

// Throws xrviz::Error naming the path when the image is malformed or cannot be written.
void write_png(const std::filesystem::path& path, const Image& image);
// Any PNG, converted to RGBA8. Throws xrviz::Error naming the path and stb's reason.
Image read_png(const std::filesystem::path& path);

struct ImageDiff {
    double max_channel_delta = 0.0;         // 0..255
    double mean_abs_delta = 0.0;            // over every channel of every pixel
    std::size_t pixels_over_tolerance = 0;  // pixels with any channel differing by more
    // Same size as the inputs: differing pixels red (brighter = larger), the rest a dim
    // grey copy of a, so a failed test's PNG shows where the pictures part.
    Image diff_visualisation;
};

// Throws xrviz::Error when the sizes differ or an image is malformed.
ImageDiff compare_images(const Image& a, const Image& b, int per_channel_tolerance);

}  // namespace xrviz::assets
