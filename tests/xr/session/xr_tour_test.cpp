// --tour in the simulated headset (app/xr/xr_tour.cpp): stops change under a fade with the
// person stood at each stop's viewpoint; taking the headset off (focus lost) falls back to
// the attract loop, and putting it on starts the tour from its first stop.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "scenes/viewer.h"
#include "tests/scenes/scene_test_support.h"
#include "tests/xr/session/xr_run.h"

namespace xrviz::testing {
namespace {

class XrTourTest : public XrRunTest {
protected:
    // `events`: the sim script's events; `keyframes`: its controller keyframes, if any.
    nlohmann::json run_tour(const std::string& events, const std::string& keyframes = "[]") {
        std::ofstream(dir_ / "tour.json") << kShortTour;
        const fs::path state = dir_ / "state.json";
        last_ = run("--mode xr --validation --tour '" + (dir_ / "tour.json").string() +
                        "' --state-out '" + state.string() + "'",
                    R"({"keyframes": )" + keyframes + R"(, "events": )" + events + "}");
        expect_clean(last_);
        return nlohmann::json::parse(read_text(state));
    }
    // The headset taken off mid-tour and put on again (`events`): the attract loop, then
    // the tour from its first stop.
    void expect_off_then_on_restarts(const std::string& events) {
        const auto state = run_tour(events);
        const auto attract = last_.output.find("stop 1 of 3 (attract)");
        ASSERT_NE(attract, std::string::npos) << last_.output;
        EXPECT_NE(last_.output.find("stop 1 of 3 (touring)", attract), std::string::npos)
            << last_.output;
        EXPECT_EQ(state["tour"]["phase"], "touring") << state.dump(2);
        EXPECT_EQ(state["tour"]["stop"], 1);
    }
    RunResult last_;
};

glm::vec3 view_eye(std::string_view scene, std::string_view view) {
    scenes::Viewer viewer(scenes::testing::bundled_dataset(), scene);
    viewer.set_view(view);
    return viewer.camera().eye;
}

TEST_F(XrTourTest, PuttingTheHeadsetOnStartsTheTourAndEachStopStandsThePersonThere) {
    const auto state = run_tour(R"([{"frame": 130, "type": "request_exit"}])");
    EXPECT_EQ(state["tour"]["phase"], "touring") << state.dump(2);
    EXPECT_EQ(state["tour"]["stop"], 2);
    // The rig's floor origin is under the stop's viewpoint (skyline, "front").
    const glm::vec3 eye = view_eye("skyline", "front");
    EXPECT_NEAR(state["rig"]["origin"][0].get<float>(), eye.x, 1e-3f) << state.dump(2);
    EXPECT_NEAR(state["rig"]["origin"][2].get<float>(), eye.z, 1e-3f) << state.dump(2);
    EXPECT_NE(last_.output.find("stop 2 of 3 (touring)"), std::string::npos) << last_.output;
}

TEST_F(XrTourTest, TakingTheHeadsetOffMidTourFallsBackToTheAttractLoop) {
    const auto state = run_tour(R"([{"frame": 120, "type": "unfocus"},
                                    {"frame": 150, "type": "request_exit"}])");
    EXPECT_NE(last_.output.find("stop 2 of 3 (touring)"), std::string::npos) << last_.output;
    EXPECT_EQ(state["tour"]["phase"], "attract") << state.dump(2);
    EXPECT_EQ(state["tour"]["stop"], 1);
}

TEST_F(XrTourTest, PuttingItOnAgainStartsTheTourFromTheFirstStop) {
    expect_off_then_on_restarts(R"([{"frame": 120, "type": "unfocus"},
                                    {"frame": 150, "type": "focus"},
                                    {"frame": 170, "type": "request_exit"}])");
}

// The three stops end at 3 s (frame 270): a person still wearing the headset is in the
// attract loop; a pull of the trigger starts the tour again.
TEST_F(XrTourTest, ATriggerInTheAttractLoopStartsTheTour) {
    const std::string events = R"([{"frame": 330, "type": "request_exit"}])";
    const auto idle = run_tour(events);
    EXPECT_EQ(idle["tour"]["phase"], "attract") << idle.dump(2);
    const auto pulled = run_tour(events, R"([
      {"t": 0.0, "right": {"aim": {"position": [0, 1.6, 0], "orientation": [0, 0, 0, 1]},
                           "trigger": 0.0}},
      {"t": 3.3, "right": {"trigger": 0.0}},
      {"t": 3.4, "right": {"trigger": 1.0}}])");
    EXPECT_EQ(pulled["tour"]["phase"], "touring") << pulled.dump(2);
    EXPECT_EQ(pulled["tour"]["stop"], 1);
}

TEST_F(XrTourTest, UserPresenceTakesTheHeadsetOffAndPutsItOnWhereTheRuntimeSensesIt) {
    // XR_EXT_user_presence: the session stays FOCUSED, only the sensor speaks.
    expect_off_then_on_restarts(R"([{"frame": 120, "type": "user_absent"},
                                    {"frame": 150, "type": "user_present"},
                                    {"frame": 170, "type": "request_exit"}])");
}

TEST_F(XrTourTest, WhileNobodyWearsItTheTourStaysInTheAttractLoop) {
    const auto state = run_tour(R"([{"frame": 120, "type": "user_absent"},
                                    {"frame": 300, "type": "request_exit"}])");
    EXPECT_EQ(state["tour"]["phase"], "attract") << state.dump(2);
}

}  // namespace
}  // namespace xrviz::testing
