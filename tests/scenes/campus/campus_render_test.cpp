// The campus drawn on the real renderer (lavapipe in CI) with validation on, checked at
// pixels whose meaning is known from the layout.
#include <gtest/gtest.h>

#include "scenes/campus/campus_scene.h"
#include "tests/scenes/scene_render_support.h"

namespace xrviz::scenes::campus {
namespace {

using xrviz::scenes::testing::rgb;
using xrviz::testing::linear_pixel;
using xrviz::testing::max_channel_difference;
using xrviz::testing::OffscreenRenderer;
using xrviz::testing::Rgb;
using xrviz::testing::same_chromaticity;

constexpr int kWidth = 480;
constexpr int kHeight = 270;

class CampusRender : public xrviz::scenes::testing::SceneRenderTest {
protected:
    CampusRender() : SceneRenderTest("campus", kWidth, kHeight) {}
    const Layout& layout() const {
        return dynamic_cast<const CampusScene&>(viewer_.scene()).layout();
    }
    assets::Image render(OffscreenRenderer& renderer) const {
        return renderer.render(frame()).front();
    }
    const SiteBuilding& first_unknown() const {
        for (const SiteBuilding& s : layout().sites)
            if (!s.capacity_known && s.region == "us")
                return s;
        throw std::runtime_error("no site of unknown capacity");
    }
};

TEST_F(CampusRender, BiggestSiteShowsItsStatusColourAtItsProjectedCentre) {
    viewer_.set_view("biggest");
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const auto image = render(renderer);
    const SiteBuilding& biggest = layout().sites.front();
    ASSERT_TRUE(biggest.capacity_known);
    // The front face: the top's centre carries the leader line up to the label.
    const glm::ivec2 p = pixel_of(biggest.center + glm::vec3(0, 0, biggest.half_size.z));
    const glm::vec3 c = status_colour(biggest.status);
    const Rgb seen = linear_pixel(image, p.x, p.y);
    EXPECT_TRUE(same_chromaticity(seen, rgb(c), 0.08f))
        << biggest.name << " pixel " << p.x << "," << p.y << " = " << seen.r << " " << seen.g << " "
        << seen.b;
    const glm::vec3 other =
        status_colour(biggest.status == data::ValueStatus::reported ? data::ValueStatus::estimate
                                                                    : data::ValueStatus::reported);
    EXPECT_FALSE(same_chromaticity(seen, rgb(other), 0.08f));
}

TEST_F(CampusRender, UnknownCapacityIsAGhostThatLetsTheMapShowThrough) {
    viewer_.set_view("us");
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const SiteBuilding& ghost = first_unknown();
    const glm::ivec2 p = pixel_of(ghost.center + glm::vec3(0, 0, ghost.half_size.z));
    const auto with_sites = render(renderer);
    viewer_.set_series_visible(kSitesSeries, false);
    const auto without = render(renderer);
    const Rgb seen = linear_pixel(with_sites, p.x, p.y);
    const Rgb floor = linear_pixel(without, p.x, p.y);
    EXPECT_GT(max_channel_difference(seen, floor), 0.01f) << ghost.name << " must be drawn";
    // Translucent: far darker than a solid box of its colour would be.
    const glm::vec3 c = status_colour(ghost.status);
    EXPECT_LT(std::max({seen.r, seen.g, seen.b}), 0.6f * std::max({c.r, c.g, c.b})) << ghost.name;
}

TEST_F(CampusRender, EveryNamedViewRendersWithoutValidationMessages) {
    OffscreenRenderer renderer(160, 90, 1);
    for (const NamedView& v : viewer_.scene().views()) {
        viewer_.set_view(v.name);
        render::FrameDescription frame;
        frame.views = {viewer_.camera_view(160.0f / 90.0f)};
        viewer_.describe(frame);
        EXPECT_FALSE(frame.labels.empty());
        renderer.render(frame);
    }
}

}  // namespace
}  // namespace xrviz::scenes::campus
