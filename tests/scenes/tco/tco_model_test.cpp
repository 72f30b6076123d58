#include "scenes/tco/tco_model.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <string_view>

#include "engine/core/error.h"

namespace xrviz::scenes::tco {
namespace {

// The worked example of docs/tco.md.
TcoInputs worked_example() {
    return TcoInputs{
        .gpus = 1000,
        .years = 4,
        .utilisation = 0.6,
        .price = 25'000,
        .watts = 700,
        .pue = 1.2,
        .usd_per_kwh = 0.08,
        .cloud_usd_per_gpu_hour = 2.5,
        .ops_overhead = 0.05,
    };
}

// By hand:
//   hardware   = 1000 x $25,000                              = $25,000,000 on day 0
//   energy/yr  = 1000 x 0.7 kW x 1.2 x 8760 h x $0.08/kWh
//              = 1000 x 7358.4 kWh x $0.08                   = $588,672
//   ops/yr     = 0.05 x $25,000,000                          = $1,250,000
//   cloud/yr   = 8760 h x 0.6 x 1000 x $2.50                 = $13,140,000
//   own:   y0 25,000,000  y1 26,838,672  y2 28,677,344  y3 30,516,016  y4 32,354,688
//   cloud: y0 0           y1 13,140,000  y2 26,280,000  y3 39,420,000  y4 52,560,000
//   own - cloud: y2 +2,397,344, y3 -8,903,984
//   break-even = 2 + 2,397,344 / (2,397,344 + 8,903,984) = 2 + 2,397,344 / 11,301,328
//              = 2.212129... (the same as 25,000,000 / (13,140,000 - 1,838,672))
TEST(TcoModel, WorkedExampleMatchesTheHandCalculation) {
    const TcoResult r = compute_tco(worked_example());
    EXPECT_NEAR(r.energy_per_year, 588'672.0, 1e-6);
    EXPECT_NEAR(r.operations_per_year, 1'250'000.0, 1e-6);
    EXPECT_NEAR(r.cloud_per_year, 13'140'000.0, 1e-6);
    ASSERT_EQ(r.years.size(), 5u);

    const double own[] = {25'000'000, 26'838'672, 28'677'344, 30'516'016, 32'354'688};
    const double cloud[] = {0, 13'140'000, 26'280'000, 39'420'000, 52'560'000};
    for (int y = 0; y <= 4; ++y) {
        SCOPED_TRACE("year " + std::to_string(y));
        EXPECT_EQ(r.years[y].year, y);
        EXPECT_NEAR(r.years[y].own_total(), own[y], 1e-4);
        EXPECT_NEAR(r.years[y].cloud, cloud[y], 1e-4);
        EXPECT_DOUBLE_EQ(r.years[y].own_hardware, 25'000'000.0);
    }
    EXPECT_NEAR(r.years[3].own_energy, 3 * 588'672.0, 1e-6);
    EXPECT_NEAR(r.years[3].own_operations, 3 * 1'250'000.0, 1e-6);

    ASSERT_TRUE(r.break_even_year.has_value());
    EXPECT_NEAR(*r.break_even_year, 2.0 + 2'397'344.0 / 11'301'328.0, 1e-9);
    EXPECT_NEAR(*r.break_even_year, 2.2121, 1e-4);
}

TEST(TcoModel, UtilisationChangesTheCloudOnlyBecauseOwnedGpusArePoweredAllYear) {
    TcoInputs busy = worked_example();
    TcoInputs idle = worked_example();
    idle.utilisation = 0.3;
    const TcoResult a = compute_tco(busy);
    const TcoResult b = compute_tco(idle);
    EXPECT_DOUBLE_EQ(a.energy_per_year, b.energy_per_year);
    EXPECT_DOUBLE_EQ(a.years.back().own_total(), b.years.back().own_total());
    EXPECT_NEAR(b.cloud_per_year, a.cloud_per_year / 2.0, 1e-6);
}

TEST(TcoModel, ZeroUtilisationCostsNothingInTheCloudAndNeverBreaksEven) {
    TcoInputs in = worked_example();
    in.utilisation = 0.0;
    const TcoResult r = compute_tco(in);
    EXPECT_EQ(r.cloud_per_year, 0.0);
    for (const TcoYear& y : r.years)
        EXPECT_EQ(y.cloud, 0.0);
    EXPECT_FALSE(r.break_even_year.has_value());
}

// Chosen so every number is exact in binary:
//   hardware = 1 x $8,760; energy/yr = 1 x 1 kW x 1.0 x 8760 h x $0.50 = $4,380
//   cloud/yr = 8760 h x 1.0 x 1 x $1.00 = $8,760; no operations
//   own: 8760, 13140, 17520; cloud: 0, 8760, 17520 -> equal at the end of year 2 exactly.
TEST(TcoModel, BreakEvenExactlyAtAYearBoundary) {
    const TcoInputs in{.gpus = 1,
                       .years = 3,
                       .utilisation = 1.0,
                       .price = 8760,
                       .watts = 1000,
                       .pue = 1.0,
                       .usd_per_kwh = 0.5,
                       .cloud_usd_per_gpu_hour = 1.0,
                       .ops_overhead = 0.0};
    const TcoResult r = compute_tco(in);
    EXPECT_EQ(r.years[2].own_total(), 17'520.0);
    EXPECT_EQ(r.years[2].cloud, 17'520.0);
    ASSERT_TRUE(r.break_even_year.has_value());
    EXPECT_EQ(*r.break_even_year, 2.0);
}

TEST(TcoModel, BreakEvenAfterTheHorizonIsNone) {
    TcoInputs in = worked_example();
    in.years = 2;  // break-even would come at 2.21
    EXPECT_FALSE(compute_tco(in).break_even_year.has_value());
    in.years = 3;
    EXPECT_TRUE(compute_tco(in).break_even_year.has_value());
}

TEST(TcoModel, CloudCheaperToRunThanOwningNeverBreaksEven) {
    TcoInputs in = worked_example();
    in.cloud_usd_per_gpu_hour = 0.25;  // $1,314,000/yr < $1,838,672/yr to run owned GPUs
    in.years = 50;
    EXPECT_FALSE(compute_tco(in).break_even_year.has_value());
}

struct Invalid {
    double TcoInputs::*field;
    double value;
    const char* message;
};

class TcoModelInvalid : public ::testing::TestWithParam<Invalid> {};

TEST_P(TcoModelInvalid, ThrowsUsageErrorNamingTheInput) {
    TcoInputs in = worked_example();
    in.*GetParam().field = GetParam().value;
    try {
        compute_tco(in);
        ADD_FAILURE() << "no error for " << GetParam().message;
    } catch (const UsageError& e) {
        EXPECT_EQ(std::string(e.what()), GetParam().message);
    }
}

INSTANTIATE_TEST_SUITE_P(
    EachInput, TcoModelInvalid,
    ::testing::Values(
        Invalid{&TcoInputs::gpus, 0, "tco: gpus must be >= 1, got 0"},
        Invalid{&TcoInputs::years, 0, "tco: years must be a whole number in 1..50, got 0"},
        Invalid{&TcoInputs::years, 2.5, "tco: years must be a whole number in 1..50, got 2.5"},
        Invalid{&TcoInputs::utilisation, 1.5, "tco: utilisation must be in 0..1, got 1.5"},
        Invalid{&TcoInputs::utilisation, -0.1, "tco: utilisation must be in 0..1, got -0.1"},
        Invalid{&TcoInputs::price, 0, "tco: price must be > 0, got 0"},
        Invalid{&TcoInputs::watts, -1, "tco: watts must be >= 0, got -1"},
        Invalid{&TcoInputs::pue, 0.9, "tco: pue must be >= 1, got 0.9"},
        Invalid{&TcoInputs::usd_per_kwh, -0.01, "tco: usd_per_kwh must be >= 0, got -0.01"},
        Invalid{&TcoInputs::cloud_usd_per_gpu_hour, std::numeric_limits<double>::infinity(),
                "tco: cloud_usd_per_gpu_hour must be >= 0, got inf"},
        Invalid{&TcoInputs::ops_overhead, std::numeric_limits<double>::quiet_NaN(),
                "tco: ops_overhead must be >= 0, got nan"}),
    [](const ::testing::TestParamInfo<Invalid>& param) {
        // "gpus_0", "years_2_5": the input and the value, stable across builds.
        std::string name(std::string_view(param.param.message).substr(5));
        name = name.substr(0, name.find(' ')) + "_" + std::to_string(param.index);
        return name;
    });

}  // namespace
}  // namespace xrviz::scenes::tco
