#pragma once
// An in-memory dataset: series with their figures, sources, data-center sites and events.
// Every figure keeps its provenance (source, status, note) so a details panel can show it.
// No Vulkan and no scene code here: engine/data is plain C++ over the standard library.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/data/period.h"

namespace xrviz::data {

enum class SeriesKind { flow, stock, range, count };
enum class ValueStatus { reported, derived, estimate, guidance };

struct Source {
    std::string id;
    std::string title;
    std::string url;
    std::string publisher;
    std::string date;
};

struct Series {
    std::string id;
    std::string label;
    std::string unit;  // USD_billion, USD_million, MW, GW, GPUs, people, percent, count
    SeriesKind kind = SeriesKind::flow;
    std::array<float, 3> colour{0.5f, 0.5f, 0.5f};  // linear RGB, 0..1
    std::string group;
};

struct DataPoint {
    std::string series;
    Period period;
    double value = 0.0;  // for a range series: the midpoint of low and high
    std::optional<double> low;
    std::optional<double> high;
    std::string source;  // Source::id
    ValueStatus status = ValueStatus::reported;
    std::string note;
};

struct Site {
    std::string name;
    std::string location;
    double lat = 0.0;
    double lon = 0.0;
    std::optional<double> capacity_mw;  // unknown stays unknown, never guessed
    std::optional<int> online_year;
    std::optional<double> cost_usd_billion;
    ValueStatus status = ValueStatus::reported;
    std::string source;  // Source::id
    std::string note;
};

struct Event {
    Period date;
    std::string title;
    std::string category;
    std::string source;  // Source::id
};

class Dataset {
public:
    std::string title;
    std::string description;
    std::string notes;
    std::vector<Series> series;
    std::vector<Source> sources;
    std::vector<DataPoint> points;  // sorted by (series, period)
    std::vector<Site> sites;
    std::vector<Event> events;

    const Series* find_series(std::string_view id) const;
    const Source* find_source(std::string_view id) const;
    // Points of one series whose period lies in [first, last] (inclusive), in period order.
    std::vector<const DataPoint*> values(std::string_view series_id, const Period& first,
                                         const Period& last) const;
    std::vector<const DataPoint*> values(std::string_view series_id) const;
    // The point for exactly this period, if any.
    const DataPoint* find(std::string_view series_id, const Period& period) const;
};

std::string_view to_string(SeriesKind kind);
std::string_view to_string(ValueStatus status);

}  // namespace xrviz::data
