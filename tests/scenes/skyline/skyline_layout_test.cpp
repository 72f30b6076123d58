#include "scenes/skyline/skyline_layout.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "engine/core/error.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::skyline {
namespace {

const Bar& bar_of(const Layout& layout, const std::string& series, int year) {
    const auto it = std::find_if(layout.bars.begin(), layout.bars.end(), [&](const Bar& b) {
        return b.series == series && b.year == year;
    });
    if (it == layout.bars.end()) throw std::runtime_error("no bar " + series);
    return *it;
}

class SkylineLayoutTest : public ::testing::Test {
protected:
    void SetUp() override {
        dataset_ = testing::bundled_dataset();
        ASSERT_TRUE(dataset_);
        layout_ = make_layout(*dataset_);
    }
    std::shared_ptr<const data::Dataset> dataset_;
    Layout layout_;
};

TEST_F(SkylineLayoutTest, CapexRowCovers2017To2025AndLossRow2019To2025) {
    int capex = 0, loss = 0;
    for (const Bar& b : layout_.bars) {
        (b.series == kCapexSeries ? capex : loss) += 1;
    }
    EXPECT_EQ(capex, 9);
    EXPECT_EQ(loss, 7);
    EXPECT_EQ(layout_.first_year, 2017);
    EXPECT_EQ(layout_.last_year, 2026);
}

TEST_F(SkylineLayoutTest, BarsStartAtZeroAndShareOneScale) {
    const Bar& capex_2025 = bar_of(layout_, kCapexSeries, 2025);
    const Bar& loss_2025 = bar_of(layout_, kLossSeries, 2025);
    EXPECT_FLOAT_EQ(capex_2025.center.y - capex_2025.half_size.y, 0.0f);
    EXPECT_FLOAT_EQ(loss_2025.center.y - loss_2025.half_size.y, 0.0f);
    const float capex_height = 2 * capex_2025.half_size.y;
    const float loss_height = 2 * loss_2025.half_size.y;
    EXPECT_NEAR(capex_height / loss_height, 72.22 / 19.193, 1e-4);
    EXPECT_NEAR(capex_height, 72.22 * layout_.metres_per_unit, 1e-5);
}

TEST_F(SkylineLayoutTest, YearsStepAlongXAndRowsSitApartInZ) {
    EXPECT_FLOAT_EQ(bar_of(layout_, kCapexSeries, 2018).center.x -
                        bar_of(layout_, kCapexSeries, 2017).center.x,
                    kYearSpacing);
    EXPECT_FLOAT_EQ(bar_of(layout_, kCapexSeries, 2021).center.x,
                    bar_of(layout_, kLossSeries, 2021).center.x);
    EXPECT_FLOAT_EQ(bar_of(layout_, kCapexSeries, 2021).center.z, kCapexRowZ);
    EXPECT_FLOAT_EQ(bar_of(layout_, kLossSeries, 2021).center.z, kLossRowZ);
}

TEST_F(SkylineLayoutTest, OlderBasisYearsAreMarkedNotDropped) {
    for (int year : {2017, 2018}) {
        const Bar& b = bar_of(layout_, kCapexSeries, year);
        EXPECT_TRUE(b.older_basis) << year;
        EXPECT_NE(b.value_label.find("\u2020"), std::string::npos);
        EXPECT_NE(b.details.note.find("Older basis"), std::string::npos);
    }
    EXPECT_FALSE(bar_of(layout_, kCapexSeries, 2019).older_basis);
    EXPECT_EQ(bar_of(layout_, kCapexSeries, 2019).value_label, "$15.7B");
}

TEST_F(SkylineLayoutTest, GuidanceIsTheLatestIssuedRangeForTheNextYear) {
    ASSERT_TRUE(layout_.guidance);
    const RangeBar& g = *layout_.guidance;
    EXPECT_EQ(g.year, 2026);
    EXPECT_EQ(g.issued, "issued 2026-04-29");
    ASSERT_TRUE(g.details.low && g.details.high);
    EXPECT_DOUBLE_EQ(*g.details.low, 125.0);
    EXPECT_DOUBLE_EQ(*g.details.high, 145.0);
    EXPECT_NEAR(g.center.y - g.half_size.y, 125.0 * layout_.metres_per_unit, 1e-5);
    EXPECT_NEAR(g.center.y + g.half_size.y, 145.0 * layout_.metres_per_unit, 1e-5);
    EXPECT_EQ(g.label, "$125\u2013145B guidance");
    EXPECT_EQ(g.details.status, "guidance");
}

TEST_F(SkylineLayoutTest, AxisTopCoversTheGuidanceHigh) {
    EXPECT_DOUBLE_EQ(layout_.ticks.top, 160.0);
    EXPECT_FLOAT_EQ(layout_.height_of(layout_.ticks.top), kAxisHeight);
}

TEST_F(SkylineLayoutTest, EveryBarCarriesItsSource) {
    for (const Bar& b : layout_.bars) {
        EXPECT_FALSE(b.details.source_url.empty()) << b.series << " " << b.year;
        EXPECT_FALSE(b.details.source_title.empty()) << b.series << " " << b.year;
    }
    const Bar& capex_2024 = bar_of(layout_, kCapexSeries, 2024);
    EXPECT_DOUBLE_EQ(capex_2024.details.value, 39.23);
    EXPECT_EQ(capex_2024.details.unit, "USD_billion");
    EXPECT_EQ(capex_2024.details.period, "2024");
}

TEST(SkylineLayout, RejectsSeriesInDifferentUnits) {
    data::Dataset dataset;
    dataset.title = "units differ";
    dataset.series = {{.id = kCapexSeries, .label = "capex", .unit = "USD_billion"},
                      {.id = kLossSeries, .label = "loss", .unit = "USD_million"}};
    dataset.points = {{.series = kCapexSeries, .period = data::Period::from_year(2024), .value = 1},
                      {.series = kLossSeries, .period = data::Period::from_year(2024), .value = 1}};
    EXPECT_THROW(make_layout(dataset), Error);
}

TEST(SkylineLayout, RejectsADatasetWithoutCapex) {
    data::Dataset dataset;
    dataset.title = "no capex";
    EXPECT_THROW(make_layout(dataset), Error);
}

TEST(SkylineLayout, CompactValuesDropATrailingPointZero) {
    EXPECT_EQ(compact_value(160.0, "USD_billion"), "$160B");
    EXPECT_EQ(compact_value(39.23, "USD_billion"), "$39.2B");
}

}  // namespace
}  // namespace xrviz::scenes::skyline
