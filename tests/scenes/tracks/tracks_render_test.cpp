// The tracks drawn on the real renderer (lavapipe in CI) with validation on, checked at
// pixels whose meaning is known from the layout.
#include <gtest/gtest.h>

#include "scenes/tracks/tracks_scene.h"
#include "tests/scenes/scene_render_support.h"

namespace xrviz::scenes::tracks {
namespace {

using xrviz::scenes::testing::rgb;
using xrviz::testing::linear_pixel;
using xrviz::testing::OffscreenRenderer;
using xrviz::testing::Rgb;
using xrviz::testing::same_chromaticity;

constexpr int kWidth = 480;
constexpr int kHeight = 270;

class TracksRender : public xrviz::scenes::testing::SceneRenderTest {
protected:
    TracksRender() : SceneRenderTest("tracks", kWidth, kHeight) {}
    const Layout& layout() const {
        return dynamic_cast<const TracksScene&>(viewer_.scene()).layout();
    }
    const CumulativeBar& last_of(const char* track) const {
        const CumulativeBar* last = nullptr;
        for (const CumulativeBar& b : layout().bars)
            if (b.track == track)
                last = &b;
        if (!last)
            throw std::runtime_error("empty track");
        return *last;
    }
};

float brightness(const Rgb& c) {
    return c.r + c.g + c.b;
}

TEST_F(TracksRender, LastCapexTotalIsTallerThanTheLastLossTotalOnScreen) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const auto image = renderer.render(frame()).front();
    const CumulativeBar& capex = last_of(kCapexTrack);
    const CumulativeBar& loss = last_of(kLossTrack);
    ASSERT_GT(capex.total, loss.total) << "the bundled dataset's capex sum is the larger";
    // This year's part of each bar, at its front face near the top (Meta's own cumulative
    // mark crosses the middle of the last loss bar): the series colour, bright.
    for (const CumulativeBar* b : {&capex, &loss}) {
        const float top = 2 * b->half_size.y;
        const float y = top - (top - b->carried_height) * 0.2f;
        const glm::ivec2 p = pixel_of({b->center.x, y, b->center.z + b->half_size.z});
        const Rgb seen = linear_pixel(image, p.x, p.y);
        EXPECT_TRUE(same_chromaticity(seen, rgb(b->colour), 0.08f))
            << b->track << " pixel " << p.x << "," << p.y << " = " << seen.r << " " << seen.g << " "
            << seen.b;
    }
    // A point just below the capex total's top shows capex; at the same height above the
    // loss bar there is no loss colour.
    const float near_top = 2 * capex.half_size.y - 0.05f;
    const glm::ivec2 top = pixel_of({capex.center.x, near_top, capex.center.z + capex.half_size.z});
    EXPECT_TRUE(same_chromaticity(linear_pixel(image, top.x, top.y), rgb(capex.colour), 0.08f));
    const glm::ivec2 above_loss =
        pixel_of({loss.center.x, 2 * loss.half_size.y + 0.3f, loss.center.z + loss.half_size.z});
    EXPECT_FALSE(same_chromaticity(linear_pixel(image, above_loss.x, above_loss.y),
                                   rgb(loss.colour), 0.08f));
}

TEST_F(TracksRender, CarriedYearsAreADarkerShadeOfTheSameColour) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const auto image = renderer.render(frame()).front();
    const CumulativeBar& capex = last_of(kCapexTrack);
    ASSERT_GT(capex.carried_height, 0.2f);
    const float front = capex.center.z + capex.half_size.z;
    const glm::ivec2 carried = pixel_of({capex.center.x, capex.carried_height * 0.5f, front});
    const glm::ivec2 added =
        pixel_of({capex.center.x, (capex.carried_height + 2 * capex.half_size.y) * 0.5f, front});
    const Rgb dark = linear_pixel(image, carried.x, carried.y);
    const Rgb bright = linear_pixel(image, added.x, added.y);
    EXPECT_TRUE(same_chromaticity(dark, rgb(capex.colour), 0.1f));
    EXPECT_LT(brightness(dark), 0.7f * brightness(bright));
}

TEST_F(TracksRender, GuidanceRangeBlendsWithWhatIsBehindIt) {
    ASSERT_TRUE(layout().guidance);
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    auto f = frame();
    const auto dark = renderer.render(f).front();
    f.clear_colour = {0.8f, 0.1f, 0.1f, 1.0f};
    const auto red = renderer.render(f).front();
    const GuidanceRange& g = *layout().guidance;
    const glm::ivec2 r = pixel_of(g.center + glm::vec3(0, 0, g.half_size.z));
    EXPECT_GT(linear_pixel(red, r.x, r.y).r - linear_pixel(dark, r.x, r.y).r, 0.2f);
}

TEST_F(TracksRender, HiddenTrackLeavesItsBarsOut) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const CumulativeBar& loss = last_of(kLossTrack);
    const float top = 2 * loss.half_size.y;
    const glm::ivec2 p = pixel_of({loss.center.x, top - (top - loss.carried_height) * 0.2f,
                                   loss.center.z + loss.half_size.z});
    viewer_.set_series_visible(kLossTrack, false);
    const auto image = renderer.render(frame()).front();
    EXPECT_FALSE(same_chromaticity(linear_pixel(image, p.x, p.y), rgb(loss.colour), 0.08f));
}

}  // namespace
}  // namespace xrviz::scenes::tracks
