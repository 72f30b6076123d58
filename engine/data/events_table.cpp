#include <array>

#include "engine/data/extra_tables.h"

namespace xrviz::data {
namespace {

enum Column : std::size_t { date, title, category, source };
constexpr std::array<ColumnSpec, 4> kColumns = {
    {{"date", true}, {"title", true}, {"category", false}, {"source", false}}};

}  // namespace

void read_events_table(CsvTable& table, const ManifestIndex& index, std::vector<Event>& events) {
    if (!table.read_header(kColumns)) return;
    while (table.next_row()) {
        bool ok = true;
        Event event;
        PeriodParse parsed = parse_period(table.field(date));
        if (!parsed.period) {
            table.error_at(date, std::move(parsed.error));
            ok = false;
        } else if (parsed.period->fiscal || parsed.period->issued ||
                   parsed.period->granularity == Period::Granularity::quarter) {
            table.error_at(date, "date '" + std::string(table.field(date)) +
                                     "' is not a calendar date (expected 2024-07-01, 2024-07 "
                                     "or 2024)");
            ok = false;
        } else {
            event.date = *parsed.period;
        }
        event.title = table.field(title);
        if (event.title.empty()) {
            table.error_at(title, "title is empty (expected what happened)");
            ok = false;
        }
        event.category = table.field(category);
        if (!table.field(source).empty() && !index.sources.contains(table.field(source))) {
            table.error_at(source, "unknown source '" + std::string(table.field(source)) +
                                       "' (expected a source id declared in dataset.json)");
            ok = false;
        }
        event.source = table.field(source);
        if (ok) events.push_back(std::move(event));
    }
}

}  // namespace xrviz::data
