// The presenter's window (--mirror, app/xr/presenter.cpp) beside the simulated headset:
// it shows the left eye the headset was given, the tour's operator panel at its top right
// over that picture, and the panel's keys move the tour (replayed input, counted in
// rendered headset frames).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <string>

#include "engine/assets/image_io.h"
#include "tests/app/desktop/xvfb.h"
#include "tests/xr/session/xr_run.h"

namespace xrviz::testing {
namespace {

// The operator panel's rectangle in window units: 330 wide, 10 from the top right.
constexpr int kPanelRight = 10, kPanelTop = 10, kPanelWidth = 330;

class PresenterTest : public XrRunTest {
protected:
    void SetUp() override {
        XrRunTest::SetUp();
        if (xvfb_.display().empty())
            GTEST_SKIP() << "Xvfb could not start (install xvfb)";
        std::ofstream(dir_ / "tour.json") << kShortTour;
    }
    RunResult run_mirror(const std::string& args, const std::string& script,
                         std::map<std::string, std::string> env = {}) {
        env.emplace("DISPLAY", xvfb_.display());
        return run("--mode xr --mirror --validation --tour '" + (dir_ / "tour.json").string() +
                       "' " + args,
                   script, env);
    }
    // 45 headset frames with `keys` (a --replay file's events) in the window; the state.
    nlohmann::json run_keys(const std::string& keys) {
        std::ofstream(dir_ / "keys.rec") << "{\"xrviz_input\": 1}\n" << keys;
        const fs::path state = dir_ / "state.json";
        last_ = run_mirror("--frames 45 --replay '" + (dir_ / "keys.rec").string() +
                               "' --state-out '" + state.string() + "'",
                           "");
        expect_clean(last_);
        return nlohmann::json::parse(read_text(state));
    }
    app::testing::Xvfb xvfb_;
    RunResult last_;
};

const std::uint8_t* pixel(const assets::Image& image, int x, int y) {
    return &image.rgba[(static_cast<std::size_t>(y) * image.width + x) * 4];
}

// Whether the mirror's pixel at (u, v) of its size shows what the eye's pixel there does.
bool same_as_eye(const assets::Image& mirror, const assets::Image& eye, float u, float v) {
    const std::uint8_t* m =
        pixel(mirror, static_cast<int>(u * mirror.width), static_cast<int>(v * mirror.height));
    const std::uint8_t* e =
        pixel(eye, static_cast<int>(u * eye.width), static_cast<int>(v * eye.height));
    for (int c = 0; c < 3; ++c) {
        if (std::abs(static_cast<int>(m[c]) - static_cast<int>(e[c])) > 24)
            return false;
    }
    return true;
}

// ImGui's buttons: a saturated blue that the scene's background and floor never show.
bool button_blue(const std::uint8_t* p) {
    return p[2] > 150 && p[2] > p[0] + 60;
}

// Button-blue pixels in the rectangle [x0, x1) x [y0, y1) given in fractions of the size.
int blue_pixels(const assets::Image& image, float x0, float y0, float x1, float y1) {
    int n = 0;
    for (int y = static_cast<int>(y0 * image.height); y < static_cast<int>(y1 * image.height);
         ++y) {
        for (int x = static_cast<int>(x0 * image.width); x < static_cast<int>(x1 * image.width);
             ++x) {
            n += button_blue(pixel(image, x, y)) ? 1 : 0;
        }
    }
    return n;
}

// The window's picture is the eye's, scaled, with the operator panel over its top right.
void expect_eye_with_panel(const assets::Image& mirror, const assets::Image& eye) {
    ASSERT_GT(mirror.width, eye.width);  // scaled up so the panel fits beside the picture
    ASSERT_EQ(mirror.width * eye.height, mirror.height * eye.width);  // the eye's aspect
    // The panel: its top right corner, 330 wide; its buttons' row within the first 100.
    const float panel_left =
        1.0f - static_cast<float>(kPanelRight + kPanelWidth) / static_cast<float>(mirror.width);
    const float panel_top = static_cast<float>(kPanelTop) / static_cast<float>(mirror.height);
    const float buttons_bottom = 100.0f / static_cast<float>(mirror.height);
    EXPECT_GT(blue_pixels(mirror, panel_left, panel_top, 1.0f, buttons_bottom), 2000);
    EXPECT_LT(blue_pixels(eye, panel_left, panel_top, 1.0f, buttons_bottom), 20);
    // Away from the panel the window is the eye's picture, scaled: a grid of samples
    // across the bars, the caption, the floor and the background (filtering blurs a few
    // edges).
    int outside = 0, matching = 0;
    for (float v = 0.05f; v < 0.96f; v += 0.05f) {
        for (float u = 0.05f; u < 0.96f; u += 0.05f) {
            if (u > panel_left - 0.02f && v < 0.4f)
                continue;
            ++outside;
            matching += same_as_eye(mirror, eye, u, v) ? 1 : 0;
        }
    }
    ASSERT_GT(outside, 250);
    EXPECT_GE(matching, outside * 9 / 10) << matching << " of " << outside;
}

TEST_F(PresenterTest, TheWindowShowsTheLeftEyeWithTheOperatorPanelOverItsTopRight) {
    const fs::path shot = dir_ / "mirror.png";
    const RunResult r = run_mirror("--frames 40 --screenshot '" + shot.string() + "'", "",
                                   {{"XRVIZ_SIM_CAPTURE_FRAMES", "39"}});
    expect_clean(r);
    expect_eye_with_panel(assets::read_png(shot),
                          assets::read_png(dir_ / "frame0039_proj_eye0.png"));
}

TEST_F(PresenterTest, ALostSessionIsRecreatedUnderTheTourAndTheWindow) {
    // Events count frames per session: the second session would lose itself at its frame
    // 60 too, so --frames ends the run (100 frames, 40 of them the second session's).
    const fs::path shot = dir_ / "mirror.png";
    const RunResult r = run_mirror("--frames 100 --screenshot '" + shot.string() + "'",
                                   R"({"events": [{"frame": 60, "type": "session_loss_pending"}]})",
                                   {{"XRVIZ_SIM_CAPTURE_FRAMES", "39"}});
    expect_clean(r);
    EXPECT_NE(r.output.find("session lost; recreating it"), std::string::npos) << r.output;
    // The new session is put on again: the tour from its first stop.
    const auto first = r.output.find("stop 1 of 3 (touring)");
    ASSERT_NE(first, std::string::npos) << r.output;
    EXPECT_NE(r.output.find("stop 1 of 3 (touring)", first + 1), std::string::npos) << r.output;
    // The window mirrors the new session's swapchain (frame 39 of the second session).
    expect_eye_with_panel(assets::read_png(shot),
                          assets::read_png(dir_ / "frame0039_proj_eye0.png"));
}

TEST_F(PresenterTest, ItsKeysMoveTheTour) {
    // N at frame 10 and Right at 20 (stop 3), then P at 30 (stop 2): long before the
    // tour's own clock (90 frames a stop) would move it.
    const auto state = run_keys(R"({"frame": 10, "type": "key", "key": "N", "down": true}
{"frame": 11, "type": "key", "key": "N", "down": false}
{"frame": 20, "type": "key", "key": "Right", "down": true}
{"frame": 21, "type": "key", "key": "Right", "down": false}
{"frame": 30, "type": "key", "key": "P", "down": true}
{"frame": 31, "type": "key", "key": "P", "down": false}
)");
    EXPECT_NE(last_.output.find("stop 3 of 3 (touring)"), std::string::npos) << last_.output;
    EXPECT_EQ(state["tour"]["stop"], 2) << state.dump(2);
    EXPECT_EQ(state["tour"]["phase"], "touring");
}

TEST_F(PresenterTest, RestartGoesBackToTheFirstStop) {
    const auto state = run_keys(R"({"frame": 10, "type": "key", "key": "N", "down": true}
{"frame": 11, "type": "key", "key": "N", "down": false}
{"frame": 30, "type": "key", "key": "R", "down": true}
{"frame": 31, "type": "key", "key": "R", "down": false}
)");
    const auto second = last_.output.find("stop 2 of 3 (touring)");
    ASSERT_NE(second, std::string::npos) << last_.output;
    EXPECT_NE(last_.output.find("stop 1 of 3 (touring)", second), std::string::npos)
        << last_.output;
    EXPECT_EQ(state["tour"]["stop"], 1) << state.dump(2);
}

TEST_F(PresenterTest, AScreenshotWithoutFramesIsRefusedWithAReason) {
    const RunResult r = run_mirror("--screenshot '" + (dir_ / "never.png").string() + "'",
                                   R"({"events": [{"frame": 5, "type": "request_exit"}]})");
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_NE(r.output.find("no screenshot"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(dir_ / "never.png"));
}

}  // namespace
}  // namespace xrviz::testing
