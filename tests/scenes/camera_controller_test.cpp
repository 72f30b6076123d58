#include "scenes/camera_controller.h"

#include <gtest/gtest.h>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace xrviz::scenes {
namespace {

constexpr float kFov = glm::radians(50.0f);
constexpr int kWidth = 1280;
constexpr int kHeight = 720;

render::CameraPose front_pose() {
    return {{0.0f, 1.5f, 6.0f}, {0.0f, 1.0f, 0.0f}};
}

render::View view_of(const render::CameraPose& pose) {
    return render::look_at(pose.eye, pose.target, kFov,
                           static_cast<float>(kWidth) / static_cast<float>(kHeight));
}

TEST(CameraController, OrbitKeepsTheDistanceAndTheTarget) {
    CameraController camera(front_pose());
    const float distance = camera.distance();
    camera.orbit(0.7f, 0.2f);
    EXPECT_NEAR(camera.distance(), distance, 1e-4f);
    EXPECT_EQ(camera.pose().target, front_pose().target);
}

TEST(CameraController, OrbitStopsShortOfStraightDownAndOfBelowTheFloor) {
    CameraController camera(front_pose());
    camera.orbit(0.0f, 10.0f);  // far past the pole
    EXPECT_NEAR(camera.pitch(), camera.limits().max_pitch_radians, 1e-4f);
    EXPECT_LT(camera.pitch(), glm::radians(90.0f));
    // Still a usable view direction: not parallel to up.
    const glm::vec3 forward = glm::normalize(camera.pose().target - camera.pose().eye);
    EXPECT_GT(glm::length(glm::cross(forward, glm::vec3(0, 1, 0))), 0.05f);

    camera.orbit(0.0f, -10.0f);
    EXPECT_NEAR(camera.pitch(), camera.limits().min_pitch_radians, 1e-4f);
}

TEST(CameraController, YawGoesAllTheWayRound) {
    CameraController camera(front_pose());
    const glm::vec3 eye = camera.pose().eye;
    camera.orbit(glm::radians(360.0f), 0.0f);
    EXPECT_NEAR(glm::distance(camera.pose().eye, eye), 0.0f, 1e-3f);
}

TEST(CameraController, ZoomTowardTheCursorKeepsThePointUnderTheCursor) {
    CameraController camera(front_pose());
    const glm::vec2 cursor{1000.0f, 200.0f};
    const render::Ray ray =
        render::ray_through_pixel(view_of(camera.pose()), cursor, kWidth, kHeight);
    const auto focus = zoom_focus(camera.pose(), ray, std::nullopt);
    ASSERT_TRUE(focus);
    const float before = camera.distance();
    camera.zoom_toward(*focus, 3.0f);
    EXPECT_LT(camera.distance(), before);
    const auto seen = render::project_to_pixel(view_of(camera.pose()), *focus, kWidth, kHeight);
    ASSERT_TRUE(seen);
    EXPECT_NEAR(seen->x, cursor.x, 0.5f);
    EXPECT_NEAR(seen->y, cursor.y, 0.5f);
}

TEST(CameraController, ZoomTowardAHitUsesTheHitPoint) {
    const render::CameraPose pose = front_pose();
    const render::Ray ray{pose.eye, glm::normalize(glm::vec3(0.5f, 1.0f, 2.0f) - pose.eye)};
    const auto focus = zoom_focus(pose, ray, glm::distance(pose.eye, glm::vec3(0.5f, 1.0f, 2.0f)));
    ASSERT_TRUE(focus);
    EXPECT_NEAR(glm::distance(*focus, glm::vec3(0.5f, 1.0f, 2.0f)), 0.0f, 1e-4f);
}

TEST(CameraController, ZoomStopsAtTheDistanceLimits) {
    CameraController camera(front_pose());
    camera.zoom_toward(camera.pose().target, 100.0f);
    EXPECT_NEAR(camera.distance(), camera.limits().min_distance, 1e-3f);
    camera.zoom_toward(camera.pose().target, -1000.0f);
    EXPECT_NEAR(camera.distance(), camera.limits().max_distance, 1e-2f);
}

TEST(CameraController, ZoomOutMovesAway) {
    CameraController camera(front_pose());
    const float before = camera.distance();
    camera.zoom_toward(camera.pose().target, -1.0f);
    EXPECT_GT(camera.distance(), before);
}

TEST(CameraController, PanMovesEyeAndTargetTogetherWithTheCursor) {
    CameraController camera(front_pose());
    const glm::vec3 offset = camera.pose().eye - camera.pose().target;
    const glm::vec2 start =
        *render::project_to_pixel(view_of(camera.pose()), camera.pose().target, kWidth, kHeight);
    const glm::vec3 world_target = camera.pose().target;
    camera.pan({40.0f, -25.0f}, kHeight, kFov);
    EXPECT_NEAR(glm::distance(camera.pose().eye - camera.pose().target, offset), 0.0f, 1e-4f);
    // The world point that was at the target follows the cursor.
    const glm::vec2 now =
        *render::project_to_pixel(view_of(camera.pose()), world_target, kWidth, kHeight);
    EXPECT_NEAR(now.x - start.x, 40.0f, 0.5f);
    EXPECT_NEAR(now.y - start.y, -25.0f, 0.5f);
}

TEST(CameraController, FlyForwardStaysLevel) {
    CameraController camera(front_pose());
    const render::CameraPose before = camera.pose();
    camera.fly({0.0f, 0.0f, 1.0f}, 2.0f, 0.5f);
    EXPECT_NEAR(camera.pose().eye.y, before.eye.y, 1e-5f);
    EXPECT_LT(camera.pose().eye.z, before.eye.z - 0.9f);
    EXPECT_NEAR(glm::distance(camera.pose().eye - camera.pose().target, before.eye - before.target),
                0.0f, 1e-4f);
}

TEST(CameraController, TransitionsEaseToTheNamedView) {
    CameraController camera(front_pose());
    const render::CameraPose goal{{3.0f, 2.0f, 4.0f}, {1.0f, 1.0f, 0.0f}};
    camera.transition_to(goal, 1.0f);
    EXPECT_TRUE(camera.in_transition());
    camera.update(0.5f);
    // Halfway in time is halfway in space for a symmetric ease.
    const glm::vec3 halfway = (front_pose().eye + goal.eye) * 0.5f;
    EXPECT_NEAR(glm::distance(camera.pose().eye, halfway), 0.0f, 1e-4f);
    camera.update(0.1f);
    EXPECT_TRUE(camera.in_transition());
    camera.update(1.0f);
    EXPECT_FALSE(camera.in_transition());
    EXPECT_EQ(camera.pose().eye, goal.eye);
    EXPECT_EQ(camera.pose().target, goal.target);
}

TEST(CameraController, InputCancelsATransition) {
    CameraController camera(front_pose());
    camera.transition_to({{3.0f, 2.0f, 4.0f}, {1.0f, 1.0f, 0.0f}}, 1.0f);
    camera.orbit(0.1f, 0.0f);
    EXPECT_FALSE(camera.in_transition());
}

}  // namespace
}  // namespace xrviz::scenes
