#include "scenes/skyline/skyline_layout.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "engine/core/error.h"
#include "engine/data/units.h"

namespace xrviz::scenes::skyline {
namespace {

glm::vec3 colour_of(const data::Series& series) {
    return glm::vec3(series.colour[0], series.colour[1], series.colour[2]);
}

const data::Series& require_series(const data::Dataset& dataset, const char* id) {
    const data::Series* series = dataset.find_series(id);
    if (!series) fail(std::string("skyline: dataset '") + dataset.title + "' has no series " + id);
    return *series;
}

}  // namespace

// The range issued last for a given year: guidance is revised during the year, and the
// newest range is the one to show.
const data::DataPoint* latest_guidance(const data::Dataset& dataset, int year,
                                       std::string_view series) {
    const data::DataPoint* latest = nullptr;
    for (const data::DataPoint* point : dataset.values(series)) {
        if (point->period.year != year || !point->low || !point->high) continue;
        if (!latest || point->period.issued > latest->period.issued) latest = point;
    }
    return latest;
}

std::string range_label(double low, double high, std::string_view unit) {
    std::string low_text = compact_value(low, unit);
    const std::string high_text = compact_value(high, unit);
    // "$125B" and "$145B" read as "$125–145B" when they share prefix and suffix.
    if (!low_text.empty() && !high_text.empty() && low_text.front() == '$' &&
        low_text.back() == high_text.back() && !std::isdigit(low_text.back())) {
        low_text.pop_back();
        return low_text + "\u2013" + high_text.substr(1);
    }
    return low_text + " \u2013 " + high_text;
}

std::string compact_value(double value, std::string_view unit) {
    std::string text = data::format_value(value, unit);
    // "$160.0B" -> "$160B": whole numbers on axes and in ranges read better bare.
    const auto dot = text.find(".0");
    if (dot != std::string::npos &&
        (dot + 2 == text.size() || !std::isdigit(static_cast<unsigned char>(text[dot + 2])))) {
        text.erase(dot, 2);
    }
    return text;
}

FigureDetails details_of(const data::Dataset& dataset, const data::DataPoint& point) {
    FigureDetails d;
    d.series = point.series;
    if (const data::Series* series = dataset.find_series(point.series)) {
        d.series_label = series->label;
        d.unit = series->unit;
    }
    d.period = point.period.to_string();
    d.value = point.value;
    d.low = point.low;
    d.high = point.high;
    d.display_value = point.low && point.high ? range_label(*point.low, *point.high, d.unit)
                                              : data::format_value(point.value, d.unit);
    d.status = std::string(data::to_string(point.status));
    if (const data::Source* source = dataset.find_source(point.source)) {
        d.source_title = source->title;
        d.source_url = source->url;
    }
    d.note = point.note;
    return d;
}

Layout make_layout(const data::Dataset& dataset) {
    const data::Series& capex = require_series(dataset, kCapexSeries);
    const data::Series& loss = require_series(dataset, kLossSeries);
    if (capex.unit != loss.unit) {
        fail("skyline: " + std::string(kCapexSeries) + " is in " + capex.unit + " but " +
             kLossSeries + " is in " + loss.unit + "; one axis needs one unit");
    }
    const auto capex_points = dataset.values(kCapexSeries);
    const auto loss_points = dataset.values(kLossSeries);
    if (capex_points.empty()) fail("skyline: series capex_annual has no values");

    Layout layout;
    layout.unit = capex.unit;
    layout.first_year = capex_points.front()->period.year;
    int last_data_year = capex_points.back()->period.year;
    for (const auto* p : loss_points) {
        layout.first_year = std::min(layout.first_year, p->period.year);
        last_data_year = std::max(last_data_year, p->period.year);
    }
    const data::DataPoint* guidance = latest_guidance(dataset, last_data_year + 1);
    layout.last_year = guidance ? last_data_year + 1 : last_data_year;

    double max_value = 0.0;
    for (const auto* list : {&capex_points, &loss_points}) {
        for (const auto* p : *list) max_value = std::max(max_value, p->value);
    }
    if (guidance) max_value = std::max(max_value, *guidance->high);
    layout.ticks = nice_ticks(max_value, 8);
    layout.metres_per_unit = kAxisHeight / static_cast<float>(layout.ticks.top);

    auto add_row = [&](const std::vector<const data::DataPoint*>& points,
                       const data::Series& series, float z) {
        for (const data::DataPoint* p : points) {
            if (p->period.granularity != data::Period::Granularity::year) continue;
            Bar bar;
            bar.series = series.id;
            bar.year = p->period.year;
            const float height = layout.height_of(p->value);
            bar.center = glm::vec3(layout.x_of_year(bar.year), height * 0.5f, z);
            bar.half_size = glm::vec3(kBarWidth * 0.5f, height * 0.5f, kBarWidth * 0.5f);
            bar.colour = colour_of(series);
            bar.older_basis = series.id == kCapexSeries && bar.year < kFirstYearWithFinanceLeases;
            bar.value_label = data::format_value(p->value, series.unit);
            bar.details = details_of(dataset, *p);
            if (bar.older_basis) {
                bar.value_label += "\u2020";
                bar.details.note =
                    "\u2020 Older basis: capital expenditures before Meta counted principal "
                    "payments on finance leases (from 2019 on). " +
                    bar.details.note;
            }
            layout.bars.push_back(std::move(bar));
        }
    };
    add_row(capex_points, capex, kCapexRowZ);
    add_row(loss_points, loss, kLossRowZ);

    if (guidance) {
        const data::Series& guidance_series = require_series(dataset, kGuidanceSeries);
        RangeBar range;
        range.year = guidance->period.year;
        const float low = layout.height_of(*guidance->low);
        const float high = layout.height_of(*guidance->high);
        range.center = glm::vec3(layout.x_of_year(range.year), (low + high) * 0.5f, kCapexRowZ);
        range.half_size = glm::vec3(kBarWidth * 0.5f, (high - low) * 0.5f, kBarWidth * 0.5f);
        range.colour = colour_of(guidance_series);
        range.details = details_of(dataset, *guidance);
        range.label = range.details.display_value + " guidance";
        if (guidance->period.issued) {
            const data::Date& d = *guidance->period.issued;
            char text[32];
            std::snprintf(text, sizeof(text), "issued %04d-%02d-%02d", d.year, d.month, d.day);
            range.issued = text;
        }
        layout.guidance = std::move(range);
    }
    return layout;
}

}  // namespace xrviz::scenes::skyline
