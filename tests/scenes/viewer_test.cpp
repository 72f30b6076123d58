#include "scenes/viewer.h"

#include <gtest/gtest.h>

#include "engine/core/error.h"
#include "scenes/skyline/skyline_scene.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes {
namespace {

// A ray from the viewer's camera through a world point.
render::Ray ray_towards(const Viewer& viewer, const glm::vec3& point) {
    return {viewer.camera().eye, glm::normalize(point - viewer.camera().eye)};
}

const skyline::Bar& capex_2025(const Viewer& viewer) {
    const auto& scene = dynamic_cast<const skyline::SkylineScene&>(viewer.scene());
    for (const auto& bar : scene.layout().bars) {
        if (bar.series == skyline::kCapexSeries && bar.year == 2025) return bar;
    }
    throw std::runtime_error("no 2025 capex bar");
}

TEST(Viewer, OpensOnTheScenesFirstView) {
    Viewer viewer(testing::bundled_dataset(), "skyline");
    const NamedView first = viewer.scene().views().front();
    EXPECT_EQ(viewer.camera().eye, first.pose.eye);
    EXPECT_EQ(viewer.camera().target, first.pose.target);
}

TEST(Viewer, SelectingThe2025CapexBarGivesItsValueAndSource) {
    Viewer viewer(testing::bundled_dataset(), "skyline");
    viewer.select(ray_towards(viewer, capex_2025(viewer).center));
    const auto selected = viewer.selection();
    ASSERT_TRUE(selected);
    EXPECT_EQ(selected->series, "capex_annual");
    EXPECT_EQ(selected->period, "2025");
    EXPECT_DOUBLE_EQ(selected->value, 72.22);
    EXPECT_EQ(selected->unit, "USD_billion");
    EXPECT_EQ(selected->display_value, "$72.2B");
    EXPECT_EQ(selected->source_url, "https://titanstockanalysis.com/meta-2025-report");
}

TEST(Viewer, MissingEverythingSelectsNothing) {
    Viewer viewer(testing::bundled_dataset(), "skyline");
    viewer.select({viewer.camera().eye, glm::vec3(0, 1, 0)});  // straight up
    EXPECT_FALSE(viewer.selection());
}

TEST(Viewer, HidingASeriesDropsItsSelectionAndItsBars) {
    Viewer viewer(testing::bundled_dataset(), "skyline");
    viewer.select(ray_towards(viewer, capex_2025(viewer).center));
    ASSERT_TRUE(viewer.selection());
    viewer.set_series_visible("capex_annual", false);
    EXPECT_FALSE(viewer.selection());

    render::FrameDescription frame;
    viewer.describe(frame);
    EXPECT_EQ(frame.boxes.size(), 7u);  // only the Reality Labs row is left
    viewer.select(ray_towards(viewer, capex_2025(viewer).center));
    EXPECT_FALSE(viewer.selection() && viewer.selection()->series == "capex_annual");
}

TEST(Viewer, SelectedBarIsFlaggedInTheFrame) {
    Viewer viewer(testing::bundled_dataset(), "skyline");
    viewer.select(ray_towards(viewer, capex_2025(viewer).center));
    render::FrameDescription frame;
    viewer.describe(frame);
    const auto selected = std::count_if(frame.boxes.begin(), frame.boxes.end(), [](const auto& b) {
        return (b.flags & render::box_selected) != 0;
    });
    EXPECT_EQ(selected, 1);
}

TEST(Viewer, UnknownSceneOrViewIsAUsageError) {
    EXPECT_THROW(Viewer(testing::bundled_dataset(), "nope"), UsageError);
    Viewer viewer(testing::bundled_dataset(), "skyline");
    EXPECT_THROW(viewer.set_view("nope"), UsageError);
    EXPECT_NO_THROW(viewer.set_view("walk"));
}

}  // namespace
}  // namespace xrviz::scenes
