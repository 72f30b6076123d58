#pragma once
// The units a dataset may use, conversions between compatible ones, and the short display
// form the panels and labels show ("$39.2B", "1.0 GW", "600k GPUs", "19.2 %").
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace xrviz::data {

// Units of the same dimension convert into each other; others never do.
enum class Dimension { money, power, gpus, people, percent, count, points };

struct UnitInfo {
    std::string_view id;    // as written in dataset.json: "USD_billion"
    Dimension dimension;
    double scale;           // value in this unit times scale = value in the base unit
    std::string_view label; // long form for axis titles: "billion US dollars"
};

// Every known unit: USD, USD_million, USD_billion, W, kW, MW, GW, GPUs, people, percent,
// count, points.
std::span<const UnitInfo> known_units();
const UnitInfo* find_unit(std::string_view id);
// "USD_billion, USD_million, ..." for error messages.
std::string known_unit_list();

bool compatible(std::string_view from, std::string_view to);
// `value` in unit `from` expressed in unit `to`; nothing when either is unknown or they
// measure different things.
std::optional<double> convert(double value, std::string_view from, std::string_view to);

// Short, human display: $39.2B, $250M, $25k, 1.0 GW, 350 MW, 600k GPUs, 1.3M GPUs,
// 74k people, 19.2 %, 3,072, 52 points. Unknown units print the number and the unit id.
std::string format_value(double value, std::string_view unit);

}  // namespace xrviz::data
