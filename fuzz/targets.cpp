#include "fuzz/targets.h"

#include "engine/data/csv_reader.h"
#include "engine/data/csv_table.h"
#include "engine/data/extra_tables.h"
#include "engine/data/figure_table.h"
#include "engine/data/manifest.h"
#include "engine/data/period.h"
#include "engine/data/text.h"
#include "fuzz/check.h"

namespace xrviz::fuzz {
namespace {

// A small fixed manifest for the table readers.
struct FixedManifest {
    std::vector<data::Series> series{
        {"a", "A", "USD_billion", data::SeriesKind::flow, {0.5f, 0.5f, 0.5f}, ""},
        {"r", "R", "USD_billion", data::SeriesKind::range, {0.5f, 0.5f, 0.5f}, ""},
        {"s", "S", "MW", data::SeriesKind::stock, {0.5f, 0.5f, 0.5f}, ""}};
    std::vector<data::Source> sources{{"s1", "Source", "https://example.com", "", ""}};
    data::ManifestIndex index = data::make_manifest_index(series, sources);
};

void check_diagnostics(data::DiagnosticSink& sink, std::string_view text) {
    for (const data::Diagnostic& d : sink.take_errors()) {
        check(d.line >= 1 && d.column >= 1, "diagnostic position is 1-based");
        check(static_cast<std::size_t>(d.line) <= text.size() + 1, "diagnostic line exists");
        check(!d.message.empty(), "diagnostic has a message");
    }
}

}  // namespace

void csv_reader(std::string_view input) {
    if (input.empty()) return;
    const unsigned char mode = static_cast<unsigned char>(input.front()) % 4;
    const std::string_view bytes = input.substr(1);
    if (data::find_invalid_utf8(bytes)) return;  // the loader rejects these before parsing
    const std::string_view text = data::strip_bom(bytes);
    if (mode == 0) {
        data::CsvReader reader(text);
        std::vector<data::CsvField> fields;
        for (;;) {
            const auto status = reader.next(fields);
            if (status == data::CsvReader::Status::end) break;
            if (status == data::CsvReader::Status::error) {
                check(reader.error().offset <= text.size(), "error offset inside the text");
                reader.position(reader.error().offset);
                continue;
            }
            check(!fields.empty(), "a record has at least one field");
            for (const data::CsvField& f : fields) {
                check(f.offset <= text.size(), "field offset inside the text");
                const data::TextPosition at = reader.position(f);
                check(at.line >= 1 && at.column >= 1, "field position is 1-based");
            }
        }
        return;
    }
    static const FixedManifest manifest;
    data::DiagnosticSink sink(20);
    data::CsvTable table(text, "t.csv", sink, 1000);
    if (mode == 1) {
        std::vector<data::DataPoint> points;
        std::vector<data::PointOrigin> origins;
        std::vector<data::SortEntry> order;
        data::read_figure_table(table, 0, manifest.index, points, origins, order);
        check(points.size() == origins.size() && points.size() == order.size(),
              "one origin and one sort entry per point");
        for (const data::DataPoint& p : points) {
            check(p.low.has_value() == p.high.has_value(), "low and high together");
            if (p.low) check(*p.low <= p.value && p.value <= *p.high, "value inside its range");
        }
    } else if (mode == 2) {
        std::vector<data::Site> sites;
        data::read_sites_table(table, manifest.index, sites);
        for (const data::Site& s : sites) check(s.lat >= -90 && s.lat <= 90, "latitude in range");
    } else {
        std::vector<data::Event> events;
        data::read_events_table(table, manifest.index, events);
    }
    check_diagnostics(sink, text);
}

void manifest(std::string_view input) {
    if (data::find_invalid_utf8(input)) return;
    const std::string_view text = data::strip_bom(input);
    data::DiagnosticSink sink(20);
    const auto parsed = data::parse_manifest(text, "dataset.json", sink);
    check(parsed.has_value() != sink.has_errors(), "a manifest is returned exactly when valid");
    if (parsed) {
        for (const std::string& table : parsed->tables)
            check(data::is_safe_relative_path(table), "accepted table paths stay inside");
    }
    check_diagnostics(sink, text);
}

void period(std::string_view input) {
    const data::PeriodParse parsed = data::parse_period(input);
    check(parsed.period.has_value() != !parsed.error.empty(), "a period or an error");
    if (!parsed.period) return;
    const data::Period& p = *parsed.period;
    check(p.start_year() < p.end_year(), "a period starts before it ends");
    const std::string text = p.to_string();
    const data::PeriodParse again = data::parse_period(text);
    check(again.period.has_value(), "printed period parses");
    check(*again.period == p, "printed period parses to the same period");
    check(data::period_order_key(*again.period) == data::period_order_key(p),
          "equal periods have equal keys");
    const data::Period next_year = data::Period::from_year(p.year + 1);
    check((p < next_year) == (data::period_order_key(p) < data::period_order_key(next_year)),
          "the key orders like the operator");
}

}  // namespace xrviz::fuzz
