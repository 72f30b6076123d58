#include "scenes/tracks/tracks_layout.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "engine/core/error.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::tracks {
namespace {

std::vector<const CumulativeBar*> track(const Layout& layout, const std::string& id) {
    std::vector<const CumulativeBar*> out;
    for (const CumulativeBar& b : layout.bars)
        if (b.track == id)
            out.push_back(&b);
    return out;
}

// The annual values of a series, straight from the dataset, in year order.
std::vector<const data::DataPoint*> annual(const data::Dataset& d, const char* series) {
    std::vector<const data::DataPoint*> out;
    for (const data::DataPoint* p : d.values(series))
        if (p->period.granularity == data::Period::Granularity::year && !p->period.issued)
            out.push_back(p);
    return out;
}

class TracksLayoutTest : public ::testing::Test {
protected:
    void SetUp() override {
        dataset_ = testing::bundled_dataset();
        ASSERT_TRUE(dataset_);
        layout_ = make_layout(*dataset_);
    }
    std::shared_ptr<const data::Dataset> dataset_;
    Layout layout_;
};

TEST_F(TracksLayoutTest, EachBarIsTheSumOfEveryYearFromItsSeriesFirst) {
    for (const auto& [series, id] :
         {std::pair{kCapexSeries, kCapexTrack}, std::pair{kLossSeries, kLossTrack}}) {
        const auto points = annual(*dataset_, series);
        const auto bars = track(layout_, id);
        ASSERT_EQ(bars.size(), points.size()) << series;
        double sum = 0.0;
        for (std::size_t i = 0; i < points.size(); ++i) {
            sum += points[i]->value;
            EXPECT_EQ(bars[i]->year, points[i]->period.year);
            EXPECT_EQ(bars[i]->first_year, points.front()->period.year);
            EXPECT_NEAR(bars[i]->total, sum, 1e-9) << series << " " << bars[i]->year;
            EXPECT_NEAR(bars[i]->added, points[i]->value, 1e-12);
            EXPECT_EQ(bars[i]->span_label, i == 0
                                               ? std::to_string(points[0]->period.year)
                                               : std::to_string(points[0]->period.year) + "\u2013" +
                                                     std::to_string(points[i]->period.year));
            EXPECT_EQ(bars[i]->details.status, "derived");
            EXPECT_NEAR(bars[i]->details.value, sum, 1e-9);
            EXPECT_EQ(bars[i]->details.period, std::to_string(points[i]->period.year));
            // The note says what was summed, year by year; the sources of the parts are listed.
            for (std::size_t j = 0; j <= i; ++j) {
                EXPECT_NE(bars[i]->details.note.find(std::to_string(points[j]->period.year)),
                          std::string::npos);
                const data::Source* source = dataset_->find_source(points[j]->source);
                ASSERT_NE(source, nullptr);
                EXPECT_NE(bars[i]->details.source_title.find(source->title), std::string::npos);
                EXPECT_NE(bars[i]->details.source_url.find(source->url), std::string::npos);
                // Every summed year is named beside the source it came from.
                EXPECT_NE(
                    bars[i]->details.source_title.find(std::to_string(points[j]->period.year)),
                    std::string::npos);
            }
        }
    }
}

TEST_F(TracksLayoutTest, TracksStartInTheirOwnFirstYearsNotACommonOne) {
    const auto capex = annual(*dataset_, kCapexSeries);
    const auto loss = annual(*dataset_, kLossSeries);
    ASSERT_NE(capex.front()->period.year, loss.front()->period.year)
        << "the bundled dataset's series start in different years";
    EXPECT_EQ(track(layout_, kCapexTrack).front()->year, capex.front()->period.year);
    EXPECT_EQ(track(layout_, kLossTrack).front()->year, loss.front()->period.year);
    EXPECT_EQ(layout_.first_year, std::min(capex.front()->period.year, loss.front()->period.year));
    EXPECT_NE(track(layout_, kLossTrack)
                  .back()
                  ->details.note.find("start in " + std::to_string(loss.front()->period.year)),
              std::string::npos);
}

TEST_F(TracksLayoutTest, HeightsShareOneScaleFromZeroAndSplitAtThePreviousTotal) {
    for (const CumulativeBar& b : layout_.bars) {
        EXPECT_FLOAT_EQ(b.center.y - b.half_size.y, 0.0f);
        EXPECT_NEAR(2 * b.half_size.y, b.total * layout_.metres_per_unit, 1e-5);
        EXPECT_NEAR(b.carried_height, (b.total - b.added) * layout_.metres_per_unit, 1e-5);
        EXPECT_FLOAT_EQ(b.center.x, layout_.x_of_year(b.year));
        EXPECT_FLOAT_EQ(b.center.z, b.track == kCapexTrack ? kCapexTrackZ : kLossTrackZ);
    }
    EXPECT_GE(layout_.ticks.top, layout_.guidance ? layout_.guidance->high_total
                                                  : track(layout_, kCapexTrack).back()->total);
}

TEST_F(TracksLayoutTest, CapexSumsCarryTheOlderBasisMarkAndLossSumsDoNot) {
    for (const CumulativeBar* b : track(layout_, kCapexTrack)) {
        EXPECT_TRUE(b->includes_older_basis);
        EXPECT_NE(b->total_label.find("\u2020"), std::string::npos);
        EXPECT_NE(b->details.note.find("Older basis"), std::string::npos);
    }
    for (const CumulativeBar* b : track(layout_, kLossTrack)) {
        EXPECT_FALSE(b->includes_older_basis);
        EXPECT_EQ(b->total_label.find("\u2020"), std::string::npos);
    }
}

TEST_F(TracksLayoutTest, GuidanceAddsTheLatestRangeForTheNextYearToTheLastCapexTotal) {
    ASSERT_TRUE(layout_.guidance);
    const CumulativeBar& last = *track(layout_, kCapexTrack).back();
    const data::DataPoint* latest = nullptr;
    for (const data::DataPoint* p : dataset_->values(kGuidanceSeries)) {
        if (p->period.year == last.year + 1 &&
            (!latest || p->period.issued > latest->period.issued))
            latest = p;
    }
    ASSERT_NE(latest, nullptr);
    const GuidanceRange& g = *layout_.guidance;
    EXPECT_EQ(g.year, last.year + 1);
    EXPECT_NEAR(g.low_total, last.total + *latest->low, 1e-9);
    EXPECT_NEAR(g.high_total, last.total + *latest->high, 1e-9);
    EXPECT_NEAR(g.center.y - g.half_size.y, g.low_total * layout_.metres_per_unit, 1e-5);
    EXPECT_NEAR(g.center.y + g.half_size.y, g.high_total * layout_.metres_per_unit, 1e-5);
    EXPECT_EQ(g.details.status, "guidance");
    EXPECT_NE(g.detail.find(latest->period.issued->to_string()), std::string::npos);
    EXPECT_NE(g.details.note.find(last.span_label), std::string::npos);
}

TEST_F(TracksLayoutTest, MetasOwnCumulativeLossIsAMarkBesideTheSumNotPartOfIt) {
    const auto reported = dataset_->values(kReportedCumulativeLossSeries);
    ASSERT_FALSE(reported.empty());
    ASSERT_TRUE(layout_.reported_loss);
    EXPECT_DOUBLE_EQ(layout_.reported_loss->value, reported.back()->value);
    EXPECT_NEAR(layout_.reported_loss->center.y, reported.back()->value * layout_.metres_per_unit,
                1e-5);
    EXPECT_EQ(layout_.reported_loss->details.period, reported.back()->period.to_string());
    EXPECT_NE(layout_.reported_loss->label.find("since"), std::string::npos);
}

TEST_F(TracksLayoutTest, AMissingYearInsideASeriesIsAnErrorNotASilentlyShorterSum) {
    data::Dataset copy = *dataset_;
    const auto capex = annual(copy, kCapexSeries);
    ASSERT_GE(capex.size(), 3u);
    const int missing = capex[1]->period.year;
    std::erase_if(copy.points, [&](const data::DataPoint& p) {
        return p.series == kCapexSeries &&
               p.period.granularity == data::Period::Granularity::year && p.period.year == missing;
    });
    try {
        make_layout(copy);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find(std::to_string(missing)), std::string::npos)
            << e.what();
    }
}

TEST_F(TracksLayoutTest, MissingSeriesIsAnErrorNamingIt) {
    data::Dataset copy = *dataset_;
    std::erase_if(copy.series, [](const data::Series& s) { return s.id == kLossSeries; });
    try {
        make_layout(copy);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find(kLossSeries), std::string::npos);
    }
}

}  // namespace
}  // namespace xrviz::scenes::tracks
