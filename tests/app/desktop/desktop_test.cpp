// The desktop front-end in a real GLFW window under Xvfb, on lavapipe with the Vulkan
// validation layer: screenshots with their panels, replayed clicks, resize and minimize.
// Each test runs the xrviz binary as a person would.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "engine/assets/image_io.h"
#include "scenes/panels/panels.h"
#include "scenes/skyline/skyline_scene.h"
#include "scenes/viewer.h"
#include "tests/app/desktop/xtest.h"
#include "tests/app/desktop/xvfb.h"
#include "tests/app/temp_dir.h"
#include "tests/scenes/scene_test_support.h"
#include "tests/support/offscreen_renderer.h"

namespace xrviz::app {
namespace {

using xrviz::testing::linear_pixel;
using xrviz::testing::max_channel_difference;
using xrviz::testing::Rgb;
using xrviz::testing::same_chromaticity;

constexpr int kWidth = 1280;
constexpr int kHeight = 720;

struct XrvizRun {
    int exit_code = -1;
    std::string output;
};

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

class DesktopTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (xvfb_.display().empty())
            GTEST_SKIP() << "Xvfb could not start (install xvfb)";
    }

    XrvizRun xrviz(const std::string& arguments) {
        const auto log = dir_.path() / "xrviz.log";
        const std::string command = "DISPLAY=" + xvfb_.display() +
                                    " timeout 60 " XRVIZ_BINARY
                                    " --mode desktop --validation --size " +
                                    std::to_string(kWidth) + "x" + std::to_string(kHeight) + " " +
                                    arguments + " > " + log.string() + " 2>&1";
        const int status = std::system(command.c_str());
        return XrvizRun{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(log)};
    }

    std::filesystem::path write_replay(const std::string& name, const std::string& events) {
        const auto path = dir_.path() / name;
        std::ofstream(path) << "{\"xrviz_input\": 1}\n" << events;
        return path;
    }

    static glm::ivec2 capex_2025_pixel() {
        scenes::Viewer viewer(scenes::testing::bundled_dataset(), "skyline");
        const auto& scene = dynamic_cast<const scenes::skyline::SkylineScene&>(viewer.scene());
        for (const auto& bar : scene.layout().bars) {
            if (bar.series == scenes::skyline::kCapexSeries && bar.year == 2025) {
                const auto p = render::project_to_pixel(
                    viewer.camera_view(static_cast<float>(kWidth) / kHeight),
                    bar.center + glm::vec3(0, 0, bar.half_size.z), kWidth, kHeight);
                return glm::ivec2(*p);
            }
        }
        throw std::runtime_error("no 2025 capex bar");
    }

    static Rgb capex_colour() {
        scenes::Viewer viewer(scenes::testing::bundled_dataset(), "skyline");
        for (const auto& toggle : viewer.scene().series()) {
            if (toggle.id == scenes::skyline::kCapexSeries) {
                return {toggle.colour.r, toggle.colour.g, toggle.colour.b};
            }
        }
        throw std::runtime_error("no capex series");
    }

    testing::Xvfb xvfb_;
    testing::TempDir dir_;
};

// The controls panel's background (ImGui WindowBg, sRGB 0.09, 0.10, 0.12) in linear light.
constexpr Rgb kPanelBackground{0.0080f, 0.0100f, 0.0137f};

TEST_F(DesktopTest, ScreenshotShowsTheSkylineAndItsPanels) {
    const auto shot = dir_.path() / "window.png";
    const XrvizRun run = xrviz("--frames 4 --screenshot " + shot.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    EXPECT_EQ(run.output.find("validation message"), std::string::npos) << run.output;
    const assets::Image image = assets::read_png(shot);
    ASSERT_EQ(image.width, kWidth);
    ASSERT_EQ(image.height, kHeight);

    const glm::ivec2 bar = capex_2025_pixel();
    const Rgb seen = linear_pixel(image, bar.x, bar.y);
    EXPECT_TRUE(same_chromaticity(seen, capex_colour(), 0.08f))
        << "capex 2025 at " << bar.x << "," << bar.y << ": " << seen.r << " " << seen.g << " "
        << seen.b;

    // Inside the controls panel's left padding, below its title bar.
    const int x = static_cast<int>(scenes::panels::kControlsPanelX) + 4;
    const int y = static_cast<int>(scenes::panels::kControlsPanelY) + 120;
    const Rgb panel = linear_pixel(image, x, y);
    EXPECT_LT(max_channel_difference(panel, kPanelBackground), 0.003f)
        << "panel at " << x << "," << y << ": " << panel.r << " " << panel.g << " " << panel.b;
}

TEST_F(DesktopTest, ReplayedClickOnABarSelectsItWithItsValueAndSource) {
    const glm::ivec2 bar = capex_2025_pixel();
    const auto replay = write_replay(
        "click.jsonl",
        "{\"frame\": 1, \"type\": \"move\", \"x\": " + std::to_string(bar.x) +
            ", \"y\": " + std::to_string(bar.y) +
            "}\n"
            "{\"frame\": 3, \"type\": \"button\", \"button\": \"left\", \"down\": true}\n"
            "{\"frame\": 5, \"type\": \"button\", \"button\": \"left\", \"down\": false}\n");
    const auto state = dir_.path() / "state.json";
    const XrvizRun run =
        xrviz("--replay " + replay.string() + " --frames 8 --state-out " + state.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const auto json = nlohmann::json::parse(read_file(state));
    ASSERT_TRUE(json["selection"].is_object()) << json.dump(2);
    EXPECT_EQ(json["selection"]["series"], "capex_annual");
    EXPECT_EQ(json["selection"]["period"], "2025");
    EXPECT_DOUBLE_EQ(json["selection"]["value"].get<double>(), 72.22);
    EXPECT_EQ(json["selection"]["source_url"], "https://titanstockanalysis.com/meta-2025-report");
}

// The Reality Labs checkbox in the controls panel at 1280x720, scale 1: the third row of
// the panel's series list (title, scene, views and the first series above it).
constexpr glm::ivec2 kLossToggle{57, 217};

TEST_F(DesktopTest, ReplayedClickOnASeriesToggleHidesTheSeries) {
    const auto replay = write_replay(
        "toggle.jsonl",
        "{\"frame\": 1, \"type\": \"move\", \"x\": " + std::to_string(kLossToggle.x) +
            ", \"y\": " + std::to_string(kLossToggle.y) +
            "}\n"
            "{\"frame\": 3, \"type\": \"button\", \"button\": \"left\", \"down\": true}\n"
            "{\"frame\": 5, \"type\": \"button\", \"button\": \"left\", \"down\": false}\n");
    const auto state = dir_.path() / "state.json";
    const XrvizRun run =
        xrviz("--replay " + replay.string() + " --frames 8 --state-out " + state.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const auto json = nlohmann::json::parse(read_file(state));
    EXPECT_EQ(json["hidden_series"], nlohmann::json::array({"reality_labs_operating_loss_annual"}))
        << json.dump(2);
    EXPECT_TRUE(json["selection"].is_null()) << "a click on a panel must not reach the scene";
}

// The controls panel's Play button (below the series toggles) at 1280x720, scale 1.
constexpr glm::ivec2 kPlayButton{35, 287};

TEST_F(DesktopTest, PlayStepsThePeriodSliderAndLaterBarsAreNotDrawn) {
    const auto replay = write_replay(
        "play.jsonl",
        "{\"frame\": 1, \"type\": \"move\", \"x\": " + std::to_string(kPlayButton.x) +
            ", \"y\": " + std::to_string(kPlayButton.y) +
            "}\n"
            "{\"frame\": 3, \"type\": \"button\", \"button\": \"left\", \"down\": true}\n"
            "{\"frame\": 5, \"type\": \"button\", \"button\": \"left\", \"down\": false}\n"
            "{\"frame\": 6, \"type\": \"move\", \"x\": 700, \"y\": 650}\n");
    const auto shot = dir_.path() / "playing.png";
    // 0.8 s per period at 60 frames a second: 2017 at the start, about 2019 after 110 frames.
    const XrvizRun run =
        xrviz("--replay " + replay.string() + " --frames 110 --screenshot " + shot.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const assets::Image image = assets::read_png(shot);
    const glm::ivec2 bar = capex_2025_pixel();
    const Rgb seen = linear_pixel(image, bar.x, bar.y);
    EXPECT_FALSE(same_chromaticity(seen, capex_colour(), 0.08f))
        << "the 2025 bar is drawn while playing the early years";
}

TEST_F(DesktopTest, ReplayedResizeMinimizeAndFullscreenAreSurvived) {
    const auto replay =
        write_replay("window.jsonl",
                     "{\"frame\": 2, \"type\": \"resize\", \"width\": 800, \"height\": 500}\n"
                     "{\"frame\": 5, \"type\": \"minimize\"}\n"
                     "{\"frame\": 9, \"type\": \"restore\"}\n"
                     "{\"frame\": 11, \"type\": \"resize\", \"width\": 1000, \"height\": 640}\n"
                     "{\"frame\": 12, \"type\": \"key\", \"key\": \"F3\", \"down\": true}\n"
                     "{\"frame\": 13, \"type\": \"key\", \"key\": \"F3\", \"down\": false}\n"
                     "{\"frame\": 14, \"type\": \"key\", \"key\": \"F11\", \"down\": true}\n"
                     "{\"frame\": 15, \"type\": \"key\", \"key\": \"F11\", \"down\": false}\n"
                     "{\"frame\": 18, \"type\": \"key\", \"key\": \"F11\", \"down\": true}\n"
                     "{\"frame\": 19, \"type\": \"key\", \"key\": \"F11\", \"down\": false}\n");
    const auto shot = dir_.path() / "after.png";
    const XrvizRun run =
        xrviz("--replay " + replay.string() + " --frames 22 --screenshot " + shot.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    EXPECT_EQ(run.output.find("validation message"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("swapchain 800x500"), std::string::npos) << run.output;
    // F11: the whole 1280x800 Xvfb screen, then back to the window.
    EXPECT_NE(run.output.find("swapchain 1280x800"), std::string::npos) << run.output;
    const assets::Image image = assets::read_png(shot);
    EXPECT_EQ(image.width, 1000);
    EXPECT_EQ(image.height, 640);
}

TEST_F(DesktopTest, RecordingWritesEveryFramesTickAndReplaysToTheSameState) {
    // No live input reaches a window under Xvfb, so the recording holds the window's size
    // and one tick per frame; replaying it must run the same frames to the same state.
    const auto recorded = dir_.path() / "recorded.jsonl";
    const auto state_a = dir_.path() / "a.json";
    const auto state_b = dir_.path() / "b.json";
    XrvizRun run =
        xrviz("--frames 6 --record " + recorded.string() + " --state-out " + state_a.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    std::ifstream in(recorded);
    std::string line;
    std::vector<nlohmann::json> lines;
    while (std::getline(in, line))
        lines.push_back(nlohmann::json::parse(line));
    ASSERT_GE(lines.size(), 8u);
    EXPECT_EQ(lines[0], nlohmann::json({{"xrviz_input", 1}}));
    EXPECT_EQ(lines[1]["type"], "resize");
    EXPECT_EQ(lines[1]["width"], kWidth);
    int ticks = 0;
    for (const auto& l : lines)
        ticks += l.contains("type") && l["type"] == "tick";
    EXPECT_EQ(ticks, 6);
    EXPECT_EQ(lines.back()["frame"], 5);

    run = xrviz("--replay " + recorded.string() + " --state-out " + state_b.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    EXPECT_EQ(nlohmann::json::parse(read_file(state_a)), nlohmann::json::parse(read_file(state_b)));
}

TEST_F(DesktopTest, LiveInputIsRecordedAndItsReplayEndsInTheSameState) {
    // A person's clicks through the X server (XTEST): a click on the 2025 capex bar, then
    // Ctrl+Q. Recorded with --record; replaying the recording gives the same state.
    testing::XTest input(xvfb_.display());
    if (!input.available())
        GTEST_SKIP() << "XTEST is not available on this X server";
    const auto recorded = dir_.path() / "live.jsonl";
    const auto state_live = dir_.path() / "live.json";
    const auto state_replayed = dir_.path() / "replayed.json";
    XrvizRun live;
    std::thread session([&] {
        live = xrviz("--record " + recorded.string() + " --state-out " + state_live.string());
    });
    // Wait until frames are being drawn: the recording gets a tick per frame.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    std::size_t lines = 0;
    while (std::chrono::steady_clock::now() < deadline && lines < 12) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        std::ifstream in(recorded);
        std::string line;
        lines = 0;
        while (std::getline(in, line))
            ++lines;
    }
    const auto pause = [] { std::this_thread::sleep_for(std::chrono::milliseconds(150)); };
    const glm::ivec2 bar = capex_2025_pixel();  // the window stands at 0,0 without a WM
    input.move(bar.x, bar.y);
    pause();
    input.button(1, true);
    pause();
    input.button(1, false);
    pause();
    input.key(0xffe3, true);  // Control_L
    input.key(0x71, true);    // q
    pause();
    input.key(0x71, false);
    input.key(0xffe3, false);
    session.join();
    ASSERT_EQ(live.exit_code, 0) << live.output;
    const auto a = nlohmann::json::parse(read_file(state_live));
    ASSERT_TRUE(a["selection"].is_object()) << a.dump(2) << "\n" << read_file(recorded);
    EXPECT_EQ(a["selection"]["period"], "2025");

    const XrvizRun replayed =
        xrviz("--replay " + recorded.string() + " --state-out " + state_replayed.string());
    ASSERT_EQ(replayed.exit_code, 0) << replayed.output;
    EXPECT_EQ(nlohmann::json::parse(read_file(state_replayed)), a);
}

// --tour in the window: N moves to the next stop and starts a person's tour; the caption
// panel and the operator panel are drawn with no validation message.
TEST_F(DesktopTest, TourKeysMoveTheTour) {
    const auto replay =
        write_replay("tour.jsonl",
                     "{\"frame\": 2, \"type\": \"key\", \"key\": \"N\", \"down\": true}\n"
                     "{\"frame\": 3, \"type\": \"key\", \"key\": \"N\", \"down\": false}\n");
    const auto state = dir_.path() / "state.json";
    const XrvizRun run =
        xrviz("--tour --replay " + replay.string() + " --frames 6 --state-out " + state.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const auto json = nlohmann::json::parse(read_file(state));
    EXPECT_EQ(json["tour"]["phase"], "touring") << json.dump(2);
    EXPECT_EQ(json["tour"]["stop"], 2);
}

// --kiosk: Ctrl+Q does not quit, and a second without input (--idle-seconds 1) returns a
// person's tour to the attract loop at the first stop.
TEST_F(DesktopTest, KioskIgnoresQuitAndReturnsToAttractWhenIdle) {
    std::string events =
        "{\"frame\": 1, \"type\": \"key\", \"key\": \"N\", \"down\": true}\n"
        "{\"frame\": 2, \"type\": \"key\", \"key\": \"N\", \"down\": false}\n"
        "{\"frame\": 3, \"type\": \"key\", \"key\": \"LeftControl\", \"down\": true}\n"
        "{\"frame\": 3, \"type\": \"key\", \"key\": \"Q\", \"down\": true}\n";
    // Virtual frames of 0.25 s: the idle second has passed by frame 8.
    for (int frame = 0; frame <= 10; ++frame)
        events += "{\"frame\": " + std::to_string(frame) + ", \"type\": \"tick\", \"dt\": 0.25}\n";
    const auto replay = write_replay("kiosk.jsonl", events);
    const auto state = dir_.path() / "state.json";
    const XrvizRun run = xrviz("--tour --kiosk --idle-seconds 1 --replay " + replay.string() +
                               " --frames 11 --state-out " + state.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const auto json = nlohmann::json::parse(read_file(state));
    EXPECT_EQ(json["tour"]["phase"], "attract") << json.dump(2);
    EXPECT_EQ(json["tour"]["stop"], 1);
}

}  // namespace
}  // namespace xrviz::app
