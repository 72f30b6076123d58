#include "engine/data/figure_table.h"

#include <algorithm>
#include <array>
#include <numeric>

#include "engine/data/units.h"

namespace xrviz::data {
namespace {

enum Column : std::size_t { series, period, value, low, high, source, status, note, unit };
constexpr std::array<ColumnSpec, 9> kColumns = {{{"series", true},
                                                 {"period", true},
                                                 {"value", true},
                                                 {"low", false},
                                                 {"high", false},
                                                 {"source", false},
                                                 {"status", false},
                                                 {"note", false},
                                                 {"unit", false}}};

constexpr std::string_view kNumberHint =
    "expected a decimal number such as 39.23, below 1e15 in magnitude, without units or "
    "thousands separators";

class RowReader {
public:
    RowReader(CsvTable& table, const ManifestIndex& index) : table_(table), index_(index) {}

    // Checks the current row; true and `point` filled when it is good.
    bool read(DataPoint& point, std::uint32_t& series_index) {
        bool ok = true;
        const std::string_view series_id = table_.field(series);
        std::size_t found_index = 0;
        const Series* declared = find_series(series_id, found_index);
        if (!declared) {
            table_.error_at(series, "unknown series '" + std::string(series_id) +
                                        "' (expected a series id declared in dataset.json)");
            ok = false;
        } else {
            series_index = static_cast<std::uint32_t>(found_index);
            point.series = declared->id;
        }

        PeriodParse parsed = parse_period(table_.field(period));
        if (parsed.period) {
            point.period = *parsed.period;
        } else {
            table_.error_at(period, std::move(parsed.error));
            ok = false;
        }

        ok &= read_numbers(point, declared);

        if (table_.has(source) && !table_.field(source).empty()) {
            const std::string_view id = table_.field(source);
            if (known_source(id)) {
                point.source = id;
            } else {
                table_.error_at(source, "unknown source '" + std::string(id) +
                                            "' (expected a source id declared in dataset.json)");
                ok = false;
            }
        }
        if (table_.has(status) && !table_.field(status).empty()) {
            if (auto parsed_status = parse_status(table_.field(status))) {
                point.status = *parsed_status;
            } else {
                table_.error_at(status, "unknown status '" + std::string(table_.field(status)) +
                                            "' (expected reported, derived, estimate or "
                                            "guidance)");
                ok = false;
            }
        } else if (declared && declared->kind == SeriesKind::range) {
            point.status = ValueStatus::guidance;
        }
        if (table_.has(unit) && !table_.field(unit).empty() && declared &&
            table_.field(unit) != declared->unit) {
            table_.error_at(unit, "unit '" + std::string(table_.field(unit)) +
                                      "' does not match series '" + declared->id +
                                      "' (expected its unit " + declared->unit + ")");
            ok = false;
        }
        point.note = table_.field(note);
        return ok;
    }

private:
    // Long-form tables usually list one series' rows together, citing one source after
    // another: the last look-up is reused before the hash table is asked.
    const Series* find_series(std::string_view id, std::size_t& index) {
        if (!last_series_ || id != last_series_->id) {
            const auto found = index_.series.find(id);
            if (found == index_.series.end()) return nullptr;
            last_series_ = &(*index_.series_list)[found->second];
            last_series_index_ = found->second;
        }
        index = last_series_index_;
        return last_series_;
    }

    bool known_source(std::string_view id) {
        if (id == last_source_ && !id.empty()) return true;
        const auto found = index_.sources.find(id);
        if (found == index_.sources.end()) return false;
        last_source_ = found->first;  // a key of the index, never a view into the file
        return true;
    }

    std::optional<double> number(Column column, bool& ok) {
        const std::string_view text = table_.field(column);
        if (text.empty()) return std::nullopt;
        std::string why;
        auto value = parse_number(text, why);
        if (!value) {
            table_.error_at(column, std::string(kColumns[column].name) + " '" + std::string(text) +
                                        "' " + why + " (" + std::string(kNumberHint) + ")");
            ok = false;
        }
        return value;
    }

    bool read_numbers(DataPoint& point, const Series* declared) {
        bool ok = true;
        const std::optional<double> v = number(value, ok);
        point.low = number(low, ok);
        point.high = number(high, ok);
        if (!ok) return false;
        const bool is_range = declared && declared->kind == SeriesKind::range;
        if (point.low.has_value() != point.high.has_value()) {
            table_.error_at(point.low ? high : low,
                            "low and high must be given together (expected both or neither)");
            return false;
        }
        if (point.low && *point.low > *point.high) {
            table_.error_at(low, "low " + std::string(table_.field(low)) + " is greater than high " +
                                     std::string(table_.field(high)) + " (expected low <= high)");
            return false;
        }
        if (is_range && !point.low) {
            table_.error_at(low, "range series '" + declared->id +
                                     "' needs low and high (expected both filled in)");
            return false;
        }
        if (v) {
            point.value = *v;
            if (point.low && (*v < *point.low || *v > *point.high)) {
                table_.error_at(value, "value " + std::string(table_.field(value)) +
                                           " lies outside low..high (expected low <= value <= "
                                           "high)");
                return false;
            }
        } else if (point.low) {
            point.value = (*point.low + *point.high) / 2.0;  // a range's value is its midpoint
        } else {
            table_.error_at(value, "value is empty (" + std::string(kNumberHint) + ")");
            return false;
        }
        return true;
    }

    CsvTable& table_;
    const ManifestIndex& index_;
    const Series* last_series_ = nullptr;
    std::size_t last_series_index_ = 0;
    std::string_view last_source_;
};

}  // namespace

ManifestIndex make_manifest_index(const std::vector<Series>& series,
                                  const std::vector<Source>& sources) {
    ManifestIndex index;
    index.series_list = &series;
    for (std::size_t i = 0; i < series.size(); ++i) index.series.emplace(series[i].id, i);
    for (std::size_t i = 0; i < sources.size(); ++i) index.sources.emplace(sources[i].id, i);
    std::vector<std::uint32_t> by_id(series.size());
    std::iota(by_id.begin(), by_id.end(), 0u);
    std::sort(by_id.begin(), by_id.end(),
              [&](std::uint32_t a, std::uint32_t b) { return series[a].id < series[b].id; });
    index.rank.resize(series.size());
    for (std::uint32_t r = 0; r < by_id.size(); ++r) index.rank[by_id[r]] = r;
    return index;
}

void read_figure_table(CsvTable& table, std::uint32_t table_index, const ManifestIndex& index,
                       std::vector<DataPoint>& points, std::vector<PointOrigin>& origins,
                       std::vector<SortEntry>& order) {
    if (!table.read_header(kColumns)) return;
    RowReader reader(table, index);
    while (table.next_row()) {
        DataPoint point;
        std::uint32_t series_index = 0;
        if (!reader.read(point, series_index)) continue;
        const FieldRef where = table.ref(period);
        order.push_back({(std::uint64_t{index.rank[series_index]} << 40) |
                             period_order_key(point.period),
                         static_cast<std::uint32_t>(points.size())});
        origins.push_back({where.offset, static_cast<std::uint32_t>(where.line), table_index});
        points.push_back(std::move(point));
    }
}

}  // namespace xrviz::data
