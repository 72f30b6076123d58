#pragma once
// The long-form figure tables: series,period,value[,low,high][,source][,status][,note][,unit].
// Each row is checked against the manifest (known series and source, matching unit) and on
// its own (finite numbers, low <= high, a valid period); duplicates across rows and tables
// are checked by the loader once every table is read.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/data/csv_table.h"
#include "engine/data/dataset.h"
#include "engine/data/diagnostic.h"

namespace xrviz::data {

// What a row needs to know about the manifest, indexed for fast lookups.
struct ManifestIndex {
    std::unordered_map<std::string_view, std::size_t> series;  // id -> index in series list
    std::unordered_map<std::string_view, std::size_t> sources;
    const std::vector<Series>* series_list = nullptr;
    std::vector<std::uint32_t> rank;  // per series: its place when sorted by id
};

// ManifestIndex for `series` and `sources` (which must outlive it).
ManifestIndex make_manifest_index(const std::vector<Series>& series,
                                  const std::vector<Source>& sources);

// Where each point came from: the file (index among those the loader opened) and its
// period field, so that a duplicate can point at both rows. Kept small: one per row.
struct PointOrigin {
    std::uint64_t offset = 0;  // of the period field
    std::uint32_t line = 0;
    std::uint32_t table = 0;
};

// The order points are sorted in: series rank (16 bits) above period_order_key (40 bits).
struct SortEntry {
    std::uint64_t key = 0;
    std::uint32_t point = 0;  // index into the points
};

// Reads every row of one figure table, appending to `points`, and one origin and one sort
// entry per point.
void read_figure_table(CsvTable& table, std::uint32_t table_index, const ManifestIndex& index,
                       std::vector<DataPoint>& points, std::vector<PointOrigin>& origins,
                       std::vector<SortEntry>& order);

}  // namespace xrviz::data
