#pragma once
// Questions scenes ask of a loaded dataset beyond plain look-ups: where a value came from,
// the extent of a series for an axis, and annual figures built from quarters.
#include <optional>
#include <string_view>
#include <vector>

#include "engine/data/dataset.h"

namespace xrviz::data {

// Everything the details panel shows about one value.
struct Provenance {
    const Series* series = nullptr;
    const Source* source = nullptr;  // nothing when the row named no source
    ValueStatus status = ValueStatus::reported;
    std::string_view note;
};
Provenance provenance(const Dataset& dataset, const DataPoint& point);

// Smallest and largest value of a series, counting low and high of ranges, for an axis.
struct Extent {
    double min = 0.0;
    double max = 0.0;
};
std::optional<Extent> value_extent(const Dataset& dataset, std::string_view series_id);

// One year built from a quarterly series.
struct AnnualFromQuarters {
    int year = 0;
    double value = 0.0;
    // derived when every quarter was reported; otherwise the weakest status among them
    // (estimate beats derived), as a sum is never better than its parts.
    ValueStatus status = ValueStatus::derived;
};

// Annual values from a quarterly series, for complete years only (all four quarters).
// A flow sums its quarters; a stock takes the value at the end of Q4. Ranges and counts
// have no annual form: nothing is returned, as for an unknown series.
std::optional<std::vector<AnnualFromQuarters>> quarterly_to_annual(const Dataset& dataset,
                                                                   std::string_view series_id);

// Periods a series covers, first and last; nothing for an empty or unknown series.
std::optional<std::pair<Period, Period>> period_span(const Dataset& dataset,
                                                     std::string_view series_id);

}  // namespace xrviz::data
