#include "engine/render/view.h"

#include <gtest/gtest.h>

#include <glm/trigonometric.hpp>

namespace xrviz::render {
namespace {

TEST(View, TargetProjectsToTheImageCentre) {
    const View view = look_at({1, 2, 5}, {1, 1, 0}, glm::radians(50.0f), 16.0f / 9.0f);
    const auto pixel = project_to_pixel(view, {1, 1, 0}, 320, 180);
    ASSERT_TRUE(pixel);
    EXPECT_NEAR(pixel->x, 160.0f, 1e-3f);
    EXPECT_NEAR(pixel->y, 90.0f, 1e-3f);
}

TEST(View, UpInTheWorldIsUpInTheImage) {
    const View view = look_at({0, 1, 5}, {0, 1, 0}, glm::radians(50.0f), 1.0f);
    const auto above = project_to_pixel(view, {0, 2, 0}, 100, 100);
    const auto right = project_to_pixel(view, {1, 1, 0}, 100, 100);
    ASSERT_TRUE(above && right);
    EXPECT_LT(above->y, 50.0f);  // rows grow downwards
    EXPECT_GT(right->x, 50.0f);
}

TEST(View, PointsBehindTheCameraDoNotProject) {
    const View view = look_at({0, 1, 5}, {0, 1, 0}, glm::radians(50.0f), 1.0f);
    EXPECT_FALSE(project_to_pixel(view, {0, 1, 10}, 100, 100));
}

TEST(View, SymmetricAnglesMatchTheSymmetricPerspective) {
    const float half = glm::radians(25.0f);
    const glm::mat4 a = perspective_from_angles(-half, half, half, -half);
    const glm::mat4 b = perspective(2 * half, 1.0f);
    for (int c = 0; c < 4; ++c) {
        for (int r = 0; r < 4; ++r) EXPECT_NEAR(a[c][r], b[c][r], 1e-5f) << c << "," << r;
    }
}

TEST(View, AsymmetricFrustumShiftsTheCentreTowardsTheWiderSide) {
    // A wider left half-angle (as for a left eye) puts the forward axis right of centre.
    const glm::mat4 p = perspective_from_angles(glm::radians(-50.0f), glm::radians(40.0f),
                                                glm::radians(45.0f), glm::radians(-45.0f));
    const View view{.view = glm::mat4(1.0f), .projection = p, .eye = {0, 0, 0}};
    const auto pixel = project_to_pixel(view, {0, 0, -3}, 200, 200);
    ASSERT_TRUE(pixel);
    EXPECT_GT(pixel->x, 100.0f);
    EXPECT_NEAR(pixel->y, 100.0f, 1e-3f);
}

TEST(View, RayThroughAPixelHitsWhatProjectsThere) {
    const View view = look_at({2, 3, 6}, {0, 1, 0}, glm::radians(50.0f), 1.5f);
    const glm::vec3 point{0.7f, 0.4f, -0.3f};
    const auto pixel = project_to_pixel(view, point, 300, 200);
    ASSERT_TRUE(pixel);
    const Ray ray = ray_through_pixel(view, *pixel, 300, 200);
    const glm::vec3 to_point = glm::normalize(point - ray.origin);
    EXPECT_NEAR(glm::dot(to_point, ray.direction), 1.0f, 1e-4f);
}

}  // namespace
}  // namespace xrviz::render
