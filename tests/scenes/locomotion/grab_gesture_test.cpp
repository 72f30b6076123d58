#include "scenes/locomotion/grab_gesture.h"

#include <gtest/gtest.h>

#include <glm/gtc/constants.hpp>
#include <glm/trigonometric.hpp>

namespace xrviz::scenes {
namespace {

using Hands = std::array<std::optional<glm::vec3>, 2>;

void expect_near(const glm::vec3& actual, const glm::vec3& expected, float tolerance = 1e-4f) {
    EXPECT_NEAR(actual.x, expected.x, tolerance);
    EXPECT_NEAR(actual.y, expected.y, tolerance);
    EXPECT_NEAR(actual.z, expected.z, tolerance);
}

TEST(GrabGesture, OneHandMovesTheWorldWithTheHand) {
    GrabGesture grab;
    Rig rig{.origin = {3.0f, 0.0f, 1.0f}, .yaw = 0.4f, .world_per_metre = 10.0f};
    const glm::vec3 from{0.2f, 1.2f, -0.4f};
    rig = grab.update({from, std::nullopt}, rig);
    const glm::vec3 held = rig.to_world(from);
    const glm::vec3 to = from + glm::vec3(0.3f, -0.1f, 0.2f);
    rig = grab.update({to, std::nullopt}, rig);
    expect_near(rig.to_world(to), held);  // what was under the hand stays under it
    EXPECT_NEAR(rig.yaw, 0.4f, 1e-6f);
    EXPECT_NEAR(rig.world_per_metre, 10.0f, 1e-6f);
}

TEST(GrabGesture, TwoHandsScaleByTheRatioOfTheirDistances) {
    GrabGesture grab;
    Rig rig{.world_per_metre = 20.0f};
    rig = grab.update(Hands{glm::vec3(-0.2f, 1.2f, -0.4f), glm::vec3(0.2f, 1.2f, -0.4f)}, rig);
    // Hands from 0.4 m apart to 0.8 m: the visualization doubles, so a metre spans half
    // as much of the world.
    rig = grab.update(Hands{glm::vec3(-0.4f, 1.2f, -0.4f), glm::vec3(0.4f, 1.2f, -0.4f)}, rig);
    EXPECT_NEAR(rig.world_per_metre, 10.0f, 1e-4f);
    EXPECT_NEAR(rig.yaw, 0.0f, 1e-5f);
    expect_near(rig.to_world({0.0f, 1.2f, -0.4f}), glm::vec3(0.0f, 24.0f, -8.0f));
}

TEST(GrabGesture, TwoHandsTurnTheWorldWithThem) {
    GrabGesture grab;
    Rig rig;
    rig = grab.update(Hands{glm::vec3(-0.3f, 1.0f, 0.0f), glm::vec3(0.3f, 1.0f, 0.0f)}, rig);
    // The right hand comes forward, the left goes back: a turn of 90 degrees
    // counter-clockwise seen from above.
    rig = grab.update(Hands{glm::vec3(0.0f, 1.0f, 0.3f), glm::vec3(0.0f, 1.0f, -0.3f)}, rig);
    EXPECT_NEAR(rig.yaw, -glm::half_pi<float>(), 1e-5f);
    EXPECT_NEAR(rig.world_per_metre, 1.0f, 1e-5f);
}

TEST(GrabGesture, ScaleStaysBetweenTabletopAndWalkIn) {
    GrabGesture grab;
    Rig rig{.world_per_metre = 2.0f};
    rig = grab.update(Hands{glm::vec3(-0.1f, 1.0f, 0.0f), glm::vec3(0.1f, 1.0f, 0.0f)}, rig);
    rig = grab.update(Hands{glm::vec3(-1.0f, 1.0f, 0.0f), glm::vec3(1.0f, 1.0f, 0.0f)}, rig);
    EXPECT_FLOAT_EQ(rig.world_per_metre, kWalkInScale);
    GrabGesture shrink;
    Rig small{.world_per_metre = 40.0f};
    small = shrink.update(Hands{glm::vec3(-1.0f, 1.0f, 0.0f), glm::vec3(1.0f, 1.0f, 0.0f)}, small);
    small = shrink.update(Hands{glm::vec3(-0.1f, 1.0f, 0.0f), glm::vec3(0.1f, 1.0f, 0.0f)}, small);
    EXPECT_FLOAT_EQ(small.world_per_metre, kTabletopScale);
}

TEST(GrabGesture, ASecondHandJoiningDoesNotMakeTheWorldJump) {
    GrabGesture grab;
    Rig rig;
    rig = grab.update({glm::vec3(0.2f, 1.0f, 0.0f), std::nullopt}, rig);
    rig = grab.update({glm::vec3(0.3f, 1.0f, 0.0f), std::nullopt}, rig);
    const Rig before = rig;
    rig = grab.update(Hands{glm::vec3(0.3f, 1.0f, 0.0f), glm::vec3(-0.3f, 1.0f, 0.0f)}, rig);
    expect_near(rig.origin, before.origin);
    EXPECT_FLOAT_EQ(rig.yaw, before.yaw);
    EXPECT_FALSE(grab.update({std::nullopt, std::nullopt}, rig).yaw != rig.yaw);
    EXPECT_FALSE(grab.active());
}

}  // namespace
}  // namespace xrviz::scenes
