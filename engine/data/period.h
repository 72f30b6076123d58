#pragma once
// A reporting period: a year (2024, FY2025), a quarter (2024-Q3) or a day (2024-07-01), with
// an optional issue date for guidance ("FY2026 (issued 2026-01-28)").
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace xrviz::data {

struct Date {
    int year = 0;
    int month = 0;  // 1..12, or 0 when only the year is known
    int day = 0;    // 1..31, or 0 when only the month is known
    auto operator<=>(const Date&) const = default;
    // 2024, 2024-07 or 2024-07-01, as much as is known.
    std::string to_string() const;
};

// Days in a month of a year (leap years included); 0 for a month outside 1..12.
int days_in_month(int year, int month);

struct Period {
    enum class Granularity { year, quarter, month, day };
    Granularity granularity = Granularity::year;
    int year = 0;
    int quarter = 0;  // 1..4 for Granularity::quarter
    int month = 0;
    int day = 0;
    bool fiscal = false;          // written "FY2025"
    std::optional<Date> issued;   // guidance: the day the range was issued

    // Start of the period as a fractional year (2024-Q3 -> 2024.5), for placing on axes.
    double start_year() const;
    // End of the period as a fractional year (2024-Q3 -> 2024.75).
    double end_year() const;
    // Canonical text: 2024, 2024-Q3, 2024-07, 2024-07-01, FY2025 (issued 2025-01-29).
    std::string to_string() const;

    static Period from_year(int year);
    static Period from_quarter(int year, int quarter);
    // A day, a month or a year period, by how much of the date is known.
    static Period from_date(const Date& date);

    // Ordered by start, then by granularity (year before its first quarter), then issue date.
    std::strong_ordering operator<=>(const Period& other) const;
    bool operator==(const Period& other) const;
};

struct PeriodParse {
    std::optional<Period> period;
    std::string error;  // what was wrong and what was expected, when period is empty
};

PeriodParse parse_period(std::string_view text);

// A 40-bit integer ordered exactly like Period::operator<=> (and equal exactly when the
// periods are equal), for valid periods of years 1900..2200. Sorting a million points by
// an integer is several times faster than by the comparison operator.
std::uint64_t period_order_key(const Period& period);

}  // namespace xrviz::data
