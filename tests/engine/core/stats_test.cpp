#include "engine/core/stats.h"

#include <cmath>

#include <gtest/gtest.h>

#include "engine/core/error.h"

namespace xrviz {
namespace {

SampleSeries series_of(std::initializer_list<double> samples) {
    SampleSeries series;
    for (double sample : samples)
        series.add(sample);
    return series;
}

TEST(SampleSeries, PercentilesInterpolateBetweenRanks) {
    // Added out of order: percentile must sort.
    const auto series = series_of({40, 10, 30, 20});
    EXPECT_DOUBLE_EQ(series.percentile(0), 10);
    EXPECT_DOUBLE_EQ(series.percentile(100), 40);
    EXPECT_DOUBLE_EQ(series.percentile(50), 25);           // rank 1.5
    EXPECT_DOUBLE_EQ(series.percentile(25), 17.5);         // rank 0.75
    EXPECT_DOUBLE_EQ(series.percentile(95), 38.5);         // rank 2.85
    EXPECT_DOUBLE_EQ(series.percentile(100.0 / 3.0), 20);  // rank exactly 1
}

TEST(SampleSeries, PercentilesOfOneToHundred) {
    SampleSeries series;
    series.reserve(100);
    for (int i = 100; i >= 1; --i)
        series.add(i);
    EXPECT_EQ(series.count(), 100u);
    EXPECT_DOUBLE_EQ(series.percentile(50), 50.5);
    EXPECT_DOUBLE_EQ(series.percentile(95), 95.05);
    EXPECT_DOUBLE_EQ(series.percentile(99), 99.01);
}

TEST(SampleSeries, PercentileLeavesTheSeriesAsAdded) {
    const auto series = series_of({3, 1, 2});
    EXPECT_DOUBLE_EQ(series.percentile(50), 2);
    EXPECT_DOUBLE_EQ(series.min(), 1);
    EXPECT_DOUBLE_EQ(series.max(), 3);
}

TEST(SampleSeries, OneSampleIsEveryPercentile) {
    const auto series = series_of({7.5});
    EXPECT_DOUBLE_EQ(series.percentile(0), 7.5);
    EXPECT_DOUBLE_EQ(series.percentile(99), 7.5);
    EXPECT_DOUBLE_EQ(series.percentile(100), 7.5);
}

TEST(SampleSeries, MeanMinMax) {
    const auto series = series_of({2, -4, 8, 6});
    EXPECT_DOUBLE_EQ(series.mean(), 3);
    EXPECT_DOUBLE_EQ(series.min(), -4);
    EXPECT_DOUBLE_EQ(series.max(), 8);
}

TEST(SampleSeries, EmptyGivesNaN) {
    SampleSeries series = series_of({1, 2});
    series.clear();
    EXPECT_EQ(series.count(), 0u);
    EXPECT_TRUE(std::isnan(series.percentile(50)));
    EXPECT_TRUE(std::isnan(series.mean()));
    EXPECT_TRUE(std::isnan(series.min()));
    EXPECT_TRUE(std::isnan(series.max()));
}

TEST(SampleSeries, PercentileOutsideRangeThrows) {
    const auto series = series_of({1, 2, 3});
    EXPECT_THROW((void)series.percentile(-0.5), Error);
    EXPECT_THROW((void)series.percentile(100.5), Error);
    EXPECT_THROW((void)series.percentile(std::nan("")), Error);
    EXPECT_THROW((void)SampleSeries{}.percentile(101), Error);
}

}  // namespace
}  // namespace xrviz
