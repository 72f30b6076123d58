#include "scenes/tco/tco_layout.h"

#include <algorithm>
#include <cstdio>
#include <initializer_list>

#include "engine/data/units.h"

namespace xrviz::scenes::tco {
namespace {

constexpr const char* kUsd = "USD";

// The details of one segment: the formula with the inputs it used, and the weakest
// provenance among them (an assumption makes the whole figure one).
struct Formula {
    const char* text;                           // "GPUs x price"
    std::initializer_list<const char*> inputs;  // ids, in the formula's order
    const char* why = "";
};

FigureDetails details_for(const Layout& layout, const std::array<InputOrigin, 9>& origins,
                          const SegmentStyle& style, int year, double value,
                          const Formula& formula) {
    FigureDetails d;
    d.series = style.series;
    d.series_label = std::string(style.label) + " (cumulative)";
    d.period = period_of(year);
    d.value = value;
    d.unit = kUsd;
    d.display_value = data::format_value(value, kUsd);
    bool any_assumption = false;
    const InputOrigin* sourced = nullptr;
    std::string inputs;
    for (const char* id : formula.inputs) {
        const std::size_t i = input_index(id);
        const InputOrigin& origin = origins[i];
        any_assumption |= origin.origin == Origin::assumption;
        if (!sourced && origin.origin == Origin::dataset)
            sourced = &origin;
        inputs += (inputs.empty() ? "" : "; ") +
                  describe_input(input_specs()[i], layout.inputs.*input_specs()[i].field, origin);
    }
    d.status = any_assumption ? "assumption" : "derived";
    if (any_assumption) {
        // Never shown as sourced: the assumptions are ours (docs/tco.md).
        d.source_title = "xrviz cost model assumptions (docs/tco.md)";
    } else if (sourced) {
        d.source_title = sourced->source_title;
        d.source_url = sourced->source_url;
    }
    d.note = "End of year " + std::to_string(year) + ": " + formula.text + ". Inputs: " + inputs +
             "." + formula.why;
    return d;
}

}  // namespace

const std::array<SegmentStyle, 4>& segment_styles() {
    static const std::array<SegmentStyle, 4> styles{{
        {kHardwareSeries, "Own: hardware (paid up front)", {0.16f, 0.38f, 0.85f}},
        {kEnergySeries, "Own: energy", {0.95f, 0.62f, 0.12f}},
        {kOperationsSeries, "Own: operations", {0.58f, 0.36f, 0.82f}},
        {kCloudSeries, "Cloud: rental for the hours used", {0.12f, 0.72f, 0.55f}},
    }};
    return styles;
}

std::string tick_text(double usd) {
    char text[32];
    if (usd >= 1e9)
        std::snprintf(text, sizeof text, "$%gB", usd / 1e9);
    else if (usd >= 1e6)
        std::snprintf(text, sizeof text, "$%gM", usd / 1e6);
    else if (usd >= 1e3)
        std::snprintf(text, sizeof text, "$%gk", usd / 1e3);
    else
        std::snprintf(text, sizeof text, "$%g", usd);
    return text;
}

std::string period_of(int year) {
    char text[16];
    std::snprintf(text, sizeof text, "year %02d", year);
    return text;
}

Layout make_layout(const TcoInputs& inputs, const std::array<InputOrigin, 9>& origins) {
    Layout layout;
    layout.inputs = inputs;
    layout.result = compute_tco(inputs);
    double max_value = 0.0;
    for (const TcoYear& y : layout.result.years)
        max_value = std::max({max_value, y.own_total(), y.cloud});
    layout.ticks = nice_ticks(max_value, 6);
    layout.metres_per_usd = kAxisHeight / static_cast<float>(layout.ticks.top);

    const auto& styles = segment_styles();
    // The first input with a dataset source gives the segment its source: the price for
    // the hardware.
    const Formula hardware{"price per GPU x GPUs", {"price", "gpus"}, " Paid on day 0."};
    const Formula energy{
        "years x GPUs x power x PUE x 8,760 h x electricity price",
        {"gpus", "watts", "pue", "usd_per_kwh"},
        " Owned GPUs are powered every hour, used or not, so utilisation does not lower it."};
    const Formula operations{"years x operations share x GPUs x price per GPU",
                             {"ops_overhead", "gpus", "price"}};
    const Formula cloud{"years x 8,760 h x utilisation x GPUs x rental per GPU-hour",
                        {"utilisation", "gpus", "cloud_usd_per_gpu_hour"},
                        " Only the hours used are rented."};

    for (const TcoYear& y : layout.result.years) {
        const float x = layout.x_of_year(y.year);
        float base = 0.0f;
        const auto add = [&](const SegmentStyle& style, float column_x, double value,
                             const Formula& formula) {
            const float height = layout.height_of(value);
            if (height <= 0.0f)
                return;  // nothing spent yet: no box, nothing to pick
            Segment s;
            s.series = style.series;
            s.year = y.year;
            s.center = glm::vec3(column_x, base + height * 0.5f, 0.0f);
            s.half_size = glm::vec3(kColumnWidth * 0.5f, height * 0.5f, kColumnWidth * 0.5f);
            s.colour = style.colour;
            s.details = details_for(layout, origins, style, y.year, value, formula);
            layout.segments.push_back(std::move(s));
            base += height;
        };
        const float own_x = x - kColumnOffset;
        add(styles[0], own_x, y.own_hardware, hardware);
        add(styles[1], own_x, y.own_energy, energy);
        add(styles[2], own_x, y.own_operations, operations);
        layout.totals.push_back(
            {glm::vec3(own_x, base, 0.0f), y.own_total(), data::format_value(y.own_total(), kUsd)});
        base = 0.0f;
        const float cloud_x = x + kColumnOffset;
        add(styles[3], cloud_x, y.cloud, cloud);
        layout.totals.push_back(
            {glm::vec3(cloud_x, base, 0.0f), y.cloud, data::format_value(y.cloud, kUsd)});
    }

    if (const auto& year = layout.result.break_even_year) {
        char text[48];
        std::snprintf(text, sizeof text, "break-even: year %.1f", *year);
        layout.break_even = BreakEven{*year, layout.x_of_year(*year), text};
    } else {
        char text[64];
        std::snprintf(text, sizeof text, "no break-even within %d year%s", layout.last_year(),
                      layout.last_year() == 1 ? "" : "s");
        layout.no_break_even = text;
    }
    return layout;
}

}  // namespace xrviz::scenes::tco
