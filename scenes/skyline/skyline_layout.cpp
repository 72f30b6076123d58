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
