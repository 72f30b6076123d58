#include "engine/data/query.h"

#include <algorithm>
#include <array>

namespace xrviz::data {

Provenance provenance(const Dataset& dataset, const DataPoint& point) {
    return {dataset.find_series(point.series), dataset.find_source(point.source), point.status,
            point.note};
}

std::optional<Extent> value_extent(const Dataset& dataset, std::string_view series_id) {
    const auto points = dataset.values(series_id);
    if (points.empty()) return std::nullopt;
    Extent extent{points.front()->value, points.front()->value};
    for (const DataPoint* p : points) {
        extent.min = std::min({extent.min, p->value, p->low.value_or(p->value)});
        extent.max = std::max({extent.max, p->value, p->high.value_or(p->value)});
    }
    return extent;
}

std::optional<std::vector<AnnualFromQuarters>> quarterly_to_annual(const Dataset& dataset,
                                                                   std::string_view series_id) {
    const Series* series = dataset.find_series(series_id);
    if (!series || series->kind == SeriesKind::range || series->kind == SeriesKind::count)
        return std::nullopt;
    std::vector<AnnualFromQuarters> years;
    // Points are in period order, so the quarters of a year are adjacent.
    std::array<const DataPoint*, 4> quarters{};
    int year = 0;
    auto flush = [&] {
        if (std::find(quarters.begin(), quarters.end(), nullptr) != quarters.end()) return;
        AnnualFromQuarters annual{year, 0.0, ValueStatus::derived};
        for (const DataPoint* q : quarters) {
            if (q->status == ValueStatus::estimate || q->status == ValueStatus::guidance)
                annual.status = ValueStatus::estimate;
        }
        annual.value = series->kind == SeriesKind::flow
                           ? quarters[0]->value + quarters[1]->value + quarters[2]->value +
                                 quarters[3]->value
                           : quarters[3]->value;
        years.push_back(annual);
    };
    for (const DataPoint* p : dataset.values(series_id)) {
        if (p->period.granularity != Period::Granularity::quarter || p->period.issued) continue;
        if (p->period.year != year) {
            flush();
            quarters = {};
            year = p->period.year;
        }
        quarters[static_cast<std::size_t>(p->period.quarter - 1)] = p;
    }
    flush();
    return years;
}

std::optional<std::pair<Period, Period>> period_span(const Dataset& dataset,
                                                     std::string_view series_id) {
    const auto points = dataset.values(series_id);
    if (points.empty()) return std::nullopt;
    return std::make_pair(points.front()->period, points.back()->period);
}

}  // namespace xrviz::data
