#include "engine/assets/image_io.h"

#include <gtest/gtest.h>

#include <string>

#include "engine/core/error.h"

namespace xrviz::assets {
namespace {

Image gradient(int w, int h) {
    Image image{w, h, std::vector<std::uint8_t>(static_cast<std::size_t>(w * h * 4))};
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const auto p = static_cast<std::size_t>((y * w + x) * 4);
            image.rgba[p] = static_cast<std::uint8_t>(x * 255 / (w - 1));
            image.rgba[p + 1] = static_cast<std::uint8_t>(y * 255 / (h - 1));
            image.rgba[p + 2] = 77;
            image.rgba[p + 3] = static_cast<std::uint8_t>(255 - x);
        }
    }
    return image;
}

std::filesystem::path temp_png(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("xrviz_assets_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + name);
}

TEST(PngIo, RoundTripsExactly) {
    const Image original = gradient(37, 21);
    const auto path = temp_png("round_trip.png");
    write_png(path, original);
    const Image back = read_png(path);
    std::filesystem::remove(path);
    EXPECT_EQ(back.width, 37);
    EXPECT_EQ(back.height, 21);
    EXPECT_EQ(back.rgba, original.rgba);
}

TEST(PngIo, ReadingAMissingFileNamesIt) {
    try {
        (void)read_png("/nonexistent/golden.png");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/golden.png"), std::string::npos);
    }
}

TEST(PngIo, WritingToAMissingDirectoryThrows) {
    EXPECT_THROW(write_png("/nonexistent/dir/out.png", gradient(4, 4)), Error);
}

TEST(PngIo, WritingAMalformedImageThrows) {
    Image bad = gradient(4, 4);
    bad.rgba.pop_back();
    EXPECT_THROW(write_png(temp_png("bad.png"), bad), Error);
}

TEST(PngCompare, IdenticalImagesHaveNoDifference) {
    const ImageDiff d = compare_images(gradient(8, 8), gradient(8, 8), 0);
    EXPECT_EQ(d.max_channel_delta, 0.0);
    EXPECT_EQ(d.mean_abs_delta, 0.0);
    EXPECT_EQ(d.pixels_over_tolerance, 0u);
}

TEST(PngCompare, CountsPixelsBeyondTheTolerance) {
    const Image a = gradient(10, 10);
    Image b = a;
    b.rgba[0] = static_cast<std::uint8_t>(b.rgba[0] + 50);           // pixel 0: delta 50
    b.rgba[4 * 5 + 2] = static_cast<std::uint8_t>(77 + 3);           // pixel 5: delta 3
    b.rgba[4 * 9 + 1] = static_cast<std::uint8_t>(b.rgba[37] + 10);  // pixel 9: delta 10
    const ImageDiff d = compare_images(a, b, 4);
    EXPECT_EQ(d.pixels_over_tolerance, 2u);
    EXPECT_EQ(d.max_channel_delta, 50.0);
    EXPECT_DOUBLE_EQ(d.mean_abs_delta, 63.0 / 400.0);
    EXPECT_EQ(d.diff_visualisation.width, 10);
    EXPECT_EQ(d.diff_visualisation.rgba[0], 128 + 25);  // red, scaled by the delta
    EXPECT_EQ(d.diff_visualisation.rgba[1], 0);
    EXPECT_EQ(compare_images(a, b, 50).pixels_over_tolerance, 0u);
}

TEST(PngCompare, DifferentSizesThrow) {
    EXPECT_THROW(compare_images(gradient(4, 4), gradient(4, 5), 0), Error);
}

}  // namespace
}  // namespace xrviz::assets
