#include "scenes/tracks/tracks_scene.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::tracks {
namespace {

class TracksSceneTest : public ::testing::Test {
protected:
    void SetUp() override {
        dataset_ = testing::bundled_dataset();
        ASSERT_TRUE(dataset_);
        scene_ = std::make_unique<TracksScene>(*dataset_);
    }
    static bool has_label(const render::FrameDescription& frame, const std::string& text) {
        return std::any_of(frame.labels.begin(), frame.labels.end(),
                           [&](const render::TextLabel& l) { return l.text == text; });
    }
    std::shared_ptr<const data::Dataset> dataset_;
    std::unique_ptr<TracksScene> scene_;
};

TEST_F(TracksSceneTest, EveryRunningTotalIsPickableWithItsDerivedDetails) {
    const Layout& layout = scene_->layout();
    const auto& pickables = scene_->pickables();
    ASSERT_EQ(pickables.size(),
              layout.bars.size() + (layout.guidance ? 1 : 0) + (layout.reported_loss ? 1 : 0));
    for (std::size_t i = 0; i < layout.bars.size(); ++i) {
        const CumulativeBar& bar = layout.bars[i];
        EXPECT_EQ(pickables[i].details.series, bar.track);
        EXPECT_EQ(pickables[i].details.status, "derived");
        EXPECT_NE(pickables[i].details.series_label.find(bar.span_label), std::string::npos);
        EXPECT_FLOAT_EQ(pickables[i].max.y, 2 * bar.half_size.y);
    }
    if (layout.guidance) {
        EXPECT_EQ(pickables[layout.bars.size()].details.status, "guidance");
    }
}

TEST_F(TracksSceneTest, LastTotalOfEachTrackNamesTheYearsItSums) {
    render::FrameDescription frame;
    scene_->describe({}, frame);
    for (const char* track : {kCapexTrack, kLossTrack}) {
        const CumulativeBar* last = nullptr;
        for (const CumulativeBar& b : scene_->layout().bars)
            if (b.track == track)
                last = &b;
        ASSERT_NE(last, nullptr);
        EXPECT_TRUE(has_label(frame, "sum " + last->span_label)) << track;
        EXPECT_TRUE(has_label(frame, last->total_label)) << track;
    }
}

TEST_F(TracksSceneTest, HidingTheCapexTrackTakesItsGuidanceRangeWithIt) {
    ASSERT_TRUE(scene_->layout().guidance);
    render::FrameDescription shown;
    scene_->describe({}, shown);
    EXPECT_EQ(shown.translucent_boxes.size(), 1u);
    Interaction interaction;
    interaction.hidden_series.insert(kCapexTrack);
    render::FrameDescription hidden;
    scene_->describe(interaction, hidden);
    EXPECT_TRUE(hidden.translucent_boxes.empty());
    EXPECT_LT(hidden.boxes.size(), shown.boxes.size());
}

TEST_F(TracksSceneTest, TogglesForBothTracksAndTheGuidance) {
    const auto toggles = scene_->series();
    for (const char* id : {kCapexTrack, kLossTrack, kGuidanceSeries}) {
        EXPECT_TRUE(std::any_of(toggles.begin(), toggles.end(), [&](const SeriesToggle& t) {
            return t.id == id;
        })) << id;
    }
    EXPECT_EQ(scene_->views().front().name, "overview");
}

}  // namespace
}  // namespace xrviz::scenes::tracks
