#include "engine/assets/image_io.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>

#include <stb_image.h>
#include <stb_image_write.h>

#include "engine/core/error.h"

namespace xrviz::assets {
namespace {

std::string size_text(const Image& image) {
    return std::to_string(image.width) + "x" + std::to_string(image.height);
}

void check_well_formed(const Image& image, const std::string& what) {
    const auto expected = static_cast<std::size_t>(std::max(image.width, 0)) *
                          static_cast<std::size_t>(std::max(image.height, 0)) * 4;
    if (image.width <= 0 || image.height <= 0 || image.rgba.size() != expected) {
        fail(what + ": " + std::to_string(image.rgba.size()) + " bytes for a " + size_text(image) +
             " RGBA image");
    }
}

struct StbiFree {
    void operator()(stbi_uc* p) const { stbi_image_free(p); }
};

}  // namespace

void write_png(const std::filesystem::path& path, const Image& image) {
    check_well_formed(image, "cannot write " + path.string());
    const int ok = stbi_write_png(path.string().c_str(), image.width, image.height, 4,
                                  image.rgba.data(), image.width * 4);
    if (ok == 0)
        fail("cannot write PNG " + path.string());
}

Image read_png(const std::filesystem::path& path) {
    Image image;
    int channels_in_file = 0;
    const std::unique_ptr<stbi_uc, StbiFree> pixels(
        stbi_load(path.string().c_str(), &image.width, &image.height, &channels_in_file, 4));
    if (!pixels) {
        const char* reason = stbi_failure_reason();
        fail("cannot read PNG " + path.string() + ": " + (reason != nullptr ? reason : "?"));
    }
    const std::size_t size =
        static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4;
    image.rgba.assign(pixels.get(), pixels.get() + size);
    return image;
}

ImageDiff compare_images(const Image& a, const Image& b, int per_channel_tolerance) {
    check_well_formed(a, "compare_images: first image");
    check_well_formed(b, "compare_images: second image");
    if (a.width != b.width || a.height != b.height) {
        fail("compare_images: sizes differ, " + size_text(a) + " vs " + size_text(b));
    }
    ImageDiff diff;
    diff.diff_visualisation = {a.width, a.height, std::vector<std::uint8_t>(a.rgba.size())};
    std::vector<std::uint8_t>& vis = diff.diff_visualisation.rgba;
    double total = 0.0;
    int max_delta = 0;
    for (std::size_t p = 0; p < a.rgba.size(); p += 4) {
        int pixel_max = 0;
        for (std::size_t c = 0; c < 4; ++c) {
            const int d = std::abs(int{a.rgba[p + c]} - int{b.rgba[p + c]});
            pixel_max = std::max(pixel_max, d);
            total += d;
        }
        max_delta = std::max(max_delta, pixel_max);
        if (pixel_max > per_channel_tolerance) {
            ++diff.pixels_over_tolerance;
            vis[p] = static_cast<std::uint8_t>(128 + pixel_max / 2);
            vis[p + 1] = 0;
            vis[p + 2] = 0;
        } else {
            const int grey = (int{a.rgba[p]} + int{a.rgba[p + 1]} + int{a.rgba[p + 2]}) / 12;
            vis[p] = vis[p + 1] = vis[p + 2] = static_cast<std::uint8_t>(grey);
        }
        vis[p + 3] = 255;
    }
    diff.max_channel_delta = max_delta;
    diff.mean_abs_delta = total / static_cast<double>(a.rgba.size());
    return diff;
}

}  // namespace xrviz::assets
