// --replay in the headless mode: the recorded pointer acts on the Viewer through the same
// mapping as in the window (a pixel -> a ray through the camera), without a display.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "scenes/skyline/skyline_scene.h"
#include "scenes/viewer.h"
#include "tests/app/temp_dir.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::app {
namespace {

TEST(HeadlessReplay, AReplayedClickSelectsTheBarUnderIt) {
    testing::TempDir dir;
    scenes::Viewer viewer(scenes::testing::bundled_dataset(), "skyline");
    const auto& scene = dynamic_cast<const scenes::skyline::SkylineScene&>(viewer.scene());
    glm::vec2 pixel{0.0f};
    for (const auto& bar : scene.layout().bars) {
        if (bar.series == scenes::skyline::kLossSeries && bar.year == 2024) {
            pixel =
                *render::project_to_pixel(viewer.camera_view(640.0f / 360.0f),
                                          bar.center + glm::vec3(0, 0, bar.half_size.z), 640, 360);
        }
    }
    const auto replay = dir.path() / "click.jsonl";
    std::ofstream(replay) << "{\"xrviz_input\": 1}\n"
                          << "{\"frame\": 0, \"type\": \"move\", \"x\": " << pixel.x
                          << ", \"y\": " << pixel.y << "}\n"
                          << "{\"frame\": 1, \"type\": \"button\", \"button\": \"left\", "
                             "\"down\": true}\n"
                          << "{\"frame\": 2, \"type\": \"button\", \"button\": \"left\", "
                             "\"down\": false}\n";
    const auto state = dir.path() / "state.json";
    const std::string command = std::string(XRVIZ_BINARY) +
                                " --mode headless --validation --size 640x360 --replay " +
                                replay.string() + " --state-out " + state.string();
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    std::ifstream in(state);
    const auto json = nlohmann::json::parse(in);
    ASSERT_TRUE(json["selection"].is_object()) << json.dump(2);
    EXPECT_EQ(json["selection"]["series"], "reality_labs_operating_loss_annual");
    EXPECT_EQ(json["selection"]["period"], "2024");
}

TEST(HeadlessReplay, AMalformedReplayIsAUsageErrorNamingTheLine) {
    testing::TempDir dir;
    const auto replay = dir.path() / "bad.jsonl";
    std::ofstream(replay) << "{\"xrviz_input\": 1}\n{\"frame\": 1, \"type\": \"fly\"}\n";
    const auto log = dir.path() / "log.txt";
    const std::string command = std::string(XRVIZ_BINARY) + " --mode headless --replay " +
                                replay.string() + " > " + log.string() + " 2>&1";
    const int status = std::system(command.c_str());
    EXPECT_EQ(WEXITSTATUS(status), 2);
    std::ifstream in(log);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_NE(text.str().find("bad.jsonl:2: unknown event type \"fly\""), std::string::npos)
        << text.str();
}

}  // namespace
}  // namespace xrviz::app
