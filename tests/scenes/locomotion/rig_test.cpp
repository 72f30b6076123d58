#include "scenes/locomotion/rig.h"

#include <gtest/gtest.h>

#include <cmath>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace xrviz::scenes {
namespace {

void expect_near(const glm::vec3& actual, const glm::vec3& expected, float tolerance = 1e-4f) {
    EXPECT_NEAR(actual.x, expected.x, tolerance);
    EXPECT_NEAR(actual.y, expected.y, tolerance);
    EXPECT_NEAR(actual.z, expected.z, tolerance);
}

TEST(Rig, StandsWhereTheCameraStandsFacingItsTarget) {
    const Rig rig = rig_at_camera({.eye = {2.0f, 1.6f, 5.0f}, .target = {2.0f, 1.0f, -5.0f}});
    expect_near(rig.to_world({0.0f, 0.0f, 0.0f}), {2.0f, 0.0f, 5.0f});
    // One metre ahead in the space (-z) is one metre toward the target.
    expect_near(rig.to_world({0.0f, 0.0f, -1.0f}), {2.0f, 0.0f, 4.0f});

    const Rig facing_x = rig_at_camera({.eye = {0.0f, 1.6f, 0.0f}, .target = {10.0f, 1.6f, 0.0f}});
    expect_near(facing_x.to_world({0.0f, 0.0f, -1.0f}), {1.0f, 0.0f, 0.0f});
}

TEST(Rig, SnapTurnRotatesAboutTheHeadNotThePlayAreaCentre) {
    Rig rig;
    const glm::vec3 head{0.5f, 1.7f, -0.3f};
    const glm::vec3 head_before = rig.to_world(head);
    const glm::vec3 ahead_before = rig.to_world(head + glm::vec3(0.0f, 0.0f, -1.0f)) - head_before;
    snap_turn(rig, glm::radians(30.0f), head);
    expect_near(rig.to_world(head), head_before);
    const glm::vec3 ahead_after = rig.to_world(head + glm::vec3(0.0f, 0.0f, -1.0f)) - head_before;
    EXPECT_NEAR(glm::degrees(std::acos(glm::dot(ahead_before, ahead_after))), 30.0f, 1e-3f);
    EXPECT_NEAR(rig.yaw, glm::radians(30.0f), 1e-6f);
}

TEST(Rig, TeleportPutsTheHeadsFloorSpotOnTheTarget) {
    Rig rig{.origin = {1.0f, 0.0f, 1.0f}, .yaw = 0.7f};
    const glm::vec3 head{0.4f, 1.6f, 0.2f};
    teleport(rig, {-3.0f, 0.0f, 8.0f}, head);
    expect_near(rig.to_world({head.x, 0.0f, head.z}), {-3.0f, 0.0f, 8.0f});
    EXPECT_NEAR(rig.yaw, 0.7f, 1e-6f);  // a teleport never turns the person
}

TEST(Rig, ScaleMakesOneMetreOfSpaceSpanMoreOfTheWorld) {
    const Rig rig{.world_per_metre = kTabletopScale};
    expect_near(rig.to_world({1.0f, 0.0f, 0.0f}), {50.0f, 0.0f, 0.0f});
}

}  // namespace
}  // namespace xrviz::scenes
