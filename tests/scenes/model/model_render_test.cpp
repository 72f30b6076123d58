// The model scene on the real renderer (lavapipe in CI) with validation on: a red glTF
// cube is red where its centre projects, from the scene's first named view.
#include <gtest/gtest.h>

#include "scenes/model/model_scene.h"
#include "scenes/viewer.h"
#include "tests/scenes/scene_test_support.h"
#include "tests/support/offscreen_renderer.h"

namespace xrviz::scenes::model {
namespace {

using xrviz::testing::linear_pixel;
using xrviz::testing::OffscreenRenderer;
using xrviz::testing::same_chromaticity;

constexpr int kWidth = 320;
constexpr int kHeight = 180;

TEST(ModelRender, RedCubeIsRedAtItsCentreFromTheFirstView) {
    const auto file = std::filesystem::path(XRVIZ_TEST_DATA_DIR) / "gltf/valid/red_cube.gltf";
    Viewer viewer(testing::bundled_dataset(), "model", {.model = file});
    render::FrameDescription frame;
    frame.views = {viewer.camera_view(static_cast<float>(kWidth) / kHeight)};
    viewer.describe(frame);
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const assets::Image image = renderer.render(frame)[0];
    // The 1 m cube stands on the floor at the origin: its centre is (0, 0.5, 0).
    const auto p = render::project_to_pixel(frame.views[0], {0.0f, 0.5f, 0.0f}, kWidth, kHeight);
    ASSERT_TRUE(p);
    EXPECT_TRUE(same_chromaticity(linear_pixel(image, static_cast<int>(p->x), static_cast<int>(p->y)),
                                  {1, 0, 0}, 0.02f));
}

}  // namespace
}  // namespace xrviz::scenes::model
