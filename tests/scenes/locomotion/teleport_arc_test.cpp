#include "scenes/locomotion/teleport_arc.h"

#include <gtest/gtest.h>

#include <cmath>

#include <glm/geometric.hpp>

namespace xrviz::scenes {
namespace {

TEST(TeleportArc, LandsWhereTheBallisticFormulaSays) {
    // Thrown horizontally from 1.25 m at 5 m/s with g = 10: it falls 1.25 m in 0.5 s,
    // so it lands 2.5 m ahead.
    const render::Ray aim{{0.0f, 1.25f, 0.0f}, {0.0f, 0.0f, -1.0f}};
    const TeleportArc arc = teleport_arc(aim, {.speed = 5.0f, .gravity = 10.0f});
    ASSERT_TRUE(arc.landing.has_value());
    EXPECT_NEAR(arc.landing->x, 0.0f, 1e-4f);
    EXPECT_NEAR(arc.landing->y, 0.0f, 1e-6f);
    EXPECT_NEAR(arc.landing->z, -2.5f, 1e-3f);
    EXPECT_EQ(arc.points.back(), *arc.landing);
    for (const glm::vec3& p : arc.points) EXPECT_GE(p.y, -1e-6f);
}

TEST(TeleportArc, TheLandingDoesNotDependOnTheDrawingStep) {
    const render::Ray aim{{0.1f, 1.3f, -0.2f}, glm::normalize(glm::vec3(0.3f, 0.4f, -1.0f))};
    const TeleportArc fine = teleport_arc(aim, {.step_s = 0.005f});
    const TeleportArc coarse = teleport_arc(aim, {.step_s = 0.1f});
    ASSERT_TRUE(fine.landing && coarse.landing);
    EXPECT_NEAR(glm::distance(*fine.landing, *coarse.landing), 0.0f, 1e-4f);
    EXPECT_GT(fine.points.size(), coarse.points.size());
}

TEST(TeleportArc, AimingUpHighStillComesDownFurtherAway) {
    const render::Ray low{{0.0f, 1.3f, 0.0f}, glm::normalize(glm::vec3(0.0f, -0.2f, -1.0f))};
    const render::Ray high{{0.0f, 1.3f, 0.0f}, glm::normalize(glm::vec3(0.0f, 0.5f, -1.0f))};
    const auto near = teleport_arc(low).landing;
    const auto far = teleport_arc(high).landing;
    ASSERT_TRUE(near && far);
    EXPECT_LT(far->z, near->z);
}

TEST(TeleportArc, AnArcThatNeverComesDownHasNoLanding) {
    const render::Ray up{{0.0f, 1.3f, 0.0f}, {0.0f, 1.0f, 0.0f}};
    const TeleportArc arc = teleport_arc(up, {.speed = 30.0f, .max_time_s = 1.0f});
    EXPECT_FALSE(arc.landing.has_value());
    EXPECT_GT(arc.points.size(), 10u);
}

}  // namespace
}  // namespace xrviz::scenes
