// The hands in the headset (app/xr/hand_interaction.cpp), driven by scripted controllers
// on the simulated headset: select with a haptic pulse, teleport along the arc, snap
// turn, two-hand grab. The expected placements come from the locomotion math, which has
// unit tests of its own; these tests check that the controllers reach it as they should.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>

#include <glm/trigonometric.hpp>

#include "scenes/locomotion/rig.h"
#include "scenes/locomotion/teleport_arc.h"
#include "tests/xr/session/xr_run.h"

namespace {

using xrviz::testing::RunResult;
using xrviz::testing::read_text;
using nlohmann::json;

class HandInteractionTest : public xrviz::testing::XrRunTest {
protected:
    // Runs with --state-out; returns the state's rig, after checking the run was clean.
    json run_for_state(const std::string& args, const std::string& script) {
        const auto state = dir_ / "state.json";
        const RunResult r =
            run("--mode xr --validation --state-out '" + state.string() + "' " + args, script);
        expect_clean(r);
        last_output_ = r.output;
        return json::parse(read_text(state));
    }
    static xrviz::scenes::Rig rig_of(const json& state) {
        const json& rig = state.at("rig");
        return xrviz::scenes::Rig{
            .origin = {rig["origin"][0].get<float>(), rig["origin"][1].get<float>(),
                       rig["origin"][2].get<float>()},
            .yaw = glm::radians(rig["yaw_degrees"].get<float>()),
            .world_per_metre = rig["world_per_metre"].get<float>()};
    }
    // Where the person stands with no input at all: the scene's opening view.
    xrviz::scenes::Rig opening_rig() {
        return rig_of(run_for_state("", R"({"events": [{"frame": 20, "type": "request_exit"}]})"));
    }

    std::string last_output_;
};

constexpr const char* kExitAt100 = R"("events": [{"frame": 100, "type": "request_exit"}])";

TEST_F(HandInteractionTest, TriggerOnTheCapexBarSelectsItWithItsSourceAndPulses) {
    // The right aim points from the head at the 2025 capex bar of the opening view.
    const json state = run_for_state("", std::string(R"({"keyframes": [
      {"t": 0.0, "right": {"aim": {"position": [0, 1.6, 0],
                                   "orientation": [-0.04454, -0.19136, -0.00869, 0.98046]},
                           "trigger": 0.0}},
      {"t": 0.5, "right": {"trigger": 0.0}},
      {"t": 0.6, "right": {"trigger": 1.0}}], )") + kExitAt100 + "}");
    const json& selection = state.at("selection");
    ASSERT_FALSE(selection.is_null()) << state.dump(2);
    EXPECT_EQ(selection["series"], "capex_annual");
    EXPECT_EQ(selection["period"], "2025");
    EXPECT_NEAR(selection["value"].get<double>(), 72.22, 1e-9);
    EXPECT_NE(selection["source_url"].get<std::string>().find("https://"), std::string::npos);
    // One short pulse on the right hand, when the trigger went down.
    const std::string haptics = read_text(dir_ / "haptics.jsonl");
    EXPECT_NE(haptics.find(R"("subaction":"/user/hand/right")"), std::string::npos) << haptics;
    EXPECT_EQ(haptics.find(R"("subaction":"/user/hand/left")"), std::string::npos) << haptics;
    EXPECT_EQ(std::count(haptics.begin(), haptics.end(), '\n'), 1) << haptics;
}

TEST_F(HandInteractionTest, TeleportMovesTheHeadsFloorSpotToTheArcsLanding) {
    const xrviz::scenes::Rig before = opening_rig();
    // The right aim rests at the sim's default, [0.2, 1.3, -0.45] facing -z; the stick is
    // pushed forward (the arc shows) and let go (the person goes).
    const json state = run_for_state("", std::string(R"({"keyframes": [
      {"t": 0.0, "right": {"thumbstick": [0, 0]}},
      {"t": 0.3, "right": {"thumbstick": [0, 1]}},
      {"t": 0.8, "right": {"thumbstick": [0, 1]}},
      {"t": 0.81, "right": {"thumbstick": [0, 0]}}], )") + kExitAt100 + "}");
    const auto landing = xrviz::scenes::teleport_arc(
        xrviz::render::Ray{{0.2f, 1.3f, -0.45f}, {0.0f, 0.0f, -1.0f}});
    ASSERT_TRUE(landing.landing);
    xrviz::scenes::Rig expected = before;
    xrviz::scenes::teleport(expected, before.to_world(*landing.landing), {0.0f, 1.6f, 0.0f});
    const xrviz::scenes::Rig after = rig_of(state);
    EXPECT_NEAR(after.origin.x, expected.origin.x, 1e-3f) << state.dump(2);
    EXPECT_NEAR(after.origin.z, expected.origin.z, 1e-3f) << state.dump(2);
    EXPECT_NEAR(after.yaw, before.yaw, 1e-5f);
    // A real move: about four metres.
    EXPECT_GT(glm::distance(after.origin, before.origin), 3.5f);
}

TEST_F(HandInteractionTest, SnapTurnTurnsBySetAngleOncePerFlick) {
    const xrviz::scenes::Rig before = opening_rig();
    // Two flicks to the right, with the stick held for a while each time.
    const json state = run_for_state("--snap-turn 45", std::string(R"({"keyframes": [
      {"t": 0.0, "right": {"thumbstick": [0, 0]}},
      {"t": 0.2, "right": {"thumbstick": [1, 0]}},
      {"t": 0.4, "right": {"thumbstick": [1, 0]}},
      {"t": 0.41, "right": {"thumbstick": [0, 0]}},
      {"t": 0.6, "right": {"thumbstick": [1, 0]}},
      {"t": 0.7, "right": {"thumbstick": [1, 0]}},
      {"t": 0.71, "right": {"thumbstick": [0, 0]}}], )") + kExitAt100 + "}");
    const xrviz::scenes::Rig after = rig_of(state);
    EXPECT_NEAR(glm::degrees(after.yaw - before.yaw), -90.0f, 1e-3f) << state.dump(2);
    // About the head at the stage centre: the head's floor spot stays put.
    const glm::vec3 head_floor{0.0f, 0.0f, 0.0f};
    EXPECT_NEAR(glm::distance(after.to_world(head_floor), before.to_world(head_floor)), 0.0f, 1e-3f);
}

TEST_F(HandInteractionTest, TwoHandGrabScalesByTheRatioOfTheHandsDistances) {
    // Both hands squeeze 0.8 m apart, come together to 0.4 m, and let go: the
    // visualization halves, so one metre spans twice the world.
    const json state = run_for_state("", std::string(R"({"keyframes": [
      {"t": 0.0, "left": {"grip": {"position": [-0.4, 1.2, -0.4]}, "squeeze": 0.0},
                 "right": {"grip": {"position": [0.4, 1.2, -0.4]}, "squeeze": 0.0}},
      {"t": 0.2, "left": {"squeeze": 1.0}, "right": {"squeeze": 1.0}},
      {"t": 0.3, "left": {"grip": {"position": [-0.4, 1.2, -0.4]}},
                 "right": {"grip": {"position": [0.4, 1.2, -0.4]}}},
      {"t": 0.8, "left": {"grip": {"position": [-0.2, 1.2, -0.4]}},
                 "right": {"grip": {"position": [0.2, 1.2, -0.4]}}},
      {"t": 0.9, "left": {"squeeze": 0.0}, "right": {"squeeze": 0.0}}], )") +
                                                     kExitAt100 + "}");
    EXPECT_NEAR(rig_of(state).world_per_metre, 2.0f, 1e-3f) << state.dump(2);
}

}  // namespace
