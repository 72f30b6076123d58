// The timeline drawn on the real renderer (lavapipe in CI) with validation on, checked at
// pixels whose meaning is known from the layout: an event's cube, the playhead's post.
#include <gtest/gtest.h>

#include <glm/trigonometric.hpp>

#include "scenes/timeline/timeline_scene.h"
#include "scenes/viewer.h"
#include "tests/scenes/scene_test_support.h"
#include "tests/support/offscreen_renderer.h"

namespace xrviz::scenes::timeline {
namespace {

using xrviz::testing::linear_pixel;
using xrviz::testing::max_channel_difference;
using xrviz::testing::OffscreenRenderer;
using xrviz::testing::Rgb;
using xrviz::testing::same_chromaticity;

constexpr int kWidth = 320;
constexpr int kHeight = 180;

render::View view_from(glm::vec3 eye, glm::vec3 target) {
    return render::look_at(eye, target, glm::radians(kDesktopFieldOfViewDegrees),
                           static_cast<float>(kWidth) / kHeight);
}

glm::ivec2 pixel_of(const render::View& view, const glm::vec3& point) {
    const auto p = render::project_to_pixel(view, point, kWidth, kHeight);
    if (!p)
        throw std::runtime_error("point behind the camera");
    return glm::ivec2(static_cast<int>(p->x), static_cast<int>(p->y));
}

float brightness(Rgb c) {
    return c.r + c.g + c.b;
}

class TimelineRender : public ::testing::Test {
protected:
    TimelineRender() : scene_(*xrviz::scenes::testing::bundled_dataset()) {}

    assets::Image render(OffscreenRenderer& renderer, const render::View& view) const {
        render::FrameDescription frame;
        frame.views = {view};
        scene_.describe({}, frame);
        return renderer.render(frame).front();
    }
    // The first event of a category that is not the latest (the latest is highlighted).
    const EventMarker& event_of(const std::string& category) const {
        const auto& events = scene_.layout().events;
        for (std::size_t i = 0; i + 1 < events.size(); ++i) {
            if (events[i].category.id == category)
                return events[i];
        }
        throw std::runtime_error("no event of category " + category);
    }
    TimelineScene scene_;
};

TEST_F(TimelineRender, AnEventsCubeShowsItsCategoryColourAndDimsBeforeItHappens) {
    const EventMarker& quest = event_of("hardware");
    const glm::vec3 face = quest.head + glm::vec3(0.0f, 0.0f, 0.04f);
    const render::View view = view_from(quest.head + glm::vec3(0.0f, 0.15f, 1.4f), quest.head);
    const glm::ivec2 p = pixel_of(view, face);
    const Rgb colour{quest.category.colour.r, quest.category.colour.g, quest.category.colour.b};

    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const Rgb happened = linear_pixel(render(renderer, view), p.x, p.y);
    EXPECT_TRUE(same_chromaticity(happened, colour, 0.08f))
        << "pixel " << p.x << "," << p.y << " = " << happened.r << " " << happened.g << " "
        << happened.b;
    const EventMarker& other = event_of("ai_model");
    EXPECT_FALSE(same_chromaticity(
        happened, {other.category.colour.r, other.category.colour.g, other.category.colour.b},
        0.08f));

    scene_.set_parameter(kTimeParameter, quest.start_year - 0.1);
    const Rgb upcoming = linear_pixel(render(renderer, view), p.x, p.y);
    EXPECT_TRUE(same_chromaticity(upcoming, colour, 0.12f)) << "dimmed, not recoloured";
    EXPECT_LT(brightness(upcoming), 0.5f * brightness(happened));
}

TEST_F(TimelineRender, SettingTheTimeMovesThePlayheadInThePicture) {
    // Two times in the quiet early years, where nothing else stands at the post's height.
    const double a = scene_.layout().first_year + 1.25;
    const double b = scene_.layout().first_year + 2.0;
    scene_.set_parameter(kTimeParameter, a);
    const glm::vec3 post_a = scene_.playhead_base() + glm::vec3(0.0f, 1.0f, 0.0f);
    scene_.set_parameter(kTimeParameter, b);
    const glm::vec3 post_b = scene_.playhead_base() + glm::vec3(0.0f, 1.0f, 0.0f);
    const glm::vec3 middle = (post_a + post_b) * 0.5f;
    const render::View view = view_from(middle + glm::vec3(0.0f, 0.1f, 2.0f), middle);
    const glm::ivec2 pa = pixel_of(view, post_a);
    const glm::ivec2 pb = pixel_of(view, post_b);
    ASSERT_GT(pb.x - pa.x, 20) << "later is further right";

    OffscreenRenderer renderer(kWidth, kHeight, 1);
    scene_.set_parameter(kTimeParameter, a);
    const assets::Image at_a = render(renderer, view);
    scene_.set_parameter(kTimeParameter, b);
    const assets::Image at_b = render(renderer, view);

    // Where the post stands it is bright; where it stood, the background is back.
    EXPECT_GT(brightness(linear_pixel(at_a, pa.x, pa.y)),
              brightness(linear_pixel(at_b, pa.x, pa.y)) + 0.3f);
    EXPECT_GT(brightness(linear_pixel(at_b, pb.x, pb.y)),
              brightness(linear_pixel(at_a, pb.x, pb.y)) + 0.3f);
    EXPECT_TRUE(
        same_chromaticity(linear_pixel(at_a, pa.x, pa.y), linear_pixel(at_b, pb.x, pb.y), 0.05f))
        << "the same post in both pictures";
    EXPECT_LT(
        max_channel_difference(linear_pixel(at_a, pa.x, pa.y), linear_pixel(at_b, pb.x, pb.y)),
        0.1f);
}

TEST_F(TimelineRender, TheOverviewShowsTheLatestQuartersCapexBarInItsSeriesColour) {
    const auto& bars = scene_.layout().bars;
    const QuarterBar* latest = nullptr;
    for (const QuarterBar& bar : bars) {
        if (bar.series == kCapexSeries)
            latest = &bar;
    }
    ASSERT_NE(latest, nullptr);
    const NamedView overview = scene_.views().front();
    const render::View view = view_from(overview.pose.eye, overview.pose.target);
    // The front face's centre, a little low: the value label sits above the bar.
    const glm::vec3 face =
        latest->center + glm::vec3(0.0f, -latest->half_size.y * 0.3f, latest->half_size.z);
    const glm::ivec2 p = pixel_of(view, face);
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const Rgb seen = linear_pixel(render(renderer, view), p.x, p.y);
    EXPECT_TRUE(
        same_chromaticity(seen, {latest->colour.r, latest->colour.g, latest->colour.b}, 0.08f))
        << "pixel " << p.x << "," << p.y << " = " << seen.r << " " << seen.g << " " << seen.b;
}

}  // namespace
}  // namespace xrviz::scenes::timeline
