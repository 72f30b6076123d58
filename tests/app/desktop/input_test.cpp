// The input event format, its replay, and what events do to the camera and the Viewer,
// without a window.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <glm/geometric.hpp>

#include "app/input/interaction.h"
#include "app/input/recording.h"
#include "engine/core/error.h"
#include "scenes/skyline/skyline_scene.h"
#include "tests/app/temp_dir.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::app::input {
namespace {

InputEvent move(std::uint64_t frame, float x, float y) {
    InputEvent e;
    e.frame = frame;
    e.type = EventType::move;
    e.position = {x, y};
    return e;
}

InputEvent button(std::uint64_t frame, MouseButton b, bool down) {
    InputEvent e;
    e.frame = frame;
    e.type = EventType::button;
    e.button = b;
    e.down = down;
    return e;
}

InputEvent key(std::uint64_t frame, Key k, bool down) {
    InputEvent e;
    e.frame = frame;
    e.type = EventType::key;
    e.key = k;
    e.down = down;
    return e;
}

TEST(InputEvents, EveryKindRoundTripsThroughAJsonLine) {
    std::vector<InputEvent> events = {move(1, 10.5f, 20.0f), button(2, MouseButton::middle, true),
                                      key(3, Key::f12, true)};
    InputEvent wheel;
    wheel.frame = 4;
    wheel.type = EventType::wheel;
    wheel.wheel = {0.0f, -2.0f};
    events.push_back(wheel);
    InputEvent resize;
    resize.frame = 5;
    resize.type = EventType::resize;
    resize.width = 640;
    resize.height = 480;
    events.push_back(resize);
    InputEvent tick;
    tick.frame = 6;
    tick.type = EventType::tick;
    tick.dt = 0.02;
    events.push_back(tick);
    for (const InputEvent& e : events) {
        const InputEvent back = parse_json_line(to_json_line(e), "test");
        EXPECT_EQ(back.frame, e.frame);
        EXPECT_EQ(back.type, e.type);
        EXPECT_EQ(back.position, e.position);
        EXPECT_EQ(back.button, e.button);
        EXPECT_EQ(back.key, e.key);
        EXPECT_EQ(back.down, e.down);
        EXPECT_EQ(back.wheel, e.wheel);
        EXPECT_EQ(back.width, e.width);
        EXPECT_EQ(back.height, e.height);
        EXPECT_DOUBLE_EQ(back.dt, e.dt);
    }
}

TEST(InputEvents, KeyNamesRoundTrip) {
    for (int k = 1; k < static_cast<int>(Key::count); ++k) {
        const Key key_value = static_cast<Key>(k);
        EXPECT_EQ(key_from_name(key_name(key_value)), key_value) << key_name(key_value);
    }
    EXPECT_FALSE(key_from_name("NoSuchKey"));
}

TEST(InputEvents, MalformedLinesNameTheirPlace) {
    const auto message = [](std::string_view line) {
        try {
            parse_json_line(line, "demo.jsonl:7");
        } catch (const UsageError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(message("{"), "demo.jsonl:7: not a JSON object");
    EXPECT_EQ(message(R"({"type":"move","x":1,"y":2})"),
              "demo.jsonl:7: \"frame\" must be a frame number (0 or more)");
    EXPECT_EQ(message(R"({"frame":1,"type":"jump"})"), "demo.jsonl:7: unknown event type \"jump\"");
    EXPECT_EQ(message(R"({"frame":1,"type":"key","key":"Hyper","down":true})"),
              "demo.jsonl:7: unknown key \"Hyper\"");
    EXPECT_EQ(message(R"({"frame":1,"type":"button","button":"left"})"),
              "demo.jsonl:7: \"down\" must be true or false");
    EXPECT_EQ(message(R"({"frame":1,"type":"resize","width":0,"height":5})"),
              "demo.jsonl:7: a resize needs a positive size");
}

TEST(Recording, WhatIsRecordedReplaysFrameByFrame) {
    app::testing::TempDir dir;
    const auto path = dir.path() / "session.jsonl";
    {
        Recorder recorder(path);
        recorder.write(move(0, 5.0f, 6.0f));
        InputEvent tick;
        tick.frame = 0;
        tick.type = EventType::tick;
        tick.dt = 0.05;
        recorder.write(tick);
        recorder.write(button(3, MouseButton::left, true));
        recorder.write(button(3, MouseButton::right, true));
    }
    const Replay replay(path);
    EXPECT_EQ(replay.size(), 4u);
    EXPECT_EQ(replay.events_for(0).size(), 2u);
    EXPECT_EQ(replay.events_for(1).size(), 0u);
    ASSERT_EQ(replay.events_for(3).size(), 2u);
    EXPECT_EQ(replay.events_for(3)[1].button, MouseButton::right);
    EXPECT_DOUBLE_EQ(replay.frame_seconds(0), 0.05);
    EXPECT_DOUBLE_EQ(replay.frame_seconds(1), kDefaultFrameSeconds);
    EXPECT_EQ(replay.last_frame(), 3u);
}

TEST(Recording, AFileWithoutTheHeaderIsRefused) {
    app::testing::TempDir dir;
    const auto path = dir.path() / "bad.jsonl";
    std::ofstream(path) << R"({"frame":1,"type":"move","x":1,"y":2})"
                        << "\n";
    try {
        Replay replay(path);
        FAIL() << "accepted a file without a header";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("bad.jsonl:1: the first line must be"),
                  std::string::npos)
            << e.what();
    }
}

TEST(Recording, CommentsAndBlankLinesAreSkipped) {
    app::testing::TempDir dir;
    const auto path = dir.path() / "commented.jsonl";
    std::ofstream(path) << "# a demo\n\n{\"xrviz_input\": 1}\n# click\n"
                        << R"({"frame":2,"type":"button","button":"left","down":true})"
                        << "\n";
    const Replay replay(path);
    EXPECT_EQ(replay.size(), 1u);
    EXPECT_EQ(replay.events_for(2).size(), 1u);
}

// The Viewer driven by events, as the desktop and a headless replay drive it.
class InteractionTest : public ::testing::Test {
protected:
    InteractionTest()
        : viewer_(scenes::testing::bundled_dataset(), "skyline"), interaction_(viewer_) {
        state_.window_size = {1280.0f, 720.0f};
    }

    void feed(const InputEvent& e, bool ui_mouse = false) {
        interaction_.handle(e, state_, ui_mouse, false, panels_, actions_);
        state_.apply(e);
        interaction_.update(state_, 1.0f / 60.0f, ui_mouse);
    }

    void click(glm::vec2 at, bool ui_mouse = false) {
        feed(move(0, at.x, at.y), ui_mouse);
        feed(button(0, MouseButton::left, true), ui_mouse);
        feed(button(0, MouseButton::left, false), ui_mouse);
    }

    glm::vec2 pixel_of_capex_2025() const {
        const auto& scene = dynamic_cast<const scenes::skyline::SkylineScene&>(viewer_.scene());
        for (const auto& bar : scene.layout().bars) {
            if (bar.series == scenes::skyline::kCapexSeries && bar.year == 2025) {
                return *render::project_to_pixel(viewer_.camera_view(1280.0f / 720.0f),
                                                 bar.center + glm::vec3(0, 0, bar.half_size.z),
                                                 1280, 720);
            }
        }
        throw std::runtime_error("no 2025 capex bar");
    }

    scenes::Viewer viewer_;
    Interaction interaction_;
    InputState state_;
    ui::PanelVisibility panels_;
    FrontEndActions actions_;
};

TEST_F(InteractionTest, HoverFollowsThePointerAndAClickSelects) {
    const glm::vec2 bar = pixel_of_capex_2025();
    feed(move(0, bar.x, bar.y));
    ASSERT_TRUE(viewer_.hovered());
    EXPECT_EQ(viewer_.hovered()->period, "2025");
    EXPECT_FALSE(viewer_.selection());
    click(bar);
    ASSERT_TRUE(viewer_.selection());
    EXPECT_EQ(viewer_.selection()->series, "capex_annual");
    EXPECT_DOUBLE_EQ(viewer_.selection()->value, 72.22);
}

TEST_F(InteractionTest, EscapeAndAClickOnEmptySpaceClear) {
    click(pixel_of_capex_2025());
    ASSERT_TRUE(viewer_.selection());
    feed(key(0, Key::escape, true));
    EXPECT_FALSE(viewer_.selection());
    click(pixel_of_capex_2025());
    click({5.0f, 5.0f});  // sky
    EXPECT_FALSE(viewer_.selection());
}

TEST_F(InteractionTest, APanelUnderThePointerTakesTheClick) {
    click(pixel_of_capex_2025(), /*ui_mouse=*/true);
    EXPECT_FALSE(viewer_.selection());
    EXPECT_FALSE(viewer_.hovered());
}

TEST_F(InteractionTest, LeftDragOnEmptySpaceOrbitsAndDoesNotSelect) {
    const render::CameraPose before = viewer_.camera();
    feed(move(0, 20.0f, 600.0f));
    feed(button(0, MouseButton::left, true));
    feed(move(0, 120.0f, 620.0f));
    feed(button(0, MouseButton::left, false));
    EXPECT_GT(glm::distance(viewer_.camera().eye, before.eye), 0.1f);
    EXPECT_EQ(viewer_.camera().target, before.target);
    EXPECT_FALSE(viewer_.selection());
}

TEST_F(InteractionTest, ShiftDragAndMiddleDragPan) {
    const render::CameraPose before = viewer_.camera();
    feed(move(0, 600.0f, 600.0f));
    feed(button(0, MouseButton::middle, true));
    feed(move(0, 650.0f, 600.0f));
    feed(button(0, MouseButton::middle, false));
    const glm::vec3 shift = viewer_.camera().target - before.target;
    EXPECT_GT(glm::length(shift), 0.05f);
    EXPECT_NEAR(
        glm::distance(viewer_.camera().eye - viewer_.camera().target, before.eye - before.target),
        0.0f, 1e-4f);
}

TEST_F(InteractionTest, WheelZoomsTowardTheCursor) {
    const render::CameraPose before = viewer_.camera();
    const glm::vec2 bar = pixel_of_capex_2025();
    feed(move(0, bar.x, bar.y));
    InputEvent wheel;
    wheel.type = EventType::wheel;
    wheel.wheel = {0.0f, 2.0f};
    feed(wheel);
    EXPECT_LT(glm::distance(viewer_.camera().eye, viewer_.camera().target),
              glm::distance(before.eye, before.target));
    // What was under the cursor still is.
    feed(move(0, bar.x, bar.y));
    ASSERT_TRUE(viewer_.hovered());
    EXPECT_EQ(viewer_.hovered()->period, "2025");
}

TEST_F(InteractionTest, NumberKeysGoSmoothlyToTheNamedViews) {
    feed(key(0, Key::num3, true));
    const scenes::NamedView latest = viewer_.scene().views()[2];
    EXPECT_NE(viewer_.camera().eye, latest.pose.eye);  // on its way
    for (int i = 0; i < 60; ++i)
        interaction_.update(state_, 1.0f / 60.0f, false);
    EXPECT_NEAR(glm::distance(viewer_.camera().eye, latest.pose.eye), 0.0f, 1e-4f);
    feed(key(0, Key::home, true));
    for (int i = 0; i < 60; ++i)
        interaction_.update(state_, 1.0f / 60.0f, false);
    EXPECT_NEAR(glm::distance(viewer_.camera().eye, viewer_.scene().views()[0].pose.eye), 0.0f,
                1e-4f);
}

TEST_F(InteractionTest, FunctionKeysToggleHelpAndPerformanceAndAskForScreenshots) {
    feed(key(0, Key::f1, true));
    EXPECT_TRUE(panels_.help);
    feed(key(0, Key::f3, true));
    EXPECT_TRUE(panels_.performance);
    feed(key(0, Key::f12, true));
    EXPECT_TRUE(actions_.screenshot);
    feed(key(0, Key::f11, true));
    EXPECT_TRUE(actions_.toggle_fullscreen);
}

TEST_F(InteractionTest, WasdFliesWhileTheRightButtonIsHeld) {
    feed(move(0, 640.0f, 600.0f));
    const render::CameraPose before = viewer_.camera();
    feed(key(0, Key::w, true));
    EXPECT_EQ(viewer_.camera().eye, before.eye);  // no right button: no flying
    feed(button(0, MouseButton::right, true));
    for (int i = 0; i < 30; ++i)
        interaction_.update(state_, 1.0f / 60.0f, false);
    EXPECT_LT(viewer_.camera().eye.z, before.eye.z - 1.0f);
}

TEST(ViewerPeriodLimit, LaterFiguresAreNeitherDrawnNorHit) {
    scenes::Viewer viewer(scenes::testing::bundled_dataset(), "skyline");
    const auto periods = viewer.periods();
    ASSERT_GE(periods.size(), 9u);
    EXPECT_EQ(periods.front(), "2017");
    render::FrameDescription all;
    viewer.describe(all);

    viewer.set_period_limit("2020");
    render::FrameDescription early;
    viewer.describe(early);
    // 2017-2020 capex (4 bars) and Reality Labs losses from 2019 (2 bars); no guidance.
    EXPECT_EQ(early.boxes.size(), 6u);
    EXPECT_TRUE(early.translucent_boxes.empty());
    EXPECT_LT(early.labels.size(), all.labels.size());

    // The 2025 capex bar is gone for the pointer too.
    const auto& scene = dynamic_cast<const scenes::skyline::SkylineScene&>(viewer.scene());
    for (const auto& bar : scene.layout().bars) {
        if (bar.series == scenes::skyline::kCapexSeries && bar.year == 2025) {
            const glm::vec3 eye = viewer.camera().eye;
            viewer.select({eye, glm::normalize(bar.center - eye)});
            EXPECT_FALSE(viewer.selection());
            viewer.set_period_limit(std::nullopt);
            viewer.select({eye, glm::normalize(bar.center - eye)});
            ASSERT_TRUE(viewer.selection());
            viewer.set_period_limit("2024");
            EXPECT_FALSE(viewer.selection()) << "a selection after the limit is dropped";
        }
    }
}

TEST(HelpEntries, ListEveryControl) {
    std::string all;
    for (const auto& entry : help_entries())
        all += entry.control + "\n";
    for (const char* control :
         {"Wheel", "Home", "Esc", "F1", "F3", "F11", "F12", "1 - 9", "Right drag", "Middle drag"}) {
        EXPECT_NE(all.find(control), std::string::npos) << control;
    }
}

}  // namespace
}  // namespace xrviz::app::input
