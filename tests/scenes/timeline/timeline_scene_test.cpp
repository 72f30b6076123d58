#include "scenes/timeline/timeline_scene.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "engine/core/error.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::timeline {
namespace {

class TimelineSceneTest : public ::testing::Test {
protected:
    TimelineSceneTest() : scene_(*testing::bundled_dataset()) {}

    render::FrameDescription describe(const Interaction& interaction = {}) const {
        render::FrameDescription frame;
        scene_.describe(interaction, frame);
        return frame;
    }
    // The cube drawn at an event's title: the opaque box centred on its head.
    static const render::BoxInstance* head_box(const render::FrameDescription& frame,
                                               const EventMarker& e) {
        for (const render::BoxInstance& b : frame.boxes) {
            if (b.center == e.head)
                return &b;
        }
        return nullptr;
    }
    TimelineScene scene_;
};

TEST_F(TimelineSceneTest, OffersAPlayheadAndAPlaySwitch) {
    const auto parameters = scene_.parameters();
    ASSERT_EQ(parameters.size(), 2u);
    EXPECT_EQ(parameters[0].id, kTimeParameter);
    EXPECT_DOUBLE_EQ(parameters[0].min, scene_.layout().first_year);
    EXPECT_DOUBLE_EQ(parameters[0].max, scene_.layout().last_year);
    EXPECT_DOUBLE_EQ(parameters[0].value, scene_.layout().latest) << "opens at the newest data";
    EXPECT_EQ(parameters[1].id, kPlayParameter);
    EXPECT_DOUBLE_EQ(parameters[1].step, 1.0);
    EXPECT_DOUBLE_EQ(parameters[1].value, 0.0);
}

TEST_F(TimelineSceneTest, SettingTheTimeMovesThePlayheadAndRejectsTimesOffTheAxis) {
    scene_.set_parameter(kTimeParameter, 2020.5);
    EXPECT_DOUBLE_EQ(scene_.time(), 2020.5);
    EXPECT_DOUBLE_EQ(scene_.parameters()[0].value, 2020.5);
    EXPECT_THROW(scene_.set_parameter(kTimeParameter, 1999.0), UsageError);
    EXPECT_THROW(scene_.set_parameter("speed", 1.0), UsageError);
    EXPECT_DOUBLE_EQ(scene_.time(), 2020.5);
}

TEST_F(TimelineSceneTest, PlayingAdvancesAtASteadyRateAndLoops) {
    scene_.set_parameter(kTimeParameter, 2020.0);
    scene_.update(10.0);
    scene_.update(12.0);
    EXPECT_DOUBLE_EQ(scene_.time(), 2020.0) << "paused: the clock runs, the playhead stays";
    scene_.set_parameter(kPlayParameter, 1.0);
    scene_.update(14.0);
    EXPECT_NEAR(scene_.time(), 2020.0 + 2.0 * kPlayYearsPerSecond, 1e-9);
    const double end = scene_.layout().last_year;
    scene_.set_parameter(kTimeParameter, end - 0.25);
    scene_.update(15.0);  // half a year on: a quarter past the end
    EXPECT_NEAR(scene_.time(), scene_.layout().first_year + 0.25, 1e-9);
}

TEST_F(TimelineSceneTest, EventsAfterThePlayheadAreDimmedAndTheLatestIsEmphasised) {
    const auto& events = scene_.layout().events;
    const EventMarker& before = events[events.size() / 2];
    const EventMarker& after = events[events.size() / 2 + 1];
    ASSERT_LT(before.start_year, after.start_year);
    scene_.set_parameter(kTimeParameter, (before.start_year + after.start_year) * 0.5);
    ASSERT_EQ(scene_.latest_event(), &before);

    const render::FrameDescription frame = describe();
    const render::BoxInstance* past = head_box(frame, before);
    const render::BoxInstance* future = head_box(frame, after);
    ASSERT_TRUE(past && future);
    EXPECT_EQ(glm::vec3(past->colour), before.category.colour);
    EXPECT_TRUE(past->flags & render::box_highlighted);
    EXPECT_LT(
        glm::vec3(future->colour).r + glm::vec3(future->colour).g + glm::vec3(future->colour).b,
        0.5f * (after.category.colour.r + after.category.colour.g + after.category.colour.b));
    EXPECT_FALSE(future->flags & render::box_highlighted);
    // The caption at the playhead names the latest event.
    EXPECT_TRUE(std::any_of(frame.labels.begin(), frame.labels.end(), [&](const auto& l) {
        return l.text.find(before.title) != std::string::npos &&
               l.text.find(before.details.period) != std::string::npos;
    }));
}

TEST_F(TimelineSceneTest, BeforeTheFirstEventNothingIsLatest) {
    scene_.set_parameter(kTimeParameter, scene_.layout().first_year);
    if (scene_.layout().events.front().start_year > scene_.layout().first_year) {
        EXPECT_EQ(scene_.latest_event(), nullptr);
    }
    EXPECT_NO_THROW(describe());
}

TEST_F(TimelineSceneTest, PickablesAreTheEventsThenTheBarsWithTheirDetails) {
    const auto& layout = scene_.layout();
    const auto& pickables = scene_.pickables();
    ASSERT_EQ(pickables.size(),
              layout.events.size() + layout.bars.size() + (layout.guidance ? 1 : 0));
    for (std::size_t i = 0; i < layout.events.size(); ++i) {
        EXPECT_EQ(pickables[i].details.display_value, layout.events[i].title);
        // The cube and the title are both inside the target.
        EXPECT_TRUE(glm::all(glm::lessThanEqual(pickables[i].min, layout.events[i].head)));
        EXPECT_TRUE(glm::all(glm::greaterThanEqual(pickables[i].max, layout.events[i].head)));
        EXPECT_LE(pickables[i].max.x, layout.events[i].box_max.x + 1e-5f);
    }
    EXPECT_EQ(pickables[layout.events.size()].details.series, layout.bars.front().series);
}

TEST_F(TimelineSceneTest, HidingACategoryRemovesItsMarkersAndItsPicks) {
    const EventMarker& e = scene_.layout().events.front();
    Interaction interaction;
    interaction.hidden_series.insert(e.details.series);
    EXPECT_EQ(head_box(describe(interaction), e), nullptr);
    EXPECT_NE(head_box(describe(), e), nullptr);
    // Its legend entry stays, darker.
    const auto legend_colour = [&](const render::FrameDescription& frame) {
        for (const render::TextLabel& l : frame.labels) {
            if (l.text == e.category.label)
                return l.colour;
        }
        return glm::vec4(-1.0f);
    };
    const glm::vec4 shown = legend_colour(describe());
    const glm::vec4 hidden = legend_colour(describe(interaction));
    ASSERT_GE(hidden.r, 0.0f);
    EXPECT_LT(hidden.r + hidden.g + hidden.b, shown.r + shown.g + shown.b);
    const auto series = scene_.series();
    EXPECT_TRUE(std::any_of(series.begin(), series.end(),
                            [&](const SeriesToggle& t) { return t.id == e.details.series; }));
    for (const char* id : {kCapexSeries, kLossSeries, kGuidanceSeries}) {
        EXPECT_TRUE(std::any_of(series.begin(), series.end(), [&](const SeriesToggle& t) {
            return t.id == id;
        })) << id;
    }
}

TEST_F(TimelineSceneTest, NamedViewsOpenOnTheOverviewAndIncludeThePlayheadAndTheEnd) {
    const auto views = scene_.views();
    ASSERT_GE(views.size(), 4u);
    EXPECT_EQ(views[0].name, "overview");
    std::vector<std::string> names;
    for (const NamedView& v : views)
        names.push_back(v.name);
    for (const char* name : {"start", "playhead", "end"}) {
        EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
    }
    // The playhead view follows the playhead.
    const auto at = [&](double t) {
        scene_.set_parameter(kTimeParameter, t);
        for (const NamedView& v : scene_.views()) {
            if (v.name == "playhead")
                return v.pose.target.x;
        }
        return 0.0f;
    };
    EXPECT_NEAR(at(2024.0) - at(2020.0), 4.0f * kMetresPerYear, 1e-4);
}

}  // namespace
}  // namespace xrviz::scenes::timeline
