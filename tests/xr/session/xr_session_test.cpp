// xrviz --mode xr against the simulated headset: the session reaches FOCUSED, renders the
// skyline in both eyes with the parallax the IPD implies, survives LOSS_PENDING, exits
// cleanly on instance loss, keeps rendering while visible but not focused, falls back
// without a runtime, reports late frames with --bench, and follows user presence where
// the runtime offers it. Every run has the OpenXR core validation layer and the Vulkan
// validation layer (--validation) on: any message fails.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "engine/assets/image_io.h"
#include "tests/app/desktop/xvfb.h"
#include "tests/xr/session/xr_run.h"

namespace {

namespace fs = std::filesystem;

using xrviz::testing::RunResult;
using xrviz::testing::read_text;

class XrSessionTest : public xrviz::testing::XrRunTest {
protected:
    // Mean x of the pixels of the bars (saturated blue and pink) in one eye's capture, and
    // how many there are. The grid is left out: lavapipe 22.3's multiview draws it
    // in the first view only.
    struct BarPixels {
        std::size_t count = 0;
        double mean_x = 0.0;
    };
    BarPixels bars(const std::string& png) const {
        const auto image = xrviz::assets::read_png(dir_ / png);
        BarPixels result;
        double sum = 0.0;
        for (int y = 0; y < image.height; ++y) {
            for (int x = 0; x < image.width; ++x) {
                const auto* p = &image.rgba[(static_cast<std::size_t>(y) * image.width + x) * 4];
                const int hi = std::max({p[0], p[1], p[2]});
                const int lo = std::min({p[0], p[1], p[2]});
                if (hi - lo > 60) {
                    ++result.count;
                    sum += x;
                }
            }
        }
        if (result.count > 0)
            result.mean_x = sum / static_cast<double>(result.count);
        return result;
    }

    // What the sim's depth capture says (grey levels of distance from the eye, 0.1 m
    // each, white beyond 25.5 m): the mean distance at the pixels where the colour
    // capture shows a bar, and the share of pixels left at the far plane (nothing drawn).
    struct DepthAtBars {
        std::size_t bar_pixels = 0;
        double mean_bar_distance_m = 0.0;
        double far_share = 0.0;
    };
    DepthAtBars depth_at_bars(const std::string& colour_png, const std::string& depth_png) const {
        const auto colour = xrviz::assets::read_png(dir_ / colour_png);
        const auto depth = xrviz::assets::read_png(dir_ / depth_png);
        EXPECT_EQ(colour.width, depth.width);
        EXPECT_EQ(colour.height, depth.height);
        DepthAtBars result;
        double sum = 0.0;
        std::size_t far = 0;
        for (std::size_t i = 0; i < colour.rgba.size() && i < depth.rgba.size(); i += 4) {
            const auto* p = &colour.rgba[i];
            const int grey = depth.rgba[i];
            if (grey == 255) ++far;
            if (std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]}) > 60) {
                ++result.bar_pixels;
                sum += grey * 0.1;
            }
        }
        if (result.bar_pixels > 0) result.mean_bar_distance_m = sum / result.bar_pixels;
        result.far_share = static_cast<double>(far) / static_cast<double>(colour.rgba.size() / 4);
        return result;
    }

    // How far the bars sit further right in the left eye than in the right one, in
    // pixels: the horizontal shift that best lines up the two eyes' bar saturation,
    // refined to a fraction of a pixel by a parabola through the best three shifts.
    double disparity(const std::string& left_png, const std::string& right_png) const {
        const auto left = xrviz::assets::read_png(dir_ / left_png);
        const auto right = xrviz::assets::read_png(dir_ / right_png);
        const auto saturation = [](const xrviz::assets::Image& image, int x, int y) {
            if (x < 0 || x >= image.width)
                return 0;
            const auto* p = &image.rgba[(static_cast<std::size_t>(y) * image.width + x) * 4];
            const int s = std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]});
            return s > 60 ? s : 0;
        };
        constexpr int kMaxShift = 24;
        std::vector<double> score(kMaxShift + 1, 0.0);
        for (int shift = 0; shift <= kMaxShift; ++shift) {
            for (int y = 0; y < left.height; ++y) {
                for (int x = 0; x < left.width; ++x) {
                    score[shift] +=
                        double(saturation(left, x, y)) * saturation(right, x - shift, y);
                }
            }
        }
        const int best = int(std::max_element(score.begin(), score.end()) - score.begin());
        if (best == 0 || best == kMaxShift)
            return best;
        const double a = score[best - 1], b = score[best], c = score[best + 1];
        return best + 0.5 * (a - c) / (a - 2 * b + c);
    }
};

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

TEST_F(XrSessionTest, SkylineReachesFocusedRenders300FramesAndExitsWhenAsked) {
    const RunResult r =
        run("--mode xr --validation", R"({"events": [{"frame": 300, "type": "request_exit"}]})",
            {{"XRVIZ_SIM_CAPTURE_FRAMES", "30,299"}});
    expect_clean(r);
    // Optional extensions only where offered: the sim has depth, debug utils and user
    // presence, not refresh rate, visibility mask, passthrough, hand tracking or local floor.
    EXPECT_NE(r.output.find("extensions: XR_KHR_vulkan_enable2, XR_KHR_composition_layer_depth, "
                            "XR_EXT_debug_utils, XR_EXT_user_presence\n"),
              std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("320x320 per eye, 3 images, sRGB, depth submitted, stage space"),
              std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("-> XR_SESSION_STATE_FOCUSED"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("-> XR_SESSION_STATE_EXITING"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("300 frames rendered"), std::string::npos) << r.output;
    // Frame 300 is waited, begun and ended with no layers: the session is stopping.
    EXPECT_NE(r.output.find("ended 301"), std::string::npos) << r.output;
    // Each rendered frame has the scene and the main panel (a quad layer).
    EXPECT_NE(r.output.find("layers 600 (projection 300, quad 300"), std::string::npos) << r.output;
    // Each rendered frame handed the compositor both eyes' depth, and it holds the scene:
    // the bars at a standing viewer's distance, the sky at the far plane.
    EXPECT_NE(r.output.find("depth infos 600"), std::string::npos) << r.output;
    for (const char* eye : {"eye0", "eye1"}) {
        const DepthAtBars depth = depth_at_bars(std::string("frame0299_proj_") + eye + ".png",
                                                std::string("frame0299_proj_depth_") + eye + ".png");
        EXPECT_GT(depth.bar_pixels, 500u) << eye;
        EXPECT_GT(depth.mean_bar_distance_m, 1.0) << eye;
        EXPECT_LT(depth.mean_bar_distance_m, 15.0) << eye;
        EXPECT_GT(depth.far_share, 0.05) << eye;
    }
    for (const char* frame : {"frame0030", "frame0299"}) {
        const BarPixels left = bars(std::string(frame) + "_proj_eye0.png");
        const BarPixels right = bars(std::string(frame) + "_proj_eye1.png");
        EXPECT_GT(left.count, 500u) << frame;
        EXPECT_GT(right.count, 500u) << frame;
        // The left eye sits 3.15 cm to the left: everything in front appears further right.
        const double shift =
            disparity(std::string(frame) + "_proj_eye0.png", std::string(frame) + "_proj_eye1.png");
        EXPECT_GT(shift, 0.3) << frame;
        EXPECT_LT(shift, 4.0) << frame;
    }
}

// Without MSAA the renderer tests depth directly in the swapchain's image instead of
// resolving its own multisampled depth into it: the compositor gets the same depth.
TEST_F(XrSessionTest, DepthIsSubmittedWithoutMsaaToo) {
    const RunResult r =
        run("--mode xr --validation --msaa 1", R"({"events": [{"frame": 40, "type": "request_exit"}]})",
            {{"XRVIZ_SIM_CAPTURE_FRAMES", "30"}});
    expect_clean(r);
    EXPECT_NE(r.output.find("depth submitted"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("depth infos 80"), std::string::npos) << r.output;
    const DepthAtBars depth = depth_at_bars("frame0030_proj_eye0.png", "frame0030_proj_depth_eye0.png");
    EXPECT_GT(depth.bar_pixels, 500u);
    EXPECT_GT(depth.mean_bar_distance_m, 1.0);
    EXPECT_LT(depth.mean_bar_distance_m, 15.0);
    EXPECT_GT(depth.far_share, 0.05);
}

// Alpha is 0 where nothing was drawn, 255 on the bars: the room shows around the figures.
std::pair<std::size_t, std::size_t> transparent_and_opaque_bars(const xrviz::assets::Image& image) {
    std::size_t transparent = 0, opaque_bars = 0;
    for (std::size_t i = 0; i < image.rgba.size(); i += 4) {
        const auto* p = &image.rgba[i];
        if (p[3] == 0) ++transparent;
        const bool bar = std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]}) > 60;
        if (bar && p[3] == 255) ++opaque_bars;
    }
    return {transparent, opaque_bars};
}

TEST_F(XrSessionTest, ArWithAlphaBlendOfferedHasNoBackgroundOrFloor) {
    const RunResult r = run("--mode xr --validation --ar",
                            R"({"events": [{"frame": 40, "type": "request_exit"}]})",
                            {{"XRVIZ_SIM_CAPTURE_FRAMES", "30"},
                             {"XRVIZ_SIM_BLEND_MODES", "opaque,alpha_blend"}});
    expect_clean(r);
    EXPECT_NE(r.output.find("environment blend mode: alpha blend"), std::string::npos) << r.output;
    const auto image = xrviz::assets::read_png(dir_ / "frame0030_proj_eye0.png");
    const auto [transparent, bars] = transparent_and_opaque_bars(image);
    // No sky and no floor: most of the picture lets the room through.
    EXPECT_GT(transparent, image.rgba.size() / 4 / 2);
    EXPECT_GT(bars, 500u);
    // The corner looks at empty sky.
    EXPECT_EQ(image.rgba[3], 0);
}

TEST_F(XrSessionTest, WithoutArAnOpaqueDisplayStaysOpaque) {
    const RunResult r = run("--mode xr --validation",
                            R"({"events": [{"frame": 40, "type": "request_exit"}]})",
                            {{"XRVIZ_SIM_CAPTURE_FRAMES", "30"},
                             {"XRVIZ_SIM_BLEND_MODES", "opaque,alpha_blend"}});
    expect_clean(r);
    EXPECT_NE(r.output.find("environment blend mode: opaque"), std::string::npos) << r.output;
    const auto image = xrviz::assets::read_png(dir_ / "frame0030_proj_eye0.png");
    EXPECT_EQ(transparent_and_opaque_bars(image).first, 0u);
}

TEST_F(XrSessionTest, AnAdditiveOnlyDisplayGetsTheSeeThroughLook) {
    const RunResult r = run("--mode xr --validation",
                            R"({"events": [{"frame": 10, "type": "request_exit"}]})",
                            {{"XRVIZ_SIM_BLEND_MODES", "additive"}});
    expect_clean(r);
    EXPECT_NE(r.output.find("environment blend mode: additive"), std::string::npos) << r.output;
}

TEST_F(XrSessionTest, UserPresenceIsFollowedWhereTheRuntimeOffersIt) {
    const std::string script = R"({"events": [{"frame": 10, "type": "user_absent"},
                                              {"frame": 20, "type": "request_exit"}]})";
    RunResult r = run("--mode xr --validation", script);
    expect_clean(r);
    EXPECT_NE(r.output.find("user present (headset worn)"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("user absent (headset off)"), std::string::npos) << r.output;

    r = run("--mode xr --validation", script, {{"XRVIZ_SIM_USER_PRESENCE", "0"}});
    expect_clean(r);
    EXPECT_NE(r.output.find("XR_EXT_debug_utils\n"), std::string::npos) << r.output;
    EXPECT_EQ(r.output.find("user absent"), std::string::npos) << r.output;
}

TEST_F(XrSessionTest, VulkanEnableFallbackRendersToo) {
    const RunResult r =
        run("--mode xr --validation", R"({"events": [{"frame": 40, "type": "request_exit"}]})",
            {{"XRVIZ_SIM_CAPTURE_FRAMES", "30"}, {"XRVIZ_XR_VULKAN_ENABLE", "1"}});
    expect_clean(r);
    EXPECT_NE(r.output.find("extensions: XR_KHR_vulkan_enable,"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("40 frames rendered"), std::string::npos) << r.output;
    EXPECT_GT(bars("frame0030_proj_eye0.png").count, 500u);
    EXPECT_GT(bars("frame0030_proj_eye1.png").count, 500u);
}

TEST_F(XrSessionTest, ParallaxGrowsWithTheIpd) {
    const std::string script = R"({"events": [{"frame": 40, "type": "request_exit"}]})";
    double shift[2] = {0, 0};
    const char* ipds[2] = {"0.063", "0.189"};
    for (int i = 0; i < 2; ++i) {
        const RunResult r = run("--mode xr --validation", script,
                                {{"XRVIZ_SIM_CAPTURE_FRAMES", "30"}, {"XRVIZ_SIM_IPD", ipds[i]}});
        expect_clean(r);
        shift[i] = disparity("frame0030_proj_eye0.png", "frame0030_proj_eye1.png");
        std::printf("IPD %s m: disparity %.2f px\n", ipds[i], shift[i]);
    }
    // Disparity is proportional to the baseline: three times the IPD, about three times
    // the shift (the bar masks differ a little at their edges).
    EXPECT_GT(shift[0], 0.3);
    EXPECT_GT(shift[1] / shift[0], 2.4) << shift[0] << " " << shift[1];
    EXPECT_LT(shift[1] / shift[0], 3.9) << shift[0] << " " << shift[1];
}

TEST_F(XrSessionTest, LossPendingRecreatesTheSessionAndRenderingResumes) {
    // Events count frames per session: the new session would lose itself again at its
    // frame 60, so --frames ends the run (100 frames in all) before that.
    const RunResult r = run("--mode xr --validation --frames 100",
                            R"({"events": [{"frame": 60, "type": "session_loss_pending"}]})",
                            {{"XRVIZ_SIM_CAPTURE_FRAMES", "30"}});
    expect_clean(r);
    EXPECT_NE(r.output.find("session lost; recreating it"), std::string::npos) << r.output;
    EXPECT_EQ(count(r.output, "-> XR_SESSION_STATE_FOCUSED"), 2u) << r.output;
    EXPECT_NE(r.output.find("100 frames rendered"), std::string::npos) << r.output;
    // The capture of frame 30 is the second session's (it overwrote the first's).
    EXPECT_GT(bars("frame0030_proj_eye0.png").count, 500u);
    EXPECT_GT(bars("frame0030_proj_eye1.png").count, 500u);
}

TEST_F(XrSessionTest, InstanceLossExitsCleanlyWithAMessage) {
    const RunResult r = run("--mode xr --validation",
                            R"({"events": [{"frame": 50, "type": "instance_loss_pending"}]})");
    expect_clean(r);
    EXPECT_NE(r.output.find("instance loss pending); exiting"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("instance destroyed"), std::string::npos) << r.output;
}

TEST_F(XrSessionTest, VisibleNotFocusedKeepsRenderingWithoutInput) {
    const RunResult r = run("--mode xr --validation",
                            R"({"events": [{"frame": 20, "type": "unfocus"},
                                     {"frame": 80, "type": "focus"},
                                     {"frame": 120, "type": "request_exit"}]})",
                            {{"XRVIZ_SIM_CAPTURE_FRAMES", "50"}});
    expect_clean(r);
    EXPECT_NE(r.output.find("not focused: input off"), std::string::npos) << r.output;
    EXPECT_EQ(count(r.output, "-> XR_SESSION_STATE_FOCUSED"), 2u) << r.output;
    EXPECT_NE(r.output.find("120 frames rendered"), std::string::npos) << r.output;
    EXPECT_GT(bars("frame0050_proj_eye0.png").count, 500u);
    EXPECT_GT(bars("frame0050_proj_eye1.png").count, 500u);
}

// The right controller's aim from the head towards the skyline's tallest bar (2025 capex),
// its trigger pulled at 0.6 s (frame 54 at 90 Hz).
std::string aim_and_pull_script(const std::string& events) {
    return R"({"keyframes": [
      {"t": 0.0, "right": {"aim": {"position": [0, 1.6, 0],
                                   "orientation": [-0.04454, -0.19136, -0.00869, 0.98046]},
                           "trigger": 0.0}},
      {"t": 0.5, "right": {"trigger": 0.0}},
      {"t": 0.6, "right": {"trigger": 1.0}}],
     "events": )" +
           events + "}";
}


TEST_F(XrSessionTest, FocusedControllerSelectsABar) {
    const fs::path state = dir_ / "state.json";
    const RunResult r = run("--mode xr --validation --state-out '" + state.string() + "'",
                            aim_and_pull_script(R"([{"frame": 100, "type": "request_exit"}])"));
    expect_clean(r);
    EXPECT_NE(read_text(state).find(R"("series": "capex_annual")"), std::string::npos)
        << read_text(state);
}

TEST_F(XrSessionTest, VisibleNotFocusedTakesNoInput) {
    const fs::path state = dir_ / "state.json";
    const RunResult r = run("--mode xr --validation --state-out '" + state.string() + "'",
                            aim_and_pull_script(R"([{"frame": 20, "type": "unfocus"},
                                                    {"frame": 100, "type": "request_exit"}])"));
    expect_clean(r);
    EXPECT_NE(r.output.find("100 frames rendered"), std::string::npos) << r.output;
    EXPECT_NE(read_text(state).find(R"("selection": null)"), std::string::npos) << read_text(state);
}

TEST_F(XrSessionTest, MirrorWindowRunsBesideTheHeadset) {
    xrviz::app::testing::Xvfb xvfb;
    if (xvfb.display().empty())
        GTEST_SKIP() << "Xvfb could not start (install xvfb)";
    const RunResult r = run("--mode xr --mirror --validation",
                            R"({"events": [{"frame": 60, "type": "request_exit"}]})",
                            {{"DISPLAY", xvfb.display()}});
    expect_clean(r);
    EXPECT_NE(r.output.find("vulkan: swapchain"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("60 frames rendered"), std::string::npos) << r.output;
}

TEST_F(XrSessionTest, NoRuntimeGivesOneLineAndExit4WithModeXr) {
    const RunResult r = run("--mode xr --frames 1", "",
                            {{"XR_RUNTIME_JSON", (dir_ / "no_such_runtime.json").string()}});
    EXPECT_EQ(r.exit_code, 4) << r.output;
    EXPECT_NE(r.output.find("xrviz: no OpenXR runtime"), std::string::npos) << r.output;
    EXPECT_EQ(count(r.output, "\n"), 1u) << r.output;
}

TEST_F(XrSessionTest, NoRuntimeFallsBackToHeadlessAutomatically) {
    const RunResult r = run("--frames 1 --screenshot '" + (dir_ / "shot.png").string() + "'", "",
                            {{"XR_RUNTIME_JSON", (dir_ / "no_such_runtime.json").string()}});
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("headless: no headset front-end: no OpenXR runtime"), std::string::npos)
        << r.output;
    EXPECT_EQ(r.output.find("OpenXR-Loader"), std::string::npos) << r.output;
    EXPECT_TRUE(fs::exists(dir_ / "shot.png"));
}

TEST_F(XrSessionTest, AutomaticModePicksTheHeadset) {
    const RunResult r = run("--frames 10", "");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("headset: an OpenXR runtime reports a headset"), std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("10 frames rendered"), std::string::npos) << r.output;
}

TEST_F(XrSessionTest, BenchAddsLateFrames) {
    // Full-size eyes on lavapipe against the real 90 Hz clock: most frames come late, and
    // xrviz counts the same ones as the runtime does.
    const fs::path bench = dir_ / "bench.json";
    const RunResult r = run("--mode xr --validation --frames 12 --bench '" + bench.string() + "'",
                            "", {{"XRVIZ_SIM_CLOCK", "real"}, {"XRVIZ_SIM_EYE_SIZE", "1832x1920"}});
    expect_clean(r);
    const std::string report = read_text(bench);
    EXPECT_NE(report.find("\"frames\": 12"), std::string::npos) << report;
    const auto at = report.find("\"late_frames\": ");
    ASSERT_NE(at, std::string::npos) << report;
    const int ours = std::atoi(report.c_str() + at + 15);
    const auto sim_at = r.output.find("late frames ");
    ASSERT_NE(sim_at, std::string::npos) << r.output;
    const int runtime_count = std::atoi(r.output.c_str() + sim_at + 12);
    EXPECT_GT(ours, 3) << report;
    EXPECT_EQ(ours, runtime_count) << report << r.output;
}

}  // namespace
