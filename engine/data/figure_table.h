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
};

// Where each point came from: the table (index into the loader's file list) and the
// period field, so that a duplicate can point at both rows.
struct PointOrigin {
    std::uint32_t table = 0;   // index of the file among those the loader opened
    std::uint32_t series = 0;  // index into the manifest's series
    FieldRef period;
};

// Reads every row of one figure table into `points` (and `origins`, one per point).
void read_figure_table(CsvTable& table, std::uint32_t table_index, const ManifestIndex& index,
                       std::vector<DataPoint>& points, std::vector<PointOrigin>& origins);

}  // namespace xrviz::data
