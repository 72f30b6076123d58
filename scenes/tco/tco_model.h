#pragma once
// Total cost of ownership, owning GPUs against renting them in the cloud: a pure cost model
// (no rendering, no dataset), so every number the tco scene draws can be worked by hand.
// docs/tco.md has the formulas and where each default comes from.
//
// Utilisation and owned energy: owned GPUs are bought, installed and kept powered for the
// whole horizon, so the model charges their energy at full TDP for every hour of the year,
// used or not. That is an upper bound (an idle H100 draws less than its TDP), and it is
// deliberate: utilisation changes only what the cloud costs, which is the question this
// model answers ("how busy must owned GPUs be to beat renting?").
#include <optional>
#include <string_view>
#include <vector>

namespace xrviz::scenes::tco {

inline constexpr double kHoursPerYear = 8760.0;  // 365 x 24

// Field names are the ids validate() names and the scene's parameters use.
struct TcoInputs {
    double gpus = 0.0;                    // GPUs, >= 1
    double years = 0.0;                   // horizon, a whole number of years, 1..50
    double utilisation = 0.0;             // share of the year's hours the GPUs are used, 0..1
    double price = 0.0;                   // purchase price per GPU, USD, > 0
    double watts = 0.0;                   // power per GPU, W, >= 0
    double pue = 1.0;                     // power usage effectiveness, >= 1
    double usd_per_kwh = 0.0;             // electricity price, USD per kWh, >= 0
    double cloud_usd_per_gpu_hour = 0.0;  // rental price, USD per GPU-hour, >= 0
    double ops_overhead = 0.0;            // operations per year, fraction of hardware, >= 0
};

// Cumulative cost at the end of one year (year 0: the day of purchase).
struct TcoYear {
    int year = 0;
    double own_hardware = 0.0;    // USD, paid up front
    double own_energy = 0.0;      // USD
    double own_operations = 0.0;  // USD
    double cloud = 0.0;           // USD

    double own_total() const { return own_hardware + own_energy + own_operations; }
};

struct TcoResult {
    // Yearly rates, USD per year.
    double energy_per_year = 0.0;
    double operations_per_year = 0.0;
    double cloud_per_year = 0.0;
    std::vector<TcoYear> years;  // year 0 (purchase) to inputs.years
    // The first point (in fractional years) where owning has cost no more than renting,
    // interpolated linearly within the year; nothing when that never happens in the horizon.
    std::optional<double> break_even_year;
};

// Throws UsageError naming the first input outside its range (or not finite).
void validate(const TcoInputs& inputs);

// Throws as validate() does.
TcoResult compute_tco(const TcoInputs& inputs);

}  // namespace xrviz::scenes::tco
