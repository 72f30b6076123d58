// The tco scene drawn on the real renderer (lavapipe in CI) with validation on, checked at
// pixels whose meaning is known from the layout.
#include <gtest/gtest.h>

#include "scenes/tco/tco_scene.h"
#include "scenes/viewer.h"
#include "tests/scenes/scene_test_support.h"
#include "tests/support/offscreen_renderer.h"

namespace xrviz::scenes::tco {
namespace {

using xrviz::testing::linear_pixel;
using xrviz::testing::OffscreenRenderer;
using xrviz::testing::Rgb;
using xrviz::testing::same_chromaticity;

constexpr int kWidth = 320;
constexpr int kHeight = 180;

const Layout& layout_of(const Viewer& viewer) {
    return dynamic_cast<const TcoScene&>(viewer.scene()).layout();
}

const Segment& segment(const Viewer& viewer, const char* series, int year) {
    for (const Segment& s : layout_of(viewer).segments) {
        if (s.series == series && s.year == year)
            return s;
    }
    throw std::runtime_error(std::string("no segment ") + series);
}

// A point on the segment's front face, `fraction` of the way up.
glm::vec3 front(const Segment& s, float fraction = 0.5f) {
    return s.center + glm::vec3(0.0f, (fraction - 0.5f) * 2.0f * s.half_size.y, s.half_size.z);
}

Rgb rgb(const glm::vec3& c) {
    return {c.r, c.g, c.b};
}

class TcoRender : public ::testing::Test {
protected:
    TcoRender() : viewer_(xrviz::scenes::testing::bundled_dataset(), "tco") {}

    // Renders from the camera the test started with (the overview of the defaults).
    Rgb pixel_at(const glm::vec3& point) {
        render::FrameDescription frame;
        frame.views = {view_};
        viewer_.describe(frame);
        const auto image = renderer_.render(frame).front();
        const auto p = render::project_to_pixel(view_, point, kWidth, kHeight);
        if (!p)
            throw std::runtime_error("point behind the camera");
        return linear_pixel(image, static_cast<int>(p->x), static_cast<int>(p->y));
    }

    Viewer viewer_;
    render::View view_ = viewer_.camera_view(static_cast<float>(kWidth) / kHeight);
    OffscreenRenderer renderer_{kWidth, kHeight, 1};
};

TEST_F(TcoRender, FinalYearCloudColumnShowsTheCloudColourAtItsCentre) {
    const int last = layout_of(viewer_).last_year();
    const Segment& cloud = segment(viewer_, kCloudSeries, last);
    const Rgb seen = pixel_at(front(cloud));
    EXPECT_TRUE(same_chromaticity(seen, rgb(cloud.colour), 0.08f))
        << seen.r << " " << seen.g << " " << seen.b;
    EXPECT_FALSE(
        same_chromaticity(seen, rgb(segment(viewer_, kHardwareSeries, last).colour), 0.08f));
}

TEST_F(TcoRender, OwnColumnShowsHardwareAtTheBottomAndOperationsOnTop) {
    const Segment& hardware = segment(viewer_, kHardwareSeries, 4);
    const Segment& operations = segment(viewer_, kOperationsSeries, 4);
    EXPECT_TRUE(same_chromaticity(pixel_at(front(hardware)), rgb(hardware.colour), 0.08f));
    EXPECT_TRUE(same_chromaticity(pixel_at(front(operations)), rgb(operations.colour), 0.08f));
}

TEST_F(TcoRender, LowerUtilisationShortensTheCloudColumnsInThePicture) {
    const int last = layout_of(viewer_).last_year();
    const glm::vec3 near_top = front(segment(viewer_, kCloudSeries, last), 0.92f);
    const glm::vec3 cloud_colour = segment(viewer_, kCloudSeries, last).colour;
    ASSERT_TRUE(same_chromaticity(pixel_at(near_top), rgb(cloud_colour), 0.08f));

    viewer_.set_parameter("utilisation", 0.3);
    const Segment& shorter = segment(viewer_, kCloudSeries, last);
    // The axis may rescale; the layout says where the new top is, and it must be lower.
    ASSERT_LT(shorter.center.y + shorter.half_size.y, near_top.y - 0.1f);
    EXPECT_FALSE(same_chromaticity(pixel_at(near_top), rgb(cloud_colour), 0.08f))
        << "the old top of the column must now show what is behind it";
    EXPECT_TRUE(same_chromaticity(pixel_at(front(shorter)), rgb(cloud_colour), 0.08f));
}

}  // namespace
}  // namespace xrviz::scenes::tco
