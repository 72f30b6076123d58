#include <array>
#include <cmath>

#include "engine/data/extra_tables.h"

namespace xrviz::data {
namespace {

enum Column : std::size_t {
    name, location, lat, lon, capacity_mw, online_year, cost, status, source, note
};
constexpr std::array<ColumnSpec, 10> kColumns = {{{"name", true},
                                                  {"location", false},
                                                  {"lat", true},
                                                  {"lon", true},
                                                  {"capacity_mw", false},
                                                  {"online_year", false},
                                                  {"cost", false},
                                                  {"status", false},
                                                  {"source", false},
                                                  {"note", false}}};

// A number within [min, max]; empty text is nothing and fine unless `required`.
std::optional<double> bounded(CsvTable& table, Column column, double min, double max,
                              bool required, std::string_view expected, bool& ok) {
    const std::string_view text = table.field(column);
    if (text.empty() && !required) return std::nullopt;
    std::string why;
    std::optional<double> value = parse_number(text, why);
    if (value && (*value < min || *value > max)) {
        why = "is out of range";
        value.reset();
    }
    if (!value) {
        table.error_at(column, std::string(kColumns[column].name) + " '" + std::string(text) +
                                   "' " + why + " (expected " + std::string(expected) + ")");
        ok = false;
    }
    return value;
}

}  // namespace

void read_sites_table(CsvTable& table, const ManifestIndex& index, std::vector<Site>& sites) {
    if (!table.read_header(kColumns)) return;
    while (table.next_row()) {
        bool ok = true;
        Site site;
        site.name = table.field(name);
        if (site.name.empty()) {
            table.error_at(name, "name is empty (expected the site's name)");
            ok = false;
        }
        site.location = table.field(location);
        site.lat = bounded(table, lat, -90, 90, true, "a latitude from -90 to 90", ok).value_or(0);
        site.lon =
            bounded(table, lon, -180, 180, true, "a longitude from -180 to 180", ok).value_or(0);
        site.capacity_mw = bounded(table, capacity_mw, 0, 1e7, false, "megawatts, 0 or more", ok);
        if (auto year = bounded(table, online_year, 1900, 2200, false, "a year such as 2026", ok)) {
            if (*year != std::floor(*year)) {
                table.error_at(online_year, "online_year '" + std::string(table.field(online_year)) +
                                                "' is not a whole year (expected a year such "
                                                "as 2026)");
                ok = false;
            }
            site.online_year = static_cast<int>(*year);
        }
        site.cost_usd_billion = bounded(table, cost, 0, 1e6, false, "billions of USD, 0 or more", ok);
        if (!table.field(status).empty()) {
            if (auto parsed = parse_status(table.field(status))) {
                site.status = *parsed;
            } else {
                table.error_at(status, "unknown status '" + std::string(table.field(status)) +
                                           "' (expected reported, derived, estimate or guidance)");
                ok = false;
            }
        }
        if (!table.field(source).empty() && !index.sources.contains(table.field(source))) {
            table.error_at(source, "unknown source '" + std::string(table.field(source)) +
                                       "' (expected a source id declared in dataset.json)");
            ok = false;
        }
        site.source = table.field(source);
        site.note = table.field(note);
        if (ok) sites.push_back(std::move(site));
    }
}

}  // namespace xrviz::data
