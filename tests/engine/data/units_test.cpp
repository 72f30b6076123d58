#include <gtest/gtest.h>

#include "engine/data/units.h"

namespace xrviz::data {
namespace {

TEST(Units, FormatsForDisplay) {
    EXPECT_EQ(format_value(39.23, "USD_billion"), "$39.2B");
    EXPECT_EQ(format_value(0.501, "USD_billion"), "$501M");
    EXPECT_EQ(format_value(100, "USD_million"), "$100M");
    EXPECT_EQ(format_value(25000, "USD"), "$25k");
    EXPECT_EQ(format_value(600, "USD_billion"), "$600B");
    EXPECT_EQ(format_value(125, "USD_billion"), "$125B");
    EXPECT_EQ(format_value(99.95, "USD_billion"), "$100.0B");
    EXPECT_EQ(format_value(1, "GW"), "1.0 GW");
    EXPECT_EQ(format_value(1000, "MW"), "1.0 GW");
    EXPECT_EQ(format_value(200, "MW"), "200 MW");
    EXPECT_EQ(format_value(5.6, "kW"), "5.6 kW");
    EXPECT_EQ(format_value(600000, "GPUs"), "600k GPUs");
    EXPECT_EQ(format_value(1300000, "GPUs"), "1.3M GPUs");
    EXPECT_EQ(format_value(8, "GPUs"), "8 GPUs");
    EXPECT_EQ(format_value(74067, "people"), "74k people");
    EXPECT_EQ(format_value(19.2, "percent"), "19.2 %");
    EXPECT_EQ(format_value(-11.33, "percent"), "-11.3 %");
    EXPECT_EQ(format_value(3072, "count"), "3,072");
    EXPECT_EQ(format_value(52, "points"), "52 points");
    EXPECT_EQ(format_value(2.5, "furlongs"), "2.5 furlongs");
}

TEST(Units, ConvertsOnlyWithinADimension) {
    EXPECT_DOUBLE_EQ(*convert(39.23, "USD_billion", "USD_million"), 39230.0);
    EXPECT_DOUBLE_EQ(*convert(2260, "MW", "GW"), 2.26);
    EXPECT_DOUBLE_EQ(*convert(700, "W", "kW"), 0.7);
    EXPECT_FALSE(convert(1, "MW", "USD").has_value());
    EXPECT_FALSE(convert(1, "GPUs", "people").has_value());
    EXPECT_FALSE(convert(1, "EUR", "USD").has_value());
    EXPECT_TRUE(compatible("USD", "USD_billion"));
    EXPECT_FALSE(compatible("percent", "count"));
}

}  // namespace
}  // namespace xrviz::data
