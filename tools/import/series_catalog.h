#pragma once
// What the importer knows about each series of ../shared/data/meta_figures.csv: the label,
// unit, kind, axis group and colour it gets in the bundled dataset. Series in one group
// share an axis, so a group never mixes dimensions (money with power) or bases (capex
// with purchases of property & equipment only).
#include <array>
#include <optional>
#include <string_view>

namespace xrviz::tools {

struct SeriesSpec {
    std::string_view id;      // id in the bundled dataset
    std::string_view label;
    std::string_view unit;    // a unit of engine/data/units.h
    std::string_view kind;    // flow, stock, range, count
    std::string_view group;
    std::array<float, 3> colour;
    double scale = 1.0;       // multiplies the source value (millions of downloads -> count)
};

// The spec of a series id as written in the bundled dataset (after renames such as
// capex_guidance_low -> capex_guidance); nothing for an id the catalog does not know.
std::optional<SeriesSpec> find_series_spec(std::string_view id);

}  // namespace xrviz::tools
