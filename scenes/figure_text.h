#pragma once
// How a figure of the dataset reads wherever a scene shows it: values on axes and in
// ranges, and the details panel's record of a data point with its source.
#include <string>
#include <string_view>

#include "engine/data/dataset.h"
#include "scenes/scene.h"

namespace xrviz::scenes {

// format_value without a trailing ".0" ("$160B"), for ticks and ranges.
std::string compact_value(double value, std::string_view unit);

// "$125–145B" when both ends share a prefix and suffix, else "low – high".
std::string range_label(double low, double high, std::string_view unit);

// The details panel's record for one data point.
FigureDetails details_of(const data::Dataset& dataset, const data::DataPoint& point);

}  // namespace xrviz::scenes
