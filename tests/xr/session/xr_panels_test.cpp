// The panels in the headset (app/xr/xr_panels.cpp) on the simulated headset: the main
// panel is a quad layer showing the desktop's controls; a controller's ray on it clicks
// like a mouse. The test finds the Reality Labs swatch in the captured panel, aims at its
// label, pulls the trigger, and sees the series gone from the next captured frame.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>
#include <string>

#include <glm/gtc/quaternion.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "engine/assets/image_io.h"
#include "tests/xr/session/xr_run.h"

namespace {

using nlohmann::json;
using xrviz::testing::read_text;
using xrviz::testing::RunResult;

// The skyline's Reality Labs pink, as the panel's swatch and the bars show it.
bool is_pink(const std::uint8_t* p) { return p[0] > 170 && p[1] < 140 && p[2] > 130; }

std::size_t pink_pixels(const xrviz::assets::Image& image) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < image.rgba.size(); i += 4) n += is_pink(&image.rgba[i]) ? 1 : 0;
    return n;
}

// The centre of the pink swatch in the panel image, in pixels.
std::optional<glm::vec2> pink_swatch(const xrviz::assets::Image& panel) {
    glm::vec2 sum{0.0f};
    std::size_t n = 0;
    for (int y = 0; y < panel.height; ++y) {
        for (int x = 0; x < panel.width; ++x) {
            if (is_pink(&panel.rgba[(static_cast<std::size_t>(y) * panel.width + x) * 4])) {
                sum += glm::vec2(x, y);
                ++n;
            }
        }
    }
    if (n == 0) return std::nullopt;
    return sum / static_cast<float>(n);
}

class XrPanelsTest : public xrviz::testing::XrRunTest {};

TEST_F(XrPanelsTest, AnUntouchedPanelIsDrawnOnceAndShownEveryFrame) {
    const RunResult r = run("--mode xr --validation",
                            R"({"events": [{"frame": 120, "type": "request_exit"}]})");
    expect_clean(r);
    // Every frame submits the panel as a quad layer ...
    EXPECT_NE(r.output.find("quad 120"), std::string::npos) << r.output;
    // ... but nothing changed on it, so its pixels were drawn only while ImGui's
    // auto-sized windows settled (the first two frames), not 120 times.
    const auto at = r.output.find("main panel: ");
    ASSERT_NE(at, std::string::npos) << r.output;
    const int drawn = std::stoi(r.output.substr(at + 12));
    EXPECT_GE(drawn, 1);
    EXPECT_LE(drawn, 3);
}

TEST_F(XrPanelsTest, ClickingASeriesToggleOnTheMainPanelHidesTheSeries) {
    // First run: where the main panel stands and what it shows.
    RunResult r = run("--mode xr --validation",
                      R"({"events": [{"frame": 12, "type": "request_exit"}]})",
                      {{"XRVIZ_SIM_CAPTURE_FRAMES", "10"}});
    expect_clean(r);
    const json quad = json::parse(read_text(dir_ / "frame0010_quad0.json"));
    const auto panel = xrviz::assets::read_png(dir_ / "frame0010_quad0.png");
    const auto swatch = pink_swatch(panel);
    ASSERT_TRUE(swatch) << "no Reality Labs swatch on the main panel";
    // The series' name, right of its swatch and checkbox: a click there toggles it.
    const glm::vec2 pixel = *swatch + glm::vec2(90.0f, 0.0f);
    const glm::vec2 size{quad["size"][0].get<float>(), quad["size"][1].get<float>()};
    const glm::vec3 local{(pixel.x / static_cast<float>(panel.width) - 0.5f) * size.x,
                          (0.5f - pixel.y / static_cast<float>(panel.height)) * size.y, 0.0f};
    const auto& pose = quad["pose"];
    const glm::quat orientation(pose["orientation"][3].get<float>(), pose["orientation"][0].get<float>(),
                                pose["orientation"][1].get<float>(), pose["orientation"][2].get<float>());
    const glm::vec3 centre{pose["position"][0].get<float>(), pose["position"][1].get<float>(),
                           pose["position"][2].get<float>()};
    const glm::vec3 target = centre + orientation * local;

    // Second run: the right hand aims there from beside the body and pulls the trigger.
    const glm::vec3 hand{0.1f, 1.3f, -0.2f};
    const glm::vec3 d = glm::normalize(target - hand);
    const glm::quat aim = glm::angleAxis(std::atan2(-d.x, -d.z), glm::vec3(0, 1, 0)) *
                          glm::angleAxis(std::asin(d.y), glm::vec3(1, 0, 0));
    const std::string pose_json = "{\"position\": [" + std::to_string(hand.x) + ", " +
                                  std::to_string(hand.y) + ", " + std::to_string(hand.z) +
                                  "], \"orientation\": [" + std::to_string(aim.x) + ", " +
                                  std::to_string(aim.y) + ", " + std::to_string(aim.z) + ", " +
                                  std::to_string(aim.w) + "]}";
    const auto state = dir_ / "state.json";
    r = run("--mode xr --validation --state-out '" + state.string() + "'",
            R"({"keyframes": [
                 {"t": 0.0, "right": {"aim": )" + pose_json + R"(, "trigger": 0.0}},
                 {"t": 0.4, "right": {"trigger": 0.0}},
                 {"t": 0.5, "right": {"trigger": 1.0}},
                 {"t": 0.6, "right": {"trigger": 0.0}}],
               "events": [{"frame": 100, "type": "request_exit"}]})",
            {{"XRVIZ_SIM_CAPTURE_FRAMES", "30,90"}});
    expect_clean(r);
    EXPECT_NE(read_text(state).find("reality_labs_operating_loss_annual"), std::string::npos)
        << read_text(state);
    // The pink bars were there before the click and are gone after it; the panel's own
    // swatch stays (the toggle shows the series as hidden, not removed).
    EXPECT_GT(pink_pixels(xrviz::assets::read_png(dir_ / "frame0030_proj_eye0.png")), 200u);
    EXPECT_EQ(pink_pixels(xrviz::assets::read_png(dir_ / "frame0090_proj_eye0.png")), 0u);
    // A ray on a panel is the panel's: nothing in the scene was selected.
    EXPECT_NE(read_text(state).find(R"("selection": null)"), std::string::npos);
}

}  // namespace
