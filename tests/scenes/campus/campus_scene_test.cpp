#include "scenes/campus/campus_scene.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::campus {
namespace {

class CampusSceneTest : public ::testing::Test {
protected:
    void SetUp() override {
        dataset_ = testing::bundled_dataset();
        ASSERT_TRUE(dataset_);
        scene_ = std::make_unique<CampusScene>(*dataset_);
    }
    bool has_label(const render::FrameDescription& frame, const std::string& text) const {
        return std::any_of(frame.labels.begin(), frame.labels.end(),
                           [&](const render::TextLabel& l) { return l.text == text; });
    }
    std::shared_ptr<const data::Dataset> dataset_;
    std::unique_ptr<CampusScene> scene_;
};

TEST_F(CampusSceneTest, OpensOnTheUnitedStatesAndHasAViewPerInsetAndTheBiggestSites) {
    const auto views = scene_->views();
    ASSERT_FALSE(views.empty());
    EXPECT_EQ(views.front().name, "us");
    for (const Region& r : scene_->layout().regions) {
        if (!r.inset)
            continue;
        EXPECT_TRUE(std::any_of(views.begin(), views.end(), [&](const NamedView& v) {
            return v.name == r.id;
        })) << r.id;
    }
    EXPECT_TRUE(std::any_of(views.begin(), views.end(),
                            [](const NamedView& v) { return v.name == "biggest"; }));
    for (const NamedView& v : views)
        EXPECT_GT(v.pose.eye.y, v.pose.target.y) << v.name;
}

TEST_F(CampusSceneTest, ShortLabelsByDefaultFullDetailsWhenHoveredOrSelected) {
    const auto& sites = scene_->layout().sites;
    const auto unknown = std::find_if(sites.begin(), sites.end(),
                                      [](const SiteBuilding& s) { return !s.capacity_known; });
    ASSERT_NE(unknown, sites.end());
    const std::size_t index = static_cast<std::size_t>(unknown - sites.begin());

    render::FrameDescription plain;
    scene_->describe({}, plain);
    EXPECT_TRUE(has_label(plain, short_label(*unknown)));
    EXPECT_FALSE(has_label(plain, full_label(*unknown)));

    for (bool hovered : {true, false}) {
        Interaction interaction;
        (hovered ? interaction.hovered : interaction.selected) = index;
        render::FrameDescription frame;
        scene_->describe(interaction, frame);
        EXPECT_TRUE(has_label(frame, full_label(*unknown)));
        EXPECT_NE(full_label(*unknown).find("capacity unknown"), std::string::npos);
    }
}

TEST_F(CampusSceneTest, KnownCapacityIsSolidAndUnknownIsATranslucentOutline) {
    render::FrameDescription frame;
    scene_->describe({}, frame);
    for (const SiteBuilding& s : scene_->layout().sites) {
        const auto& list = s.capacity_known ? frame.boxes : frame.translucent_boxes;
        EXPECT_TRUE(std::any_of(list.begin(), list.end(), [&](const render::BoxInstance& b) {
            return b.center == s.center && b.half_size == s.half_size;
        })) << s.name;
    }
    Interaction hidden;
    hidden.hidden_series.insert(kSitesSeries);
    render::FrameDescription without;
    scene_->describe(hidden, without);
    EXPECT_LT(without.boxes.size(), frame.boxes.size());
    EXPECT_LT(without.translucent_boxes.size(), frame.translucent_boxes.size());
}

TEST_F(CampusSceneTest, OnePickablePerSiteReachingUpToItsLabel) {
    const auto& sites = scene_->layout().sites;
    ASSERT_EQ(scene_->pickables().size(), sites.size());
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const Pickable& p = scene_->pickables()[i];
        EXPECT_EQ(p.details.series_label, sites[i].name);
        EXPECT_FLOAT_EQ(p.max.y, sites[i].label_anchor.y);
        EXPECT_FLOAT_EQ(p.min.y, 0.0f);
    }
}

}  // namespace
}  // namespace xrviz::scenes::campus
