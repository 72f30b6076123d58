#pragma once
// The optional tables beside the figures: sites.csv (data centers on the globe) and
// events.csv (dated events on the timeline).
#include <vector>

#include "engine/data/csv_table.h"
#include "engine/data/dataset.h"
#include "engine/data/figure_table.h"

namespace xrviz::data {

// name,location,lat,lon[,capacity_mw][,online_year][,cost][,status][,source][,note]
void read_sites_table(CsvTable& table, const ManifestIndex& index, std::vector<Site>& sites);

// date,title[,category][,source]; date is 2024-07-01, 2024-07 or 2024.
void read_events_table(CsvTable& table, const ManifestIndex& index, std::vector<Event>& events);

}  // namespace xrviz::data
