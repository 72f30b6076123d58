// Parsing, ordering and printing of reporting periods. The grammar is deliberately small
// and strict (see docs/dataset-format.md): a figure on the wrong axis is worse than an error.
#include "engine/data/period.h"

#include <charconv>
#include <cstdio>
#include <tuple>

namespace xrviz::data {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;
constexpr std::string_view kExpected =
    "expected 2024, 2024-Q3, 2024-07, 2024-07-01 or FY2024, optionally followed by "
    "' (issued 2024-01-31)'";

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Reads exactly `width` ASCII digits at `pos`; advances pos on success.
bool read_digits(std::string_view text, std::size_t& pos, std::size_t width, int& out) {
    if (text.size() - pos < width) return false;
    int value = 0;
    for (std::size_t i = 0; i < width; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    pos += width;
    out = value;
    return true;
}

std::string two_digits(int value) {
    char buffer[4];
    std::snprintf(buffer, sizeof buffer, "%02d", value);
    return buffer;
}

int day_of_year(int year, int month, int day) {
    int total = day;
    for (int m = 1; m < month; ++m) total += days_in_month(year, m);
    return total;
}

struct Parsed {
    Date date;  // month/day are 0 when absent
    int quarter = 0;
    bool fiscal = false;
};

// Parses a date-like core: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD (and FYYYYY when allowed).
// Returns an error message, empty on success.
std::string parse_core(std::string_view text, std::size_t& pos, bool allow_fy_and_quarter,
                       Parsed& out) {
    if (allow_fy_and_quarter && text.substr(pos, 2) == "FY") {
        pos += 2;
        out.fiscal = true;
    }
    if (!read_digits(text, pos, 4, out.date.year)) return "a four-digit year is missing";
    if (out.date.year < kMinYear || out.date.year > kMaxYear)
        return "year " + std::to_string(out.date.year) + " is out of range (expected " +
               std::to_string(kMinYear) + ".." + std::to_string(kMaxYear) + ")";
    if (out.fiscal || pos == text.size() || text[pos] != '-') return {};
    ++pos;
    if (allow_fy_and_quarter && pos < text.size() && text[pos] == 'Q') {
        ++pos;
        if (!read_digits(text, pos, 1, out.quarter) || out.quarter < 1 || out.quarter > 4)
            return "quarter must be Q1..Q4";
        return {};
    }
    if (!read_digits(text, pos, 2, out.date.month)) return "a two-digit month is missing";
    if (out.date.month < 1 || out.date.month > 12)
        return "month " + two_digits(out.date.month) + " is not 01..12";
    if (pos == text.size() || text[pos] != '-') return {};
    ++pos;
    if (!read_digits(text, pos, 2, out.date.day)) return "a two-digit day is missing";
    const int last = days_in_month(out.date.year, out.date.month);
    if (out.date.day < 1 || out.date.day > last)
        return "day " + two_digits(out.date.day) + " does not exist in " +
               std::to_string(out.date.year) + "-" + two_digits(out.date.month) +
               " (it has " + std::to_string(last) + " days)";
    return {};
}

}  // namespace

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

std::string Date::to_string() const {
    std::string text = std::to_string(year);
    if (month > 0) text += "-" + two_digits(month);
    if (day > 0) text += "-" + two_digits(day);
    return text;
}

double Period::start_year() const {
    switch (granularity) {
    case Granularity::year: return year;
    case Granularity::quarter: return year + (quarter - 1) / 4.0;
    case Granularity::month: return year + (month - 1) / 12.0;
    case Granularity::day:
        return year + (day_of_year(year, month, day) - 1) / (is_leap(year) ? 366.0 : 365.0);
    }
    return year;
}

double Period::end_year() const {
    switch (granularity) {
    case Granularity::year: return year + 1.0;
    case Granularity::quarter: return year + quarter / 4.0;
    case Granularity::month: return year + month / 12.0;
    case Granularity::day:
        return year + day_of_year(year, month, day) / (is_leap(year) ? 366.0 : 365.0);
    }
    return year + 1.0;
}

std::string Period::to_string() const {
    std::string text = fiscal ? "FY" + std::to_string(year) : std::to_string(year);
    switch (granularity) {
    case Granularity::year: break;
    case Granularity::quarter: text += "-Q" + std::to_string(quarter); break;
    case Granularity::month: text += "-" + two_digits(month); break;
    case Granularity::day: text += "-" + two_digits(month) + "-" + two_digits(day); break;
    }
    if (issued) text += " (issued " + issued->to_string() + ")";
    return text;
}

Period Period::from_year(int year_value) {
    Period period;
    period.year = year_value;
    return period;
}

Period Period::from_quarter(int year_value, int quarter_value) {
    Period period;
    period.granularity = Granularity::quarter;
    period.year = year_value;
    period.quarter = quarter_value;
    return period;
}

Period Period::from_date(const Date& date) {
    Period period;
    period.year = date.year;
    period.month = date.month;
    period.day = date.day;
    period.granularity = date.day > 0     ? Granularity::day
                         : date.month > 0 ? Granularity::month
                                          : Granularity::year;
    return period;
}

std::strong_ordering Period::operator<=>(const Period& other) const {
    // Start month is enough to order starts: quarters start on months 1, 4, 7, 10.
    auto start_month = [](const Period& p) {
        switch (p.granularity) {
        case Granularity::year: return 1;
        case Granularity::quarter: return (p.quarter - 1) * 3 + 1;
        default: return p.month;
        }
    };
    auto key = [&](const Period& p) {
        return std::make_tuple(p.year, start_month(p), p.granularity == Granularity::day ? p.day : 1,
                               static_cast<int>(p.granularity), p.fiscal);
    };
    if (auto c = key(*this) <=> key(other); c != 0) return c;
    return issued <=> other.issued;
}

bool Period::operator==(const Period& other) const { return (*this <=> other) == 0; }

std::uint64_t period_order_key(const Period& period) {
    // Fields in the order operator<=> compares them, each in just enough bits:
    // year-1900 (9) | start month (4) | day (5) | granularity (2) | fiscal (1) |
    // issued? (1) | issued year-1900 (9) | issued month (4) | issued day (5).
    const int start_month = period.granularity == Period::Granularity::year      ? 1
                            : period.granularity == Period::Granularity::quarter ? (period.quarter - 1) * 3 + 1
                                                                                 : period.month;
    const int day = period.granularity == Period::Granularity::day ? period.day : 1;
    auto field = [](std::uint64_t key, int value, int bits) {
        return (key << bits) | (static_cast<std::uint64_t>(value) & ((1u << bits) - 1));
    };
    std::uint64_t key = 0;
    key = field(key, period.year - kMinYear, 9);
    key = field(key, start_month, 4);
    key = field(key, day, 5);
    key = field(key, static_cast<int>(period.granularity), 2);
    key = field(key, period.fiscal ? 1 : 0, 1);
    const Date issued = period.issued.value_or(Date{kMinYear, 0, 0});
    key = field(key, period.issued ? 1 : 0, 1);
    key = field(key, issued.year - kMinYear, 9);
    key = field(key, issued.month, 4);
    key = field(key, issued.day, 5);
    return key;
}

PeriodParse parse_period(std::string_view text) {
    PeriodParse result;
    auto fail = [&](std::string what) {
        result.error = "period '" + std::string(text) + "': " + std::move(what) + " (" +
                       std::string(kExpected) + ")";
        return result;
    };
    std::size_t pos = 0;
    Parsed core;
    if (auto error = parse_core(text, pos, true, core); !error.empty()) return fail(error);

    Period period;
    period.year = core.date.year;
    period.fiscal = core.fiscal;
    period.quarter = core.quarter;
    period.month = core.date.month;
    period.day = core.date.day;
    period.granularity = core.quarter > 0      ? Period::Granularity::quarter
                         : core.date.day > 0   ? Period::Granularity::day
                         : core.date.month > 0 ? Period::Granularity::month
                                               : Period::Granularity::year;

    constexpr std::string_view kIssued = " (issued ";
    if (pos < text.size()) {
        if (text.substr(pos, kIssued.size()) != kIssued)
            return fail("unexpected text '" + std::string(text.substr(pos)) + "'");
        pos += kIssued.size();
        Parsed issued;
        if (auto error = parse_core(text, pos, false, issued); !error.empty())
            return fail("issue date: " + error);
        if (pos + 1 != text.size() || text[pos] != ')')
            return fail("the issue date must be followed by ')' and nothing else");
        period.issued = issued.date;
    }
    result.period = period;
    return result;
}

}  // namespace xrviz::data
