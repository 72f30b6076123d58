#include <gtest/gtest.h>

#include <vector>

#include "engine/data/period.h"

namespace xrviz::data {
namespace {

Period parse(std::string_view text) {
    const PeriodParse parsed = parse_period(text);
    EXPECT_TRUE(parsed.period.has_value()) << text << ": " << parsed.error;
    return parsed.period.value_or(Period{});
}

std::string error_of(std::string_view text) {
    const PeriodParse parsed = parse_period(text);
    EXPECT_FALSE(parsed.period.has_value()) << text;
    return parsed.error;
}

TEST(Period, ParsesEveryForm) {
    EXPECT_EQ(parse("2024").granularity, Period::Granularity::year);
    const Period q = parse("2024-Q3");
    EXPECT_EQ(q.granularity, Period::Granularity::quarter);
    EXPECT_EQ(q.quarter, 3);
    EXPECT_EQ(parse("2024-07").month, 7);
    const Period day = parse("2024-02-29");
    EXPECT_EQ(day.granularity, Period::Granularity::day);
    EXPECT_EQ(day.day, 29);
    const Period fy = parse("FY2025");
    EXPECT_TRUE(fy.fiscal);
    EXPECT_EQ(fy.year, 2025);
    const Period guidance = parse("FY2026 (issued 2026-04-29)");
    EXPECT_TRUE(guidance.fiscal);
    EXPECT_EQ(guidance.year, 2026);
    ASSERT_TRUE(guidance.issued.has_value());
    EXPECT_EQ(*guidance.issued, (Date{2026, 4, 29}));
    EXPECT_EQ(parse("2025 (issued 2025-01)").issued, (Date{2025, 1, 0}));
}

TEST(Period, RoundTripsToCanonicalText) {
    for (const char* text : {"2024", "2024-Q3", "2024-07", "2024-07-01", "FY2025",
                             "FY2026 (issued 2026-01-28)", "2025 (issued 2025-01)"})
        EXPECT_EQ(parse(text).to_string(), text);
}

TEST(Period, RejectsBadDates) {
    EXPECT_NE(error_of("2023-02-29").find("day 29 does not exist in 2023-02"), std::string::npos);
    EXPECT_NE(error_of("2024-13").find("month 13 is not 01..12"), std::string::npos);
    EXPECT_NE(error_of("2024-04-31").find("does not exist"), std::string::npos);
    EXPECT_NE(error_of("1900-02-29").find("does not exist"), std::string::npos);
    parse("2000-02-29");
    EXPECT_NE(error_of("2024-Q5").find("quarter must be Q1..Q4"), std::string::npos);
    EXPECT_NE(error_of("2024Q3").find("unexpected text 'Q3'"), std::string::npos);
    EXPECT_NE(error_of("").find("four-digit year"), std::string::npos);
    EXPECT_NE(error_of("1800").find("out of range"), std::string::npos);
    EXPECT_NE(error_of("FY2024-Q1").find("unexpected text"), std::string::npos);
    EXPECT_NE(error_of("FY2026 (issued 2026-01-28").find("followed by ')'"), std::string::npos);
    EXPECT_NE(error_of("2024 (issued 2024-Q1)").find("issue date"), std::string::npos);
    EXPECT_NE(error_of(" 2024").find("expected 2024, 2024-Q3"), std::string::npos);
}

TEST(Period, OrdersByStartThenGranularityThenIssueDate) {
    EXPECT_LT(parse("2024"), parse("2024-Q1"));
    EXPECT_LT(parse("2024-Q1"), parse("2024-01"));
    EXPECT_LT(parse("2024-Q2"), parse("2024-Q3"));
    EXPECT_LT(parse("2024-06-30"), parse("2024-Q3"));
    EXPECT_LT(parse("FY2025 (issued 2025-01-29)"), parse("FY2025 (issued 2025-04-30)"));
    EXPECT_LT(parse("FY2025"), parse("FY2025 (issued 2025-01-29)"));
    EXPECT_NE(parse("2024"), parse("FY2024"));
    EXPECT_EQ(parse("2024-Q3"), Period::from_quarter(2024, 3));
}

TEST(Period, OrderKeyAgreesWithTheOperator) {
    std::vector<Period> periods;
    for (const char* text :
         {"1900", "2024", "FY2024", "2024-Q1", "2024-Q2", "2024-01", "2024-03", "2024-04",
          "2024-01-01", "2024-03-31", "2024-04-01", "2024-12-31", "FY2024 (issued 2023-10)",
          "FY2024 (issued 2023-10-25)", "FY2024 (issued 2024-02-01)", "2024 (issued 2024-01-18)",
          "2200-12-31 (issued 2200-12-31)", "2025"})
        periods.push_back(parse(text));
    for (const Period& a : periods) {
        for (const Period& b : periods) {
            EXPECT_EQ(a < b, period_order_key(a) < period_order_key(b))
                << a.to_string() << " vs " << b.to_string();
            EXPECT_EQ(a == b, period_order_key(a) == period_order_key(b));
        }
    }
}

TEST(Period, PlacesOnAFractionalYearAxis) {
    EXPECT_DOUBLE_EQ(parse("2024-Q3").start_year(), 2024.5);
    EXPECT_DOUBLE_EQ(parse("2024-Q3").end_year(), 2024.75);
    EXPECT_DOUBLE_EQ(parse("2024").end_year(), 2025.0);
    EXPECT_DOUBLE_EQ(parse("2023-07").start_year(), 2023.5);
    EXPECT_DOUBLE_EQ(parse("2023-01-01").start_year(), 2023.0);
}

}  // namespace
}  // namespace xrviz::data
