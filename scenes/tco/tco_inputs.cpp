#include "scenes/tco/tco_inputs.h"

#include <cstdio>

#include "engine/core/error.h"
#include "engine/data/units.h"

namespace xrviz::scenes::tco {
namespace {

// Slider ranges: wide enough for a lab and for a hyperscaler, with the default inside.
constexpr std::array<InputSpec, 9> kSpecs{{
    {"gpus", "GPUs", "GPUs", &TcoInputs::gpus, 8, 1'000'000, 1, true},
    {"years", "Horizon", "years", &TcoInputs::years, 1, 10, 1, false},
    {"utilisation", "Utilisation", "share of hours", &TcoInputs::utilisation, 0, 1, 0.01, false},
    {"price", "Price per GPU", "USD", &TcoInputs::price, 1'000, 100'000, 100, true},
    {"watts", "Power per GPU", "W", &TcoInputs::watts, 100, 2'000, 10, false},
    {"pue", "PUE", "", &TcoInputs::pue, 1, 2, 0.01, false},
    {"usd_per_kwh", "Electricity", "USD/kWh", &TcoInputs::usd_per_kwh, 0.01, 0.5, 0.005, false},
    {"cloud_usd_per_gpu_hour", "Cloud rental", "USD/GPU-hour", &TcoInputs::cloud_usd_per_gpu_hour,
     0.25, 15, 0.05, false},
    {"ops_overhead", "Operations", "of hardware/year", &TcoInputs::ops_overhead, 0, 0.5, 0.01,
     false},
}};

// The dataset's figures the model reads.
constexpr const char* kClusterSizeSeries = "genai_cluster_size";
constexpr const char* kPriceLowSeries = "h100_unit_price_low";
constexpr const char* kPriceHighSeries = "h100_unit_price_high";
constexpr const char* kTdpSeries = "h100_sxm_tdp";

// Every figure the dataset lacks, in one place. Each is shown with status "assumption"
// and never with a source; docs/tco.md explains the choice.
struct Assumption {
    std::string_view id;
    double value;
    std::string_view why;
};
constexpr std::array<Assumption, 6> kAssumptions{{
    {"years", 5, "about the useful life hyperscalers give servers (5-6 years)"},
    {"utilisation", 0.6, "a busy shared fleet: 60 % of the hours in use"},
    {"pue", 1.2, "between hyperscale facilities (about 1.1) and the industry average (about 1.5)"},
    {"usd_per_kwh", 0.08, "about the US industrial electricity price, 2023-2024"},
    {"cloud_usd_per_gpu_hour", 2.5,
     "H100 rental, committed use: on-demand prices run from about $2 to over $10"},
    {"ops_overhead", 0.1,
     "staff, maintenance, networking and space, as a share of the hardware price per year"},
}};

// The latest figure of a series in `unit`, with its provenance.
struct Figure {
    double value = 0.0;
    InputOrigin origin;
};

Figure read_figure(const data::Dataset& dataset, const char* series_id, std::string_view unit) {
    const data::Series* series = dataset.find_series(series_id);
    const auto points = dataset.values(series_id);
    if (!series || points.empty())
        fail("tco: dataset '" + dataset.title + "' has no figure for series " + series_id);
    const data::DataPoint& point = *points.back();
    const auto value = data::convert(point.value, series->unit, unit);
    if (!value) {
        fail("tco: series " + std::string(series_id) + " is in " + series->unit +
             ", which does not convert to " + std::string(unit));
    }
    Figure figure{.value = *value};
    figure.origin.origin = Origin::dataset;
    figure.origin.status = std::string(data::to_string(point.status));
    if (const data::Source* source = dataset.find_source(point.source)) {
        figure.origin.source_title = source->title;
        figure.origin.source_url = source->url;
    }
    figure.origin.note = series->label + " (" + point.period.to_string() + ")";
    if (!point.note.empty())
        figure.origin.note += ": " + point.note;
    return figure;
}

}  // namespace

std::span<const InputSpec> input_specs() {
    return kSpecs;
}

std::optional<std::size_t> find_input(std::string_view id) {
    for (std::size_t i = 0; i < kSpecs.size(); ++i) {
        if (kSpecs[i].id == id)
            return i;
    }
    return std::nullopt;
}

std::size_t input_index(std::string_view id) {
    if (const auto i = find_input(id))
        return *i;
    fail("tco: no input " + std::string(id));
}

TcoDefaults defaults_from(const data::Dataset& dataset) {
    TcoDefaults defaults;
    const auto set = [&](std::string_view id, double value, InputOrigin origin) {
        const std::size_t i = input_index(id);
        defaults.inputs.*kSpecs[i].field = value;
        defaults.origins[i] = std::move(origin);
    };
    for (const Assumption& a : kAssumptions) {
        set(a.id, a.value,
            InputOrigin{
                .origin = Origin::assumption, .status = "assumption", .note = std::string(a.why)});
    }
    const Figure cluster = read_figure(dataset, kClusterSizeSeries, "GPUs");
    set("gpus", cluster.value, cluster.origin);
    const Figure tdp = read_figure(dataset, kTdpSeries, "W");
    set("watts", tdp.value, tdp.origin);

    // One price from a low and a high estimate: their midpoint, derived, citing both.
    const Figure low = read_figure(dataset, kPriceLowSeries, "USD");
    const Figure high = read_figure(dataset, kPriceHighSeries, "USD");
    InputOrigin price = low.origin;
    price.status = "derived";
    price.note = "midpoint of two estimates, " + data::format_value(low.value, "USD") + " (" +
                 low.origin.status + ") and " + data::format_value(high.value, "USD") + " (" +
                 high.origin.status + ")";
    if (high.origin.source_title != low.origin.source_title)
        price.note += "; high: " + high.origin.source_title + " " + high.origin.source_url;
    set("price", (low.value + high.value) / 2.0, price);
    return defaults;
}

std::string format_input(const InputSpec& spec, double value) {
    char text[64];
    const std::string_view id = spec.id;
    if (id == "gpus")
        return data::format_value(value, "count") + " GPUs";
    if (id == "price")
        return "$" + data::format_value(value, "count");
    if (id == "years")
        std::snprintf(text, sizeof text, "%.0f %s", value, value == 1.0 ? "year" : "years");
    else if (id == "utilisation")
        std::snprintf(text, sizeof text, "%.0f %% of hours", value * 100.0);
    else if (id == "watts")
        std::snprintf(text, sizeof text, "%.0f W", value);
    else if (id == "pue")
        std::snprintf(text, sizeof text, "%.2f", value);
    else if (id == "usd_per_kwh")
        std::snprintf(text, sizeof text, "$%.3f/kWh", value);
    else if (id == "cloud_usd_per_gpu_hour")
        std::snprintf(text, sizeof text, "$%.2f/GPU-hour", value);
    else if (id == "ops_overhead")
        std::snprintf(text, sizeof text, "%.0f %% of hardware/year", value * 100.0);
    else
        std::snprintf(text, sizeof text, "%g", value);
    return text;
}

std::string describe_input(const InputSpec& spec, double value, const InputOrigin& origin) {
    // "24,576 GPUs" says what it is; "PUE 1.20" needs its name.
    const std::string name = spec.label == spec.unit ? "" : std::string(spec.label) + " ";
    return name + format_input(spec, value) + " (" + origin.status + ")";
}

}  // namespace xrviz::scenes::tco
