#include "scenes/timeline/timeline_layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "engine/assets/font_atlas.h"
#include "engine/assets/text_layout.h"
#include "engine/core/error.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::timeline {
namespace {

class TimelineLayoutTest : public ::testing::Test {
protected:
    void SetUp() override {
        dataset_ = testing::bundled_dataset();
        ASSERT_TRUE(dataset_);
        layout_ = make_layout(*dataset_);
    }
    const EventMarker& event_dated(const std::string& date) const {
        for (const EventMarker& e : layout_.events) {
            if (e.date.to_string() == date)
                return e;
        }
        throw std::runtime_error("no event dated " + date);
    }
    std::shared_ptr<const data::Dataset> dataset_;
    Layout layout_;
};

TEST_F(TimelineLayoutTest, EveryEventOfTheDatasetIsPlacedOnce) {
    ASSERT_EQ(layout_.events.size(), dataset_->events.size());
    std::multiset<std::string> expected, placed;
    for (const data::Event& e : dataset_->events)
        expected.insert(e.date.to_string() + e.title);
    for (const EventMarker& e : layout_.events)
        placed.insert(e.date.to_string() + e.title);
    EXPECT_EQ(placed, expected);
}

TEST_F(TimelineLayoutTest, AxisCoversEveryDateFromTheFirstJanuaryOfTheFirstYear) {
    double earliest = 1e9, latest = -1e9;
    for (const data::Event& e : dataset_->events) {
        earliest = std::min(earliest, e.date.start_year());
        latest = std::max(latest, e.date.end_year());
    }
    EXPECT_EQ(layout_.first_year, static_cast<int>(earliest));
    EXPECT_GT(layout_.last_year, latest);
    EXPECT_LE(layout_.last_year - 1, latest);
    EXPECT_FLOAT_EQ(layout_.x_of(layout_.first_year), 0.0f);
    EXPECT_FLOAT_EQ(layout_.x_of(layout_.first_year + 1), kMetresPerYear);
}

TEST_F(TimelineLayoutTest, DatesOfEveryPrecisionStandAtTheStartOfTheirPeriod) {
    // 2019-05 is known to the month: its post at 1 May, its chip spanning May.
    const EventMarker& month = event_dated("2019-05");
    const double may = 2019.0 + 4.0 / 12.0;
    EXPECT_NEAR(month.post_base.x, (may - layout_.first_year) * kMetresPerYear, 1e-4);
    EXPECT_NEAR(month.chip_half_width * 2.0f, kMetresPerYear / 12.0f, 1e-4);
    EXPECT_NE(month.details.note.find("month"), std::string::npos);
    // 2017-08-16 is day 228 of a 365-day year.
    const EventMarker& day = event_dated("2017-08-16");
    EXPECT_NEAR(day.post_base.x, (227.0 / 365.0) * kMetresPerYear, 1e-4);
    EXPECT_LT(day.chip_half_width * 2.0f, kMetresPerYear / 12.0f);
    // A month-only date comes before a day in that month.
    EXPECT_LT(event_dated("2025-01").post_base.x, event_dated("2025-01-14").post_base.x);
}

TEST_F(TimelineLayoutTest, EventsAreInDateOrderAlongThePath) {
    for (std::size_t i = 1; i < layout_.events.size(); ++i) {
        EXPECT_LE(layout_.events[i - 1].start_year, layout_.events[i].start_year) << i;
        EXPECT_LE(layout_.events[i - 1].post_base.x, layout_.events[i].post_base.x) << i;
    }
}

TEST_F(TimelineLayoutTest, TitlesNeverOverlapAndStayNearTheirPosts) {
    const auto& events = layout_.events;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const EventMarker& a = events[i];
        EXPECT_GE(a.box_min.y, kLabelBaseY - 1e-5f);
        EXPECT_LE(a.box_max.y, layout_.label_top + 1e-5f);
        EXPECT_LE(std::abs(a.head.x - a.post_base.x), kMaxTitleShift + 0.05f) << a.title;
        EXPECT_GE(a.box_min.x, layout_.x_of(layout_.first_year) - 1e-4f) << a.title;
        for (std::size_t j = i + 1; j < events.size(); ++j) {
            const EventMarker& b = events[j];
            const bool apart = a.box_max.x <= b.box_min.x || b.box_max.x <= a.box_min.x ||
                               a.box_max.y <= b.box_min.y || b.box_max.y <= a.box_min.y;
            EXPECT_TRUE(apart) << a.title << " / " << b.title;
        }
    }
}

TEST_F(TimelineLayoutTest, NeighboursInTimeAlternateSidesAndLanes) {
    ASSERT_GT(layout_.lane_count, 1);
    for (std::size_t i = 1; i < layout_.events.size(); ++i) {
        EXPECT_NE(layout_.events[i - 1].lane, layout_.events[i].lane) << i;
        EXPECT_EQ(layout_.events[i - 1].side, -layout_.events[i].side) << i;
    }
}

TEST_F(TimelineLayoutTest, TitleBoxesHoldTheTitlesInTheRealFont) {
    const assets::FontAtlas font = assets::FontAtlas::load_default();
    for (const EventMarker& e : layout_.events) {
        const assets::TextLayout text = assets::layout_text(font, e.text, {.height = kLabelHeight});
        EXPECT_EQ(text.line_count, e.line_count) << e.title;
        EXPECT_LE(e.text_anchor.x + text.size.x, e.box_max.x + 1e-4f) << e.title;
        EXPECT_LE(text.size.y, e.box_max.y - e.box_min.y + 1e-4f) << e.title;
    }
}

TEST_F(TimelineLayoutTest, LegendHangsClearOfEveryTitle) {
    const float rows = static_cast<float>(layout_.categories.size() + 1);
    const float bottom = layout_.legend_top_left.y - rows * kLegendRowHeight;
    std::size_t widest = 0;
    for (const CategoryStyle& c : layout_.categories)
        widest = std::max(widest, c.label.size());
    const float right =
        layout_.legend_top_left.x + 0.2f + static_cast<float>(widest) * 0.5f * kLegendTextHeight;
    for (const EventMarker& e : layout_.events) {
        const bool apart = e.box_min.x >= right || e.box_max.y <= bottom;
        EXPECT_TRUE(apart) << e.title;
    }
}

TEST_F(TimelineLayoutTest, CategoriesAreListedOnceWithDistinctColours) {
    std::set<std::string> ids;
    for (const data::Event& e : dataset_->events)
        ids.insert(e.category);
    ASSERT_EQ(layout_.categories.size(), ids.size());
    for (std::size_t i = 0; i < layout_.categories.size(); ++i) {
        for (std::size_t j = i + 1; j < layout_.categories.size(); ++j) {
            EXPECT_NE(layout_.categories[i].colour, layout_.categories[j].colour);
        }
    }
    EXPECT_EQ(category_style("no_such_category").label, "no_such_category");
}

TEST_F(TimelineLayoutTest, EventDetailsCarryDateTitleCategoryAndSource) {
    for (const EventMarker& e : layout_.events) {
        EXPECT_EQ(e.details.series, std::string(kEventSeriesPrefix) + e.category.id);
        EXPECT_EQ(e.details.display_value, e.title);
        EXPECT_EQ(e.details.period, e.date.to_string());
        EXPECT_NE(e.details.series_label.find(e.category.label), std::string::npos);
        EXPECT_FALSE(e.details.source_url.empty()) << e.title;
        EXPECT_FALSE(e.details.source_title.empty()) << e.title;
    }
    const data::Event& first = dataset_->events.front();
    const data::Source* source = dataset_->find_source(first.source);
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(event_dated(first.date.to_string()).details.source_url, source->url);
}

TEST_F(TimelineLayoutTest, QuarterlyBarsTakeTheirValuesFromTheDataset) {
    for (const char* series : {kCapexSeries, kLossSeries}) {
        const auto points = dataset_->values(series);
        std::size_t bars = 0;
        for (const QuarterBar& b : layout_.bars) {
            if (b.series != series)
                continue;
            ++bars;
            const data::DataPoint* p = dataset_->find(series, b.period);
            ASSERT_NE(p, nullptr);
            EXPECT_NEAR(b.half_size.y * 2.0f, p->value * layout_.metres_per_unit, 1e-5);
            EXPECT_FLOAT_EQ(b.center.y, b.half_size.y);  // standing on the floor
            const double middle = (b.period.start_year() + b.period.end_year()) * 0.5;
            EXPECT_NEAR(b.center.x, layout_.x_of(middle), 1e-4);
            EXPECT_EQ(b.details.source_url, dataset_->find_source(p->source)->url);
        }
        EXPECT_EQ(bars, points.size()) << series;
    }
}

TEST_F(TimelineLayoutTest, BothRowsShareOneScaleWhoseTopTickHoldsTheLargestQuarter) {
    double largest = 0.0;
    for (const char* series : {kCapexSeries, kLossSeries}) {
        for (const data::DataPoint* p : dataset_->values(series))
            largest = std::max(largest, p->value);
    }
    EXPECT_GE(layout_.ticks.top, largest);
    EXPECT_FLOAT_EQ(layout_.height_of(layout_.ticks.top), kRibbonHeight);
    ASSERT_EQ(layout_.rows.size(), 2u);
    EXPECT_LT(layout_.rows[0].z, layout_.rows[1].z) << "the smaller loss row stands in front";
}

TEST_F(TimelineLayoutTest, GuidanceNoteShowsTheNewestRangeForTheLastQuartersYear) {
    ASSERT_TRUE(layout_.guidance);
    int last_year = 0;
    for (const QuarterBar& b : layout_.bars) {
        if (b.series == kCapexSeries)
            last_year = std::max(last_year, b.period.year);
    }
    const data::DataPoint* newest = nullptr;
    for (const data::DataPoint* p : dataset_->values(kGuidanceSeries)) {
        if (p->period.year == last_year && (!newest || p->period.issued > newest->period.issued)) {
            newest = p;
        }
    }
    ASSERT_NE(newest, nullptr);
    EXPECT_EQ(layout_.guidance->details.period, newest->period.to_string());
    EXPECT_NE(layout_.guidance->text.find(std::to_string(last_year)), std::string::npos);
    EXPECT_NE(layout_.guidance->text.find(layout_.guidance->details.display_value),
              std::string::npos);
}

TEST_F(TimelineLayoutTest, EventsUpToCountsThoseWhosePeriodHasStarted) {
    EXPECT_EQ(events_up_to(layout_, layout_.first_year - 1.0), 0u);
    EXPECT_EQ(events_up_to(layout_, layout_.last_year), layout_.events.size());
    const EventMarker& month = event_dated("2019-05");
    const auto index = static_cast<std::size_t>(&month - layout_.events.data());
    EXPECT_EQ(events_up_to(layout_, month.start_year), index + 1);
    EXPECT_EQ(events_up_to(layout_, month.start_year - 1e-6), index);
}

TEST(TimelineWrap, BreaksAtSpacesWithinTheWidthAndKeepsEveryWord) {
    const std::string text = "Zuckerberg announces Prometheus (1 GW, Ohio, 2026) and Hyperion";
    const std::string wrapped = wrap_text(text, 20);
    std::istringstream lines(wrapped);
    std::string line, joined;
    while (std::getline(lines, line)) {
        EXPECT_LE(line.size(), 20u) << line;
        joined += (joined.empty() ? "" : " ") + line;
    }
    EXPECT_EQ(joined, text);
    EXPECT_EQ(wrap_text("supercalifragilistic word", 5), "supercalifragilistic\nword");
}

TEST(TimelineMonthLabel, NamesTheMonthOfADecimalYear) {
    EXPECT_EQ(month_label(2026.0), "Jan 2026");
    EXPECT_EQ(month_label(2025.0 + 9.5 / 12.0), "Oct 2025");
    EXPECT_EQ(month_label(2024.999), "Dec 2024");
}

TEST(TimelineLayoutErrors, NoEventsOrAMissingSeriesIsAnErrorNamingIt) {
    data::Dataset dataset = *testing::bundled_dataset();
    dataset.events.clear();
    EXPECT_THROW(make_layout(dataset), Error);
    dataset = *testing::bundled_dataset();
    std::erase_if(dataset.series, [](const data::Series& s) { return s.id == kLossSeries; });
    try {
        make_layout(dataset);
        ADD_FAILURE() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find(kLossSeries), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace xrviz::scenes::timeline
