#include <gtest/gtest.h>

#include <sstream>

#include <glm/vec3.hpp>

#include "app/cli/options.h"
#include "tests/app/parse_helpers.h"

namespace xrviz::app {
namespace {

using testing::parse;

Options parse_ok(std::vector<std::string> args) {
    auto result = parse(std::move(args));
    EXPECT_TRUE(result.options.has_value()) << result.error;
    return result.options.value_or(Options{});
}

TEST(Options, DefaultsWithNoArguments) {
    const Options o = parse_ok({});
    EXPECT_EQ(o.mode, Mode::automatic);
    EXPECT_EQ(o.scene, "");
    EXPECT_EQ(o.width, 1280);
    EXPECT_EQ(o.height, 720);
    EXPECT_EQ(o.frames, 0);
    EXPECT_EQ(o.msaa, 4);
    EXPECT_FALSE(o.screenshot || o.bench || o.state_out || o.data || o.check_data || o.gallery ||
                 o.record || o.replay || o.model || o.tour);
    EXPECT_FALSE(o.camera || o.view || o.gpus);
    EXPECT_FALSE(o.tour_default || o.list_scenes || o.help || o.validation || o.no_vsync ||
                 o.mirror || o.kiosk || o.version || o.virtual_clock);
}

TEST(Options, ArgcZeroIsNoArguments) {
    const char* const argv[] = {nullptr};
    const auto result = parse_command_line(0, argv);
    ASSERT_TRUE(result.options);
    EXPECT_EQ(result.options->mode, Mode::automatic);
}

TEST(Options, EveryModeInBothForms) {
    EXPECT_EQ(parse_ok({"--mode", "desktop"}).mode, Mode::desktop);
    EXPECT_EQ(parse_ok({"--mode=xr"}).mode, Mode::xr);
    EXPECT_EQ(parse_ok({"--mode", "headless"}).mode, Mode::headless);
    EXPECT_EQ(parse_ok({"--mode=headless"}).mode, Mode::headless);
}

TEST(Options, ValuesInSeparateForm) {
    const Options o =
        parse_ok({"--scene", "skyline", "--size", "1920x1080", "--frames", "12", "--screenshot",
                  "out/a.png", "--view", "overview", "--msaa", "8", "--gpus", "1000000"});
    EXPECT_EQ(o.scene, "skyline");
    EXPECT_EQ(o.width, 1920);
    EXPECT_EQ(o.height, 1080);
    EXPECT_EQ(o.frames, 12);
    EXPECT_EQ(o.screenshot, std::filesystem::path("out/a.png"));
    EXPECT_EQ(o.view, "overview");
    EXPECT_EQ(o.msaa, 8);
    EXPECT_EQ(o.gpus, 1000000);
}

TEST(Options, HeadsetComfort) {
    const Options defaults = parse_ok({});
    EXPECT_EQ(defaults.snap_turn_degrees, 30);
    EXPECT_FALSE(defaults.smooth_move);
    EXPECT_FALSE(defaults.seated);
    EXPECT_FALSE(defaults.ar);
    const Options o = parse_ok({"--snap-turn", "45", "--smooth-move", "--seated", "--ar"});
    EXPECT_TRUE(o.ar);
    EXPECT_EQ(o.snap_turn_degrees, 45);
    EXPECT_TRUE(o.smooth_move);
    EXPECT_TRUE(o.seated);
}

TEST(Options, ValuesInEqualsForm) {
    const Options o = parse_ok({"--scene=campus", "--size=16x8192", "--frames=1",
                                "--screenshot=b.png", "--view=top", "--msaa=1", "--gpus=1"});
    EXPECT_EQ(o.scene, "campus");
    EXPECT_EQ(o.width, 16);
    EXPECT_EQ(o.height, 8192);
    EXPECT_EQ(o.frames, 1);
    EXPECT_EQ(o.screenshot, std::filesystem::path("b.png"));
    EXPECT_EQ(o.view, "top");
    EXPECT_EQ(o.msaa, 1);
    EXPECT_EQ(o.gpus, 1);
}

TEST(Options, EqualsFormKeepsLaterEqualsSignsInTheValue) {
    EXPECT_EQ(parse_ok({"--data=a=b"}).data, std::filesystem::path("a=b"));
}

TEST(Options, EveryPathOption) {
    const Options o =
        parse_ok({"--bench", "b.json", "--state-out=s.json", "--data", "d", "--check-data=c",
                  "--gallery", "g", "--record", "r.rec", "--model=m.gltf", "--tour", "t.json"});
    EXPECT_EQ(o.bench, std::filesystem::path("b.json"));
    EXPECT_EQ(o.state_out, std::filesystem::path("s.json"));
    EXPECT_EQ(o.data, std::filesystem::path("d"));
    EXPECT_EQ(o.check_data, std::filesystem::path("c"));
    EXPECT_EQ(o.gallery, std::filesystem::path("g"));
    EXPECT_EQ(o.record, std::filesystem::path("r.rec"));
    EXPECT_EQ(o.model, std::filesystem::path("m.gltf"));
    EXPECT_EQ(o.tour, std::filesystem::path("t.json"));
    EXPECT_FALSE(o.tour_default);
    EXPECT_EQ(parse_ok({"--replay=r.rec"}).replay, std::filesystem::path("r.rec"));
}

TEST(Options, ModelImpliesTheModelScene) {
    EXPECT_EQ(parse_ok({"--model", "m.glb"}).scene, "model");
    EXPECT_EQ(parse_ok({"--scene", "model", "--model", "m.glb"}).scene, "model");
}

TEST(Options, ModelWithAnotherSceneIsRefused) {
    const ParseResult result = parse({"--scene", "skyline", "--model", "m.glb"});
    EXPECT_FALSE(result.options);
    EXPECT_EQ(result.error, "--model shows a file in the model scene, not in --scene skyline");
}

TEST(Options, EveryFlag) {
    const Options o = parse_ok({"--list-scenes", "--help", "--validation", "--no-vsync", "--mirror",
                                "--kiosk", "--version", "--virtual-clock"});
    EXPECT_TRUE(o.list_scenes);
    EXPECT_TRUE(o.help);
    EXPECT_TRUE(o.validation);
    EXPECT_TRUE(o.no_vsync);
    EXPECT_TRUE(o.mirror);
    EXPECT_TRUE(o.kiosk);
    EXPECT_TRUE(o.version);
    EXPECT_TRUE(o.virtual_clock);
    EXPECT_TRUE(parse_ok({"-h"}).help);
}

TEST(Options, TourWithoutFileMeansTheDefaultTour) {
    const Options last = parse_ok({"--tour"});
    EXPECT_TRUE(last.tour_default);
    EXPECT_FALSE(last.tour);

    const Options before_option = parse_ok({"--tour", "--kiosk"});
    EXPECT_TRUE(before_option.tour_default);
    EXPECT_FALSE(before_option.tour);
    EXPECT_TRUE(before_option.kiosk);

    const Options before_short = parse_ok({"--tour", "-h"});
    EXPECT_TRUE(before_short.tour_default);
    EXPECT_TRUE(before_short.help);

    const Options with_file = parse_ok({"--tour=tours/a.json"});
    EXPECT_FALSE(with_file.tour_default);
    EXPECT_EQ(with_file.tour, std::filesystem::path("tours/a.json"));
}

TEST(Options, CameraInBothForms) {
    const Options o = parse_ok({"--camera", "eye=0,1.6,3:target=0,1,-0.5"});
    ASSERT_TRUE(o.camera);
    EXPECT_EQ(o.camera->eye, glm::vec3(0.0f, 1.6f, 3.0f));
    EXPECT_EQ(o.camera->target, glm::vec3(0.0f, 1.0f, -0.5f));

    const Options e = parse_ok({"--camera=eye=1e1,-2,3.25:target=4,5,6"});
    ASSERT_TRUE(e.camera);
    EXPECT_EQ(e.camera->eye, glm::vec3(10.0f, -2.0f, 3.25f));
    EXPECT_EQ(e.camera->target, glm::vec3(4.0f, 5.0f, 6.0f));
}

TEST(Options, NegativeNumberAfterAnOptionIsItsValue) {
    // "-5" is not an option, so it is --frames' value, and then rejected for its range.
    EXPECT_EQ(parse({"--frames", "-5"}).error,
              "--frames: expected a whole number >= 1, got \"-5\"");
}

TEST(Options, SetIsRepeatableAndKeepsTheOrder) {
    const Options o = parse_ok({"--set", "utilisation=0.3", "--set=years=8", "--set",
                                "usd_per_kwh=-0.5e-1", "--set", "gpus=24576"});
    const std::vector<ParameterSetting> expected{
        {"utilisation", 0.3}, {"years", 8.0}, {"usd_per_kwh", -0.05}, {"gpus", 24576.0}};
    EXPECT_EQ(o.parameters, expected);
    EXPECT_TRUE(parse_ok({}).parameters.empty());
}

TEST(Options, SetLeavesIdAndRangeToTheScene) {
    // Any id and any finite number parse; the scene says which ids and ranges it has.
    const Options o = parse_ok({"--set", "no_such_input=1e9"});
    ASSERT_EQ(o.parameters.size(), 1u);
    EXPECT_EQ(o.parameters[0].id, "no_such_input");
    EXPECT_EQ(o.parameters[0].value, 1e9);
}

TEST(Usage, ListsEveryOptionAndExamples) {
    const std::string usage = usage_text();
    for (const char* option :
         {"--mode",        "--scene",         "--size",        "--screenshot", "--frames",
          "--camera",      "--view",          "--list-scenes", "--help",       "-h,",
          "--version",     "--validation",    "--bench",       "--state-out",  "--data",
          "--check-data",  "--gallery",       "--record",      "--replay",     "--model",
          "--tour [FILE]", "--kiosk",         "--mirror",      "--no-vsync",   "--msaa",
          "--gpus",        "--virtual-clock", "--set ID=VALUE", "Examples:"}) {
        EXPECT_NE(usage.find(option), std::string::npos) << option;
    }
}

TEST(Usage, EveryOptionItListsIsAccepted) {
    // Each line between "Options:" and "Examples:" names one option; each must be known.
    const std::string usage = usage_text();
    const auto begin = usage.find("Options:\n");
    const auto end = usage.find("\nExamples:");
    ASSERT_NE(begin, std::string::npos);
    ASSERT_NE(end, std::string::npos);
    std::istringstream lines(usage.substr(begin, end - begin));
    std::string line;
    std::getline(lines, line);  // "Options:"
    int options_seen = 0;
    while (std::getline(lines, line)) {
        const auto start = line.find("--");
        ASSERT_NE(start, std::string::npos) << line;
        const std::string name = line.substr(start, line.find(' ', start) - start);
        const auto result = parse({name + "=x"});
        EXPECT_EQ(result.error.find("unknown option"), std::string::npos) << name;
        EXPECT_LE(line.size(), 100u) << line;
        ++options_seen;
    }
    EXPECT_EQ(options_seen, 32);
}

}  // namespace
}  // namespace xrviz::app
