// xrviz --tour offscreen: every stop of the default tour renders with its caption, the
// gallery writes a picture per stop, the state report says where the tour is
// (app/headless/tour_headless.cpp through the binary).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

#include "engine/assets/image_io.h"
#include "engine/core/paths.h"
#include "scenes/tour/tour_file.h"
#include "tests/app/run_xrviz.h"
#include "tests/app/temp_dir.h"
#include "tests/support/offscreen_renderer.h"

namespace xrviz::app {
namespace {

using testing::run_xrviz;
using xrviz::testing::linear_pixel;
using xrviz::testing::Rgb;

float chroma(Rgb c) { return std::max({c.r, c.g, c.b}) - std::min({c.r, c.g, c.b}); }
float luminance(Rgb c) { return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b; }

// Share of the pixels in rows [top, bottom) x columns [left, right) that pass `test`.
template <typename Test>
double share(const assets::Image& image, double top, double bottom, double left, double right,
             Test test) {
    int hits = 0, all = 0;
    for (int y = static_cast<int>(top * image.height); y < static_cast<int>(bottom * image.height);
         ++y) {
        for (int x = static_cast<int>(left * image.width);
             x < static_cast<int>(right * image.width); ++x) {
            ++all;
            hits += test(linear_pixel(image, x, y)) ? 1 : 0;
        }
    }
    return all ? static_cast<double>(hits) / all : 0.0;
}

TEST(TourHeadless, TheGalleryShowsEveryStopWithItsSceneAndCaption) {
    testing::TempDir dir;
    const auto run = run_xrviz("--mode headless --tour --gallery " + dir.path().string() +
                               " --size 640x360 --validation");
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const scenes::tour::Tour tour = scenes::tour::load_tour(scenes::tour::default_tour_path());
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        (void)entry;
        ++files;
    }
    EXPECT_EQ(files, tour.stops.size());
    for (std::size_t i = 0; i < tour.stops.size(); ++i) {
        char name[64];
        std::snprintf(name, sizeof name, "tour_%02zu_%s.png", i + 1, tour.stops[i].scene.c_str());
        SCOPED_TRACE(name);
        ASSERT_TRUE(std::filesystem::exists(dir.path() / name));
        const assets::Image image = assets::read_png(dir.path() / name);
        // The scene, above the caption panel: its figures are coloured boxes, or (the hall)
        // lit grey racks far brighter than the background (about 0.025 in linear light).
        EXPECT_GT(share(image, 0.0, 0.62, 0.0, 1.0,
                        [](Rgb c) { return chroma(c) > 0.08f || luminance(c) > 0.08f; }),
                  0.03);
        // The caption panel across the lower part: darker than the background (about 0.025
        // in linear light), with bright text on it.
        const double dark =
            share(image, 0.72, 0.95, 0.2, 0.8, [](Rgb c) { return luminance(c) < 0.015f; });
        const double text =
            share(image, 0.72, 0.95, 0.1, 0.5, [](Rgb c) { return luminance(c) > 0.3f; });
        EXPECT_GT(dark, 0.4);
        EXPECT_GT(text, 0.01);
    }
}

TEST(TourHeadless, TheStateReportSaysWhereTheTourIs) {
    testing::TempDir dir;
    const auto state = dir.path() / "state.json";
    const scenes::tour::Tour tour = scenes::tour::load_tour(scenes::tour::default_tour_path());
    // 60 frames a second: one frame past the first stop's end is the second stop.
    const int frames = static_cast<int>(tour.stops[0].seconds * 60.0) + 2;
    const auto run = run_xrviz("--mode headless --tour --size 64x64 --msaa 1 --frames " +
                               std::to_string(frames) + " --state-out " + state.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    std::ifstream in(state);
    const auto report = nlohmann::json::parse(in);
    EXPECT_EQ(report["tour"]["phase"], "attract");
    EXPECT_EQ(report["tour"]["stop"], 2);
    EXPECT_EQ(report["tour"]["stop_count"], tour.stops.size());
    EXPECT_EQ(report["scene"], tour.stops[1].scene);
}

TEST(TourHeadless, ABadTourFileIsNamedWithItsLineAndColumn) {
    testing::TempDir dir;
    const auto file = dir.path() / "bad.json";
    std::ofstream(file) << "{\n  \"title\": \"x\",\n  \"stops\": 3\n}\n";
    const auto run = run_xrviz("--mode headless --tour " + file.string());
    EXPECT_EQ(run.exit_code, 1) << run.output;
    EXPECT_NE(run.output.find(file.string() + ":3:12: \"stops\" is missing or empty"),
              std::string::npos)
        << run.output;
}

}  // namespace
}  // namespace xrviz::app
