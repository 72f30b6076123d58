#include "engine/data/units.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace xrviz::data {
namespace {

constexpr std::array kUnits = {
    UnitInfo{"USD", Dimension::money, 1.0, "US dollars"},
    UnitInfo{"USD_million", Dimension::money, 1e6, "million US dollars"},
    UnitInfo{"USD_billion", Dimension::money, 1e9, "billion US dollars"},
    UnitInfo{"W", Dimension::power, 1.0, "watts"},
    UnitInfo{"kW", Dimension::power, 1e3, "kilowatts"},
    UnitInfo{"MW", Dimension::power, 1e6, "megawatts"},
    UnitInfo{"GW", Dimension::power, 1e9, "gigawatts"},
    UnitInfo{"GPUs", Dimension::gpus, 1.0, "GPUs"},
    UnitInfo{"people", Dimension::people, 1.0, "people"},
    UnitInfo{"percent", Dimension::percent, 1.0, "percent"},
    UnitInfo{"count", Dimension::count, 1.0, "count"},
    UnitInfo{"points", Dimension::points, 1.0, "index points"},
};

std::string printf_string(const char* format, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

// 1234567 -> "1,234,567"; used for plain counts where every digit matters.
std::string with_thousands(double value) {
    std::string digits = printf_string("%.0f", std::fabs(value));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return (value < 0 ? "-" : "") + digits;
}

// 600000 -> "600k", 1300000 -> "1.3M", 950 -> "950": for quantities read at a glance.
std::string abbreviated(double value) {
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e9) return printf_string("%.1fB", value / 1e9);
    if (magnitude >= 1e6) return printf_string("%.1fM", value / 1e6);
    if (magnitude >= 1e4) return printf_string("%.0fk", value / 1e3);
    if (magnitude >= 1e3) return printf_string("%.1fk", value / 1e3);
    return printf_string(magnitude == std::floor(magnitude) ? "%.0f" : "%.1f", value);
}

std::string money(double dollars) {
    const double magnitude = std::fabs(dollars);
    const char* sign = dollars < 0 ? "-" : "";
    if (magnitude >= 1e12) return sign + printf_string("$%.2fT", magnitude / 1e12);
    // One decimal while it carries information: $39.2B, but $125B rather than $125.0B.
    if (magnitude >= 1e11) return sign + printf_string("$%.0fB", magnitude / 1e9);
    if (magnitude >= 1e9) return sign + printf_string("$%.1fB", magnitude / 1e9);
    if (magnitude >= 1e6) return sign + printf_string("$%.0fM", magnitude / 1e6);
    if (magnitude >= 1e3) return sign + printf_string("$%.0fk", magnitude / 1e3);
    return sign + printf_string("$%.0f", magnitude);
}

std::string power(double watts) {
    const double magnitude = std::fabs(watts);
    if (magnitude >= 1e11) return printf_string("%.0f GW", watts / 1e9);
    if (magnitude >= 1e9) return printf_string("%.1f GW", watts / 1e9);
    if (magnitude >= 1e6) return printf_string("%.0f MW", watts / 1e6);
    if (magnitude >= 1e3) return printf_string("%.1f kW", watts / 1e3);
    return printf_string("%.0f W", watts);
}

}  // namespace

std::span<const UnitInfo> known_units() { return kUnits; }

const UnitInfo* find_unit(std::string_view id) {
    for (const UnitInfo& unit : kUnits)
        if (unit.id == id) return &unit;
    return nullptr;
}

std::string known_unit_list() {
    std::string list;
    for (const UnitInfo& unit : kUnits) {
        if (!list.empty()) list += ", ";
        list += unit.id;
    }
    return list;
}

bool compatible(std::string_view from, std::string_view to) {
    const UnitInfo* a = find_unit(from);
    const UnitInfo* b = find_unit(to);
    return a && b && a->dimension == b->dimension;
}

std::optional<double> convert(double value, std::string_view from, std::string_view to) {
    const UnitInfo* a = find_unit(from);
    const UnitInfo* b = find_unit(to);
    if (!a || !b || a->dimension != b->dimension) return std::nullopt;
    return value * a->scale / b->scale;
}

std::string format_value(double value, std::string_view unit) {
    const UnitInfo* info = find_unit(unit);
    if (!info) return printf_string("%g", value) + " " + std::string(unit);
    const double base = value * info->scale;
    switch (info->dimension) {
    case Dimension::money: return money(base);
    case Dimension::power: return power(base);
    case Dimension::gpus: return abbreviated(base) + " GPUs";
    case Dimension::people: return abbreviated(base) + " people";
    case Dimension::percent: return printf_string("%.1f %%", base);
    case Dimension::count: return with_thousands(base);
    case Dimension::points: return printf_string("%g points", base);
    }
    return printf_string("%g", value);
}

}  // namespace xrviz::data
