#pragma once
// A scene of the bundled dataset in a Viewer, with the camera view, frame and pixel
// look-ups that render tests check pixels with.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string_view>

#include "scenes/viewer.h"
#include "tests/scenes/scene_test_support.h"
#include "tests/support/offscreen_renderer.h"

namespace xrviz::scenes::testing {

class SceneRenderTest : public ::testing::Test {
protected:
    SceneRenderTest(std::string_view scene, int width, int height)
        : viewer_(bundled_dataset(), scene), width_(width), height_(height) {}

    render::View view() const {
        return viewer_.camera_view(static_cast<float>(width_) / static_cast<float>(height_));
    }
    render::FrameDescription frame() const {
        render::FrameDescription f;
        f.views = {view()};
        viewer_.describe(f);
        return f;
    }
    glm::ivec2 pixel_of(const glm::vec3& point) const {
        const auto p = render::project_to_pixel(view(), point, width_, height_);
        if (!p)
            throw std::runtime_error("point behind the camera");
        return glm::ivec2(static_cast<int>(p->x), static_cast<int>(p->y));
    }

    Viewer viewer_;
    int width_;
    int height_;
};

inline xrviz::testing::Rgb rgb(const glm::vec3& c) {
    return {c.r, c.g, c.b};
}

}  // namespace xrviz::scenes::testing
