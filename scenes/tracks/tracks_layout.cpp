#include "scenes/tracks/tracks_layout.h"

#include <algorithm>
#include <cstdio>

#include "engine/core/error.h"
#include "engine/data/units.h"
#include "scenes/skyline/skyline_layout.h"

namespace xrviz::scenes::tracks {
namespace {

using scenes::compact_value;
using skyline::kFirstYearWithFinanceLeases;

const data::Series& require_series(const data::Dataset& dataset, const char* id) {
    const data::Series* series = dataset.find_series(id);
    if (!series)
        fail(std::string("tracks: dataset '") + dataset.title + "' has no series " + id);
    return *series;
}

std::string span_of(int first, int last) {
    return first == last ? std::to_string(first)
                         : std::to_string(first) + "\u2013" + std::to_string(last);
}

// A sum is never better than its parts: derived from reported or derived values, an
// estimate as soon as one part is.
data::ValueStatus status_of_sum(const std::vector<const data::DataPoint*>& parts) {
    for (const data::DataPoint* p : parts) {
        if (p->status == data::ValueStatus::estimate || p->status == data::ValueStatus::guidance)
            return data::ValueStatus::estimate;
    }
    return data::ValueStatus::derived;
}

bool older_basis(const data::DataPoint& point) {
    return point.series == kCapexSeries && point.period.year < kFirstYearWithFinanceLeases;
}

// Titles of the distinct sources of the summed values, and their addresses, one a line,
// each with the years it gave ("2020, 2021: ...").
void add_sources(const data::Dataset& dataset, const std::vector<const data::DataPoint*>& parts,
                 FigureDetails& d) {
    struct Cited {
        const data::Source* source;
        std::string years;
    };
    std::vector<Cited> cited;
    for (const data::DataPoint* p : parts) {
        const data::Source* source = dataset.find_source(p->source);
        if (!source)
            continue;
        const auto it = std::find_if(cited.begin(), cited.end(),
                                     [&](const Cited& c) { return c.source == source; });
        const std::string year = std::to_string(p->period.year);
        if (it == cited.end()) {
            cited.push_back({source, year});
        } else {
            it->years += ", " + year;
        }
    }
    for (const Cited& c : cited) {
        d.source_title += (d.source_title.empty() ? "" : "\n") + c.years + ": " + c.source->title;
        d.source_url += (d.source_url.empty() ? "" : "\n") + c.years + ": " + c.source->url;
    }
}

FigureDetails details_of_sum(const data::Dataset& dataset, const data::Series& series,
                             const std::vector<const data::DataPoint*>& parts, double total,
                             const std::string& track_label) {
    const int first = parts.front()->period.year;
    const int last = parts.back()->period.year;
    FigureDetails d;
    d.series = series.id == kCapexSeries ? kCapexTrack : kLossTrack;
    d.series_label = track_label + ", " + span_of(first, last);
    d.period = std::to_string(last);
    d.value = total;
    d.unit = series.unit;
    d.display_value = data::format_value(total, series.unit);
    d.status = std::string(data::to_string(status_of_sum(parts)));
    d.note = "Sum of " + series.id + " (" + series.label + ") for " + span_of(first, last) + ": ";
    bool any_older = false;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        d.note += (i ? " + " : "") + std::to_string(parts[i]->period.year) + " " +
                  data::format_value(parts[i]->value, series.unit) +
                  (older_basis(*parts[i]) ? "\u2020" : "");
        any_older = any_older || older_basis(*parts[i]);
    }
    d.note += " = " + d.display_value + ".";
    if (series.id == kLossSeries) {
        d.note += " Reality Labs annual losses in this dataset start in " + std::to_string(first) +
                  "; earlier years are not counted.";
    }
    if (any_older) {
        d.note +=
            " \u2020 Older basis: capital expenditures before Meta counted principal "
            "payments on finance leases (from " +
            std::to_string(kFirstYearWithFinanceLeases) + " on).";
    }
    add_sources(dataset, parts, d);
    return d;
}

// Running totals of one annual series, one bar per year from its first.
void add_track(const data::Dataset& dataset, const data::Series& series, const char* track,
               const std::string& track_label, float z, Layout& layout) {
    std::vector<const data::DataPoint*> parts;
    double total = 0.0;
    for (const data::DataPoint* p : dataset.values(series.id)) {
        if (p->period.granularity != data::Period::Granularity::year || p->period.issued)
            continue;
        if (!parts.empty() && p->period.year != parts.back()->period.year + 1) {
            fail("tracks: " + series.id + " has no value for " +
                 std::to_string(parts.back()->period.year + 1) + " between " +
                 std::to_string(parts.back()->period.year) + " and " +
                 std::to_string(p->period.year) + "; a running total would hide the gap");
        }
        parts.push_back(p);
        const double carried = total;
        total += p->value;
        CumulativeBar bar;
        bar.track = track;
        bar.series = series.id;
        bar.first_year = parts.front()->period.year;
        bar.year = p->period.year;
        bar.total = total;
        bar.added = p->value;
        bar.colour = glm::vec3(series.colour[0], series.colour[1], series.colour[2]);
        bar.includes_older_basis = older_basis(*parts.front());
        bar.total_label =
            compact_value(total, series.unit) + (bar.includes_older_basis ? "\u2020" : "");
        bar.span_label = span_of(bar.first_year, bar.year);
        bar.carried_height = layout.height_of(carried);
        const float height = layout.height_of(total);
        bar.center = {layout.x_of_year(bar.year), height * 0.5f, z};
        bar.half_size = {kBarWidth * 0.5f, height * 0.5f, kBarWidth * 0.5f};
        bar.details = details_of_sum(dataset, series, parts, total, track_label);
        layout.bars.push_back(std::move(bar));
    }
    if (parts.empty())
        fail("tracks: series " + series.id + " has no annual values");
}

std::string issued_text(const data::Period& period) {
    if (!period.issued)
        return "";
    char text[32];
    std::snprintf(text, sizeof(text), "issued %04d-%02d-%02d", period.issued->year,
                  period.issued->month, period.issued->day);
    return text;
}

GuidanceRange make_guidance(const data::Dataset& dataset, const Layout& layout,
                            const CumulativeBar& last, const data::DataPoint& g) {
    GuidanceRange range;
    range.year = g.period.year;
    range.low_total = last.total + *g.low;
    range.high_total = last.total + *g.high;
    const float low = layout.height_of(range.low_total);
    const float high = layout.height_of(range.high_total);
    range.center = {layout.x_of_year(range.year), (low + high) * 0.5f, kCapexTrackZ};
    range.half_size = {kBarWidth * 0.5f, (high - low) * 0.5f, kBarWidth * 0.5f};
    const data::Series& series = require_series(dataset, kGuidanceSeries);
    range.colour = glm::vec3(series.colour[0], series.colour[1], series.colour[2]);
    const std::string guidance_text = scenes::range_label(*g.low, *g.high, layout.unit);
    range.label = scenes::range_label(range.low_total, range.high_total, layout.unit) +
                  (last.includes_older_basis ? "\u2020" : "") + " if " +
                  std::to_string(range.year) + " lands in guidance";
    range.detail = last.span_label + " total + " + std::to_string(range.year) + " guidance " +
                   guidance_text + "\n(" + issued_text(g.period) + ")";

    FigureDetails d = scenes::details_of(dataset, g);
    d.series_label = "Capex running total " + span_of(last.first_year, range.year) + " with the " +
                     std::to_string(range.year) + " guidance range";
    d.period = std::to_string(range.year);
    d.value = (range.low_total + range.high_total) * 0.5;
    d.low = range.low_total;
    d.high = range.high_total;
    d.display_value = scenes::range_label(range.low_total, range.high_total, layout.unit);
    d.note = "Running total " + last.span_label + " (" + last.details.display_value + ", " +
             last.details.status + ") plus the latest " + std::to_string(range.year) +
             " capex guidance " + guidance_text + " (" + issued_text(g.period) +
             "). A range, not a result: where the total lands if " + std::to_string(range.year) +
             " capex falls inside the guidance. " + g.note;
    range.details = std::move(d);
    return range;
}

}  // namespace

Layout make_layout(const data::Dataset& dataset) {
    const data::Series& capex = require_series(dataset, kCapexSeries);
    const data::Series& loss = require_series(dataset, kLossSeries);
    if (capex.unit != loss.unit) {
        fail("tracks: " + std::string(kCapexSeries) + " is in " + capex.unit + " but " +
             kLossSeries + " is in " + loss.unit + "; one axis needs one unit");
    }
    Layout layout;
    layout.unit = capex.unit;
    const auto capex_points = dataset.values(kCapexSeries);
    const auto loss_points = dataset.values(kLossSeries);
    if (capex_points.empty() || loss_points.empty())
        fail("tracks: capex_annual and reality_labs_operating_loss_annual both need values");

    // The scale needs the largest total first: sum once, lay out after.
    double capex_total = 0.0, loss_total = 0.0;
    for (const auto* p : capex_points)
        capex_total += p->value;
    for (const auto* p : loss_points)
        loss_total += p->value;
    layout.first_year =
        std::min(capex_points.front()->period.year, loss_points.front()->period.year);
    const int last_data_year =
        std::max(capex_points.back()->period.year, loss_points.back()->period.year);
    const data::DataPoint* guidance = skyline::latest_guidance(dataset, last_data_year + 1);
    layout.last_year = guidance ? last_data_year + 1 : last_data_year;
    const double top = std::max(capex_total + (guidance ? *guidance->high : 0.0), loss_total);
    layout.ticks = nice_ticks(top, 8);
    layout.metres_per_unit = kAxisHeight / static_cast<float>(layout.ticks.top);

    add_track(dataset, capex, kCapexTrack, "Capex running total", kCapexTrackZ, layout);
    add_track(dataset, loss, kLossTrack, "Reality Labs operating loss running total", kLossTrackZ,
              layout);
    if (guidance) {
        const auto last_capex =
            std::find_if(layout.bars.rbegin(), layout.bars.rend(),
                         [](const CumulativeBar& b) { return b.track == kCapexTrack; });
        if (last_capex->year == last_data_year)
            layout.guidance = make_guidance(dataset, layout, *last_capex, *guidance);
    }

    const auto reported = dataset.values(kReportedCumulativeLossSeries);
    if (!reported.empty()) {
        const data::DataPoint& p = *reported.back();
        ReportedMark mark;
        mark.year = p.period.year;
        mark.value = p.value;
        const float y = layout.height_of(p.value);
        mark.center = {layout.x_of_year(mark.year), y, kLossTrackZ};
        mark.half_size = {kBarWidth * 0.5f + 0.06f, 0.012f, kBarWidth * 0.5f + 0.06f};
        mark.details = scenes::details_of(dataset, p);
        const data::Series* series = dataset.find_series(kReportedCumulativeLossSeries);
        const auto at = series ? series->label.rfind(" since ") : std::string::npos;
        const std::string since =
            at == std::string::npos ? ", " + p.period.to_string() : series->label.substr(at);
        mark.label = "Meta: " + data::format_value(p.value, layout.unit) + since;
        layout.reported_loss = std::move(mark);
    }
    return layout;
}

}  // namespace xrviz::scenes::tracks
