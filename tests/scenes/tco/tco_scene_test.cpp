// The tco scene over the bundled dataset, without a GPU: defaults read from the dataset,
// assumptions labelled as such, the stacked layout, and parameters.
#include "scenes/tco/tco_scene.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "engine/core/error.h"
#include "engine/data/units.h"
#include "scenes/viewer.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::tco {
namespace {

const Segment& segment(const Layout& layout, const char* series, int year) {
    for (const Segment& s : layout.segments) {
        if (s.series == series && s.year == year)
            return s;
    }
    throw std::runtime_error(std::string("no segment ") + series);
}

double latest(const data::Dataset& dataset, const char* series) {
    return dataset.values(series).back()->value;
}

std::string error_of(TcoScene& scene, std::string_view id, double value) {
    try {
        scene.set_parameter(id, value);
    } catch (const UsageError& e) {
        return e.what();
    }
    return "no error";
}

class TcoSceneTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dataset_); }
    std::shared_ptr<const data::Dataset> dataset_ = testing::bundled_dataset();
};

TEST_F(TcoSceneTest, DefaultsComeFromTheDatasetWhereItHasTheFigure) {
    const TcoScene scene(*dataset_);
    const TcoInputs& in = scene.layout().inputs;
    EXPECT_EQ(in.gpus, latest(*dataset_, "genai_cluster_size"));
    EXPECT_EQ(in.watts, latest(*dataset_, "h100_sxm_tdp"));
    EXPECT_EQ(in.price, (latest(*dataset_, "h100_unit_price_low") +
                         latest(*dataset_, "h100_unit_price_high")) /
                            2.0);
}

TEST_F(TcoSceneTest, AssumptionsAreLabelledAndNeverSourced) {
    const TcoDefaults defaults = defaults_from(*dataset_);
    for (std::size_t i = 0; i < input_specs().size(); ++i) {
        const std::string_view id = input_specs()[i].id;
        const InputOrigin& origin = defaults.origins[i];
        SCOPED_TRACE(std::string(id));
        const bool from_dataset = id == "gpus" || id == "watts" || id == "price";
        EXPECT_EQ(origin.origin, from_dataset ? Origin::dataset : Origin::assumption);
        if (from_dataset) {
            EXPECT_FALSE(origin.source_url.empty());
        } else {
            EXPECT_EQ(origin.status, "assumption");
            EXPECT_TRUE(origin.source_url.empty());
            EXPECT_TRUE(origin.source_title.empty());
            EXPECT_FALSE(origin.note.empty()) << "an assumption says why";
        }
    }
}

TEST_F(TcoSceneTest, SegmentStatusIsAssumptionWhenAnAssumptionFeedsIt) {
    TcoScene scene(*dataset_);
    const Segment& hardware = segment(scene.layout(), kHardwareSeries, 1);
    EXPECT_EQ(hardware.details.status, "derived");
    // Sourced from the price estimate, the first sourced input of its formula.
    EXPECT_EQ(hardware.details.source_url,
              dataset_->find_source(dataset_->values("h100_unit_price_low").back()->source)->url);
    const TcoInputs& in = scene.layout().inputs;
    const std::string expected_start =
        "End of year 1: price per GPU x GPUs. Inputs: Price per GPU $" +
        data::format_value(in.price, "count") + " (derived); " +
        data::format_value(in.gpus, "count") + " GPUs (reported).";
    EXPECT_EQ(hardware.details.note.find(expected_start), 0u) << hardware.details.note;
    const Segment& cloud = segment(scene.layout(), kCloudSeries, 1);
    EXPECT_EQ(cloud.details.status, "assumption");
    EXPECT_TRUE(cloud.details.source_url.empty());
    EXPECT_EQ(cloud.details.unit, "USD");
    EXPECT_EQ(cloud.details.period, "year 01");

    // Once the person has set both assumptions the cloud figure rests on, it is derived.
    scene.set_parameter("utilisation", 0.5);
    scene.set_parameter("cloud_usd_per_gpu_hour", 3.0);
    EXPECT_EQ(segment(scene.layout(), kCloudSeries, 1).details.status, "derived");
}

TEST_F(TcoSceneTest, OwnColumnsStackHardwareEnergyOperationsFromTheFloor) {
    const TcoScene scene(*dataset_);
    const Layout& layout = scene.layout();
    const int year = 3;
    const Segment& hardware = segment(layout, kHardwareSeries, year);
    const Segment& energy = segment(layout, kEnergySeries, year);
    const Segment& operations = segment(layout, kOperationsSeries, year);
    const auto bottom = [](const Segment& s) { return s.center.y - s.half_size.y; };
    const auto top = [](const Segment& s) { return s.center.y + s.half_size.y; };
    EXPECT_FLOAT_EQ(bottom(hardware), 0.0f);
    EXPECT_NEAR(bottom(energy), top(hardware), 1e-5);
    EXPECT_NEAR(bottom(operations), top(energy), 1e-5);
    const TcoYear& y = layout.result.years[year];
    EXPECT_NEAR(top(operations), layout.height_of(y.own_total()), 1e-5);
    EXPECT_NEAR(2 * energy.half_size.y, layout.height_of(y.own_energy), 1e-5);
    // Own on the left of the year, cloud on the right, one scale for both.
    const Segment& cloud = segment(layout, kCloudSeries, year);
    EXPECT_LT(hardware.center.x, layout.x_of_year(year));
    EXPECT_GT(cloud.center.x, layout.x_of_year(year));
    EXPECT_NEAR(2 * cloud.half_size.y, layout.height_of(y.cloud), 1e-5);
    EXPECT_GE(layout.ticks.top, layout.result.years.back().cloud);
}

TEST_F(TcoSceneTest, YearZeroHasOnlyTheHardware) {
    const TcoScene scene(*dataset_);
    const auto count = std::count_if(scene.layout().segments.begin(), scene.layout().segments.end(),
                                     [](const Segment& s) { return s.year == 0; });
    EXPECT_EQ(count, 1);
    EXPECT_EQ(segment(scene.layout(), kHardwareSeries, 0).series, kHardwareSeries);
}

TEST_F(TcoSceneTest, BreakEvenMarkerStandsAtTheModelsYear) {
    const TcoScene scene(*dataset_);
    const Layout& layout = scene.layout();
    ASSERT_TRUE(layout.result.break_even_year.has_value()) << "defaults break even in the horizon";
    ASSERT_TRUE(layout.break_even.has_value());
    EXPECT_FLOAT_EQ(layout.break_even->x, layout.x_of_year(*layout.result.break_even_year));
    char expected[48];
    std::snprintf(expected, sizeof expected, "break-even: year %.1f",
                  *layout.result.break_even_year);
    EXPECT_EQ(layout.break_even->label, expected);
}

TEST_F(TcoSceneTest, ZeroUtilisationDrawsNoCloudAndSaysThereIsNoBreakEven) {
    TcoScene scene(*dataset_);
    scene.set_parameter("utilisation", 0.0);
    const Layout& layout = scene.layout();
    EXPECT_FALSE(layout.break_even.has_value());
    EXPECT_EQ(layout.no_break_even,
              "no break-even within " + std::to_string(layout.last_year()) + " years");
    EXPECT_TRUE(std::none_of(layout.segments.begin(), layout.segments.end(),
                             [](const Segment& s) { return s.series == kCloudSeries; }));
    EXPECT_EQ(scene.pickables().size(), layout.segments.size());
}

TEST_F(TcoSceneTest, ParametersCoverTheNineInputsWithTheirValues) {
    const TcoScene scene(*dataset_);
    const auto parameters = scene.parameters();
    ASSERT_EQ(parameters.size(), 9u);
    for (const SceneParameter& p : parameters) {
        SCOPED_TRACE(p.id);
        EXPECT_LE(p.min, p.value);
        EXPECT_LE(p.value, p.max);
        EXPECT_FALSE(p.label.empty());
    }
    const auto find = [&](const char* id) {
        return *std::find_if(parameters.begin(), parameters.end(),
                             [&](const SceneParameter& p) { return p.id == id; });
    };
    EXPECT_TRUE(find("gpus").logarithmic);
    EXPECT_TRUE(find("price").logarithmic);
    EXPECT_EQ(find("gpus").value, latest(*dataset_, "genai_cluster_size"));
}

TEST_F(TcoSceneTest, SetParameterRejectsUnknownIdsAndValuesOutOfRange) {
    TcoScene scene(*dataset_);
    EXPECT_EQ(error_of(scene, "speed", 1.0),
              "scene \"tco\" has no parameter \"speed\" (parameters: gpus, years, utilisation, "
              "price, watts, pue, usd_per_kwh, cloud_usd_per_gpu_hour, ops_overhead)");
    EXPECT_EQ(error_of(scene, "gpus", 0.0), "scene \"tco\": gpus must be in 8..1000000, got 0");
    EXPECT_EQ(error_of(scene, "utilisation", 1.5),
              "scene \"tco\": utilisation must be in 0..1, got 1.5");
}

TEST_F(TcoSceneTest, SetParameterLaysOutAgainAndSnapsWholeNumbers) {
    TcoScene scene(*dataset_);
    scene.set_parameter("years", 7.4);
    EXPECT_EQ(scene.layout().last_year(), 7);
    EXPECT_EQ(scene.layout().result.years.size(), 8u);
    const double before = segment(scene.layout(), kCloudSeries, 7).details.value;
    scene.set_parameter("utilisation", 0.3);
    EXPECT_NEAR(segment(scene.layout(), kCloudSeries, 7).details.value, before * 0.3 / 0.6, 1e-3);
}

TEST_F(TcoSceneTest, ViewerKeepsTheSelectionOnTheSameFigureWhenAParameterChanges) {
    Viewer viewer(dataset_, "tco");
    const auto& layout = dynamic_cast<const TcoScene&>(viewer.scene()).layout();
    const Segment& cloud = segment(layout, kCloudSeries, 5);
    const glm::vec3 eye = cloud.center + glm::vec3(0.0f, 0.0f, 4.0f);
    viewer.select(render::Ray{eye, glm::vec3(0.0f, 0.0f, -1.0f)});
    ASSERT_TRUE(viewer.selection().has_value());
    ASSERT_EQ(viewer.selection()->series, kCloudSeries);
    const double before = viewer.selection()->value;
    viewer.set_parameter("cloud_usd_per_gpu_hour", 5.0);
    ASSERT_TRUE(viewer.selection().has_value());
    EXPECT_EQ(viewer.selection()->period, "year 05");
    EXPECT_NEAR(viewer.selection()->value, before * 2.0, 1e-3);
    // A figure that is gone takes the selection with it.
    viewer.set_parameter("utilisation", 0.0);
    EXPECT_FALSE(viewer.selection().has_value());
}

TEST_F(TcoSceneTest, ADatasetWithoutAFigureTheModelReadsIsAnErrorNamingTheSeries) {
    data::Dataset without = *dataset_;
    std::erase_if(without.points,
                  [](const data::DataPoint& p) { return p.series == "h100_sxm_tdp"; });
    try {
        defaults_from(without);
        ADD_FAILURE() << "no error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("has no figure for series h100_sxm_tdp"),
                  std::string::npos)
            << e.what();
    }
}

TEST(TcoLayout, TicksKeepTheirDigitsAndPeriodsSortAsText) {
    EXPECT_EQ(tick_text(0), "$0");
    EXPECT_EQ(tick_text(250e6), "$250M");
    EXPECT_EQ(tick_text(1.25e9), "$1.25B");
    EXPECT_EQ(tick_text(2e9), "$2B");
    EXPECT_EQ(tick_text(7'500), "$7.5k");
    EXPECT_EQ(period_of(3), "year 03");
    EXPECT_LT(period_of(9), period_of(10));
}

}  // namespace
}  // namespace xrviz::scenes::tco
