// The xrviz binary end to end in headless mode: the command-line contract that the
// README, CI and the other front-ends' tests rely on.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/assets/image_io.h"
#include "tests/app/run_xrviz.h"
#include "tests/app/temp_dir.h"

namespace xrviz::app {
namespace {

using testing::RunResult;
using testing::run_xrviz;

nlohmann::json read_json(const std::filesystem::path& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

TEST(HeadlessApp, WritesTheSkylineScreenshotWithNoValidationMessage) {
    testing::TempDir dir;
    const auto png = dir.path() / "skyline.png";
    const RunResult run = run_xrviz("--mode headless --scene skyline --size 320x180 --validation "
                                    "--screenshot " + png.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    // The validation messenger logs every message as a vulkan warning or error.
    EXPECT_EQ(run.output.find("] vulkan: Validation"), std::string::npos) << run.output;
    EXPECT_EQ(run.output.find("validation message(s)"), std::string::npos) << run.output;
    const assets::Image image = assets::read_png(png);
    EXPECT_EQ(image.width, 320);
    EXPECT_EQ(image.height, 180);
}

TEST(HeadlessApp, BenchReportHasEveryPromisedField) {
    testing::TempDir dir;
    const auto bench = dir.path() / "b.json";
    const RunResult run = run_xrviz("--mode headless --scene skyline --size 160x90 --frames 5 "
                                    "--bench " + bench.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const auto json = read_json(bench);
    EXPECT_EQ(json["scene"], "skyline");
    EXPECT_EQ(json["frames"], 5);
    EXPECT_EQ(json["size"], nlohmann::json::array({160, 90}));
    for (const char* key : {"p50", "p95", "p99"}) EXPECT_GT(json["frame_ms"][key], 0.0) << key;
    for (const char* key : {"p50", "p95"}) EXPECT_GT(json["cpu_ms"][key], 0.0) << key;
    EXPECT_TRUE(json["gpu_ms"].contains("p50"));
    EXPECT_EQ(json["draw_calls"], 5);  // boxes, grid, lines, translucent range, labels
    EXPECT_GT(json["instances"], 16);
    EXPECT_GT(json["peak_rss_mb"], 1.0);
    EXPECT_GT(json["first_frame_ms"], 0.0);
}

TEST(HeadlessApp, StateOutNamesSceneCameraAndNoSelection) {
    testing::TempDir dir;
    const auto state = dir.path() / "s.json";
    const RunResult run = run_xrviz("--mode headless --scene skyline --size 160x90 "
                                    "--camera eye=1,2,3:target=0,1,0 --state-out " +
                                    state.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const auto json = read_json(state);
    EXPECT_EQ(json["scene"], "skyline");
    EXPECT_EQ(json["camera"]["eye"], nlohmann::json::array({1.0, 2.0, 3.0}));
    EXPECT_EQ(json["camera"]["target"], nlohmann::json::array({0.0, 1.0, 0.0}));
    EXPECT_TRUE(json["selection"].is_null());
}

TEST(HeadlessApp, UnknownSceneOrViewIsOneLineAndExitTwo) {
    RunResult run = run_xrviz("--mode headless --scene nope");
    EXPECT_EQ(run.exit_code, 2);
    // Every scene of the catalogue is named; the list grows as scenes are added.
    EXPECT_NE(run.output.find("unknown scene \"nope\" (known: skyline, "), std::string::npos)
        << run.output;
    for (const char* scene : {"campus", "tracks", "tco", "empty"})
        EXPECT_NE(run.output.find(scene), std::string::npos) << scene << ": " << run.output;
    run = run_xrviz("--mode headless --scene skyline --view nope");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.output.find("has no view \"nope\""), std::string::npos) << run.output;
}

TEST(HeadlessApp, SetChangesTheSceneAndABadParameterIsOneLineAndExitTwo) {
    testing::TempDir dir;
    const auto shot = [&](const std::string& name, const std::string& sets) {
        const auto png = dir.path() / name;
        const RunResult run = run_xrviz("--mode headless --scene tco --size 160x90 " + sets +
                                        " --screenshot " + png.string());
        EXPECT_EQ(run.exit_code, 0) << run.output;
        return assets::read_png(png);
    };
    const auto defaults = shot("default.png", "");
    const auto half = shot("half.png", "--set utilisation=0.3 --set cloud_usd_per_gpu_hour=2");
    EXPECT_GT(assets::compare_images(defaults, half, 8).pixels_over_tolerance, 50u)
        << "other inputs must draw other columns";

    const auto expect_usage_error = [](const std::string& arguments, const std::string& line) {
        const RunResult run = run_xrviz("--mode headless " + arguments);
        EXPECT_EQ(run.exit_code, 2) << arguments;
        EXPECT_NE(run.output.find(line), std::string::npos) << run.output;
    };
    expect_usage_error("--scene tco --set speed=1",
                       "xrviz: --set speed=1: scene \"tco\" has no parameter \"speed\" "
                       "(parameters: gpus,");
    expect_usage_error("--scene tco --set gpus=0",
                       "xrviz: --set gpus=0: scene \"tco\": gpus must be in 8..1000000, got 0\n");
    expect_usage_error("--scene skyline --set gpus=10",
                       "scene \"skyline\" has no parameter \"gpus\"");
}

TEST(HeadlessApp, BadArgumentIsOneLineAndExitTwo) {
    const RunResult run = run_xrviz("--size 12x");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(std::count(run.output.begin(), run.output.end(), '\n'), 1) << run.output;
}

TEST(HeadlessApp, InvalidDatasetIsReportedWithFileLineAndColumn) {
    testing::TempDir dir;
    std::ofstream(dir.path() / "dataset.json") << "{ \"title\": ";
    const RunResult run = run_xrviz("--mode headless --data " + dir.path().string() +
                                    " --scene skyline --screenshot " +
                                    (dir.path() / "x.png").string());
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.output.find("dataset.json:1:"), std::string::npos) << run.output;
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "x.png")) << "nothing half-loaded is shown";
}

TEST(HeadlessApp, ModelFileIsShownWithNoValidationMessage) {
    testing::TempDir dir;
    const auto png = dir.path() / "model.png";
    const std::string file = std::string(XRVIZ_TEST_DATA_DIR) + "/gltf/valid/textured_quad.gltf";
    const RunResult run = run_xrviz("--mode headless --model " + file +
                                    " --size 320x180 --validation --screenshot " + png.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    EXPECT_EQ(run.output.find("] vulkan: Validation"), std::string::npos) << run.output;
    EXPECT_EQ(assets::read_png(png).width, 320);
}

TEST(HeadlessApp, MalformedModelIsOneLineAndExitTwoAndNoPicture) {
    testing::TempDir dir;
    const auto png = dir.path() / "model.png";
    const std::string file = std::string(XRVIZ_TEST_DATA_DIR) + "/gltf/malformed/missing_buffer.gltf";
    const RunResult run =
        run_xrviz("--mode headless --model " + file + " --screenshot " + png.string());
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.output, "xrviz: cannot show model " + file + ": File not found : missing.bin\n");
    EXPECT_FALSE(std::filesystem::exists(png)) << "nothing half-loaded is shown";
}

TEST(HeadlessApp, ListsScenesAndHelp) {
    RunResult run = run_xrviz("--list-scenes");
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_NE(run.output.find("skyline"), std::string::npos);
    run = run_xrviz("--help");
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_NE(run.output.find("--screenshot"), std::string::npos);
}

}  // namespace
}  // namespace xrviz::app
