#include "engine/data/dataset.h"

#include <algorithm>

namespace xrviz::data {
namespace {

// Points are sorted by series id, then period: the points of one series are one run.
std::pair<std::vector<DataPoint>::const_iterator, std::vector<DataPoint>::const_iterator>
series_run(const std::vector<DataPoint>& points, std::string_view id) {
    const auto first = std::lower_bound(points.begin(), points.end(), id,
                                        [](const DataPoint& p, std::string_view v) {
                                            return p.series < v;
                                        });
    const auto last = std::upper_bound(first, points.end(), id,
                                       [](std::string_view v, const DataPoint& p) {
                                           return v < p.series;
                                       });
    return {first, last};
}

}  // namespace

const Series* Dataset::find_series(std::string_view id) const {
    const auto it = std::find_if(series.begin(), series.end(),
                                 [&](const Series& s) { return s.id == id; });
    return it == series.end() ? nullptr : &*it;
}

const Source* Dataset::find_source(std::string_view id) const {
    const auto it = std::find_if(sources.begin(), sources.end(),
                                 [&](const Source& s) { return s.id == id; });
    return it == sources.end() ? nullptr : &*it;
}

std::vector<const DataPoint*> Dataset::values(std::string_view series_id, const Period& first,
                                              const Period& last) const {
    std::vector<const DataPoint*> result;
    const auto [begin, end] = series_run(points, series_id);
    for (auto it = begin; it != end; ++it)
        if (!(it->period < first) && !(last < it->period)) result.push_back(&*it);
    return result;
}

std::vector<const DataPoint*> Dataset::values(std::string_view series_id) const {
    std::vector<const DataPoint*> result;
    const auto [begin, end] = series_run(points, series_id);
    for (auto it = begin; it != end; ++it) result.push_back(&*it);
    return result;
}

const DataPoint* Dataset::find(std::string_view series_id, const Period& period) const {
    const auto [begin, end] = series_run(points, series_id);
    const auto it = std::lower_bound(begin, end, period, [](const DataPoint& p, const Period& v) {
        return p.period < v;
    });
    return it != end && it->period == period ? &*it : nullptr;
}

std::string_view to_string(SeriesKind kind) {
    switch (kind) {
    case SeriesKind::flow: return "flow";
    case SeriesKind::stock: return "stock";
    case SeriesKind::range: return "range";
    case SeriesKind::count: return "count";
    }
    return "?";
}

std::string_view to_string(ValueStatus status) {
    switch (status) {
    case ValueStatus::reported: return "reported";
    case ValueStatus::derived: return "derived";
    case ValueStatus::estimate: return "estimate";
    case ValueStatus::guidance: return "guidance";
    }
    return "?";
}

}  // namespace xrviz::data
