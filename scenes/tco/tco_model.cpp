#include "scenes/tco/tco_model.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "engine/core/error.h"

namespace xrviz::scenes::tco {
namespace {

void require(bool ok, const char* input, const char* range, double value) {
    if (ok)
        return;
    char text[160];
    std::snprintf(text, sizeof text, "tco: %s must be %s, got %g", input, range, value);
    throw UsageError(text);
}

}  // namespace

void validate(const TcoInputs& in) {
    const auto at_least = [](double value, double min) {
        return std::isfinite(value) && value >= min;
    };
    require(at_least(in.gpus, 1.0), "gpus", ">= 1", in.gpus);
    require(at_least(in.years, 1.0) && in.years <= 50.0 && std::floor(in.years) == in.years,
            "years", "a whole number in 1..50", in.years);
    require(at_least(in.utilisation, 0.0) && in.utilisation <= 1.0, "utilisation", "in 0..1",
            in.utilisation);
    require(std::isfinite(in.price) && in.price > 0.0, "price", "> 0", in.price);
    require(at_least(in.watts, 0.0), "watts", ">= 0", in.watts);
    require(at_least(in.pue, 1.0), "pue", ">= 1", in.pue);
    require(at_least(in.usd_per_kwh, 0.0), "usd_per_kwh", ">= 0", in.usd_per_kwh);
    require(at_least(in.cloud_usd_per_gpu_hour, 0.0), "cloud_usd_per_gpu_hour", ">= 0",
            in.cloud_usd_per_gpu_hour);
    require(at_least(in.ops_overhead, 0.0), "ops_overhead", ">= 0", in.ops_overhead);
}

TcoResult compute_tco(const TcoInputs& in) {
    validate(in);
    TcoResult result;
    const double hardware = in.gpus * in.price;
    // Powered every hour of the year, used or not (see tco_model.h).
    const double facility_kw = in.gpus * in.watts / 1000.0 * in.pue;
    result.energy_per_year = facility_kw * kHoursPerYear * in.usd_per_kwh;
    result.operations_per_year = in.ops_overhead * hardware;
    result.cloud_per_year = kHoursPerYear * in.utilisation * in.gpus * in.cloud_usd_per_gpu_hour;

    const int years = static_cast<int>(in.years);
    for (int year = 0; year <= years; ++year) {
        result.years.push_back(TcoYear{
            .year = year,
            .own_hardware = hardware,
            .own_energy = year * result.energy_per_year,
            .own_operations = year * result.operations_per_year,
            .cloud = year * result.cloud_per_year,
        });
    }

    // Owning starts dearer (the hardware is paid on day 0); find the year in which the
    // difference first reaches zero and interpolate inside it.
    const auto gap = [](const TcoYear& y) { return y.own_total() - y.cloud; };
    if (gap(result.years.front()) <= 0.0) {
        result.break_even_year = 0.0;
        return result;
    }
    for (std::size_t i = 1; i < result.years.size(); ++i) {
        const double before = gap(result.years[i - 1]);
        const double after = gap(result.years[i]);
        if (after <= 0.0) {
            result.break_even_year = static_cast<double>(i - 1) + before / (before - after);
            break;
        }
    }
    return result;
}

}  // namespace xrviz::scenes::tco
