// The hall's figures, totals and rack placement, checked against the bundled dataset's
// own values (read here independently of the layout) and against each other.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "engine/core/error.h"
#include "engine/data/units.h"
#include "scenes/hall/hall_layout.h"
#include "scenes/hall/hall_scene.h"
#include "scenes/hall/hall_text.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::hall {
namespace {

double figure(const char* series) {
    const auto points = xrviz::scenes::testing::bundled_dataset()->values(series);
    EXPECT_FALSE(points.empty()) << series;
    return points.back()->value;
}

HallLayout layout_for(std::uint32_t gpus) {
    return make_layout(read_figures(*xrviz::scenes::testing::bundled_dataset()), gpus);
}

double gpus_per_hall_from_dataset() {
    return figure(kGpusPerServerSeries) * figure(kServersPerRackSeries) *
           figure(kRacksPerHallSeries);
}

TEST(HallLayout, HallHoldsTheDatasetsServersRacksAndGpus) {
    const HallLayout l = layout_for(1000);
    EXPECT_EQ(l.figures.gpus_per_server, figure(kGpusPerServerSeries));
    EXPECT_EQ(l.figures.servers_per_rack, figure(kServersPerRackSeries));
    EXPECT_EQ(l.gpus_per_hall, gpus_per_hall_from_dataset());
    EXPECT_EQ(l.fleet.racks_per_row * l.fleet.rows_per_hall, figure(kRacksPerHallSeries))
        << "every row of a full hall is full";
}

TEST(HallLayout, HallsNeededForTheTargetComeFromTheDatasetsFigures) {
    const FleetTotals t = layout_for(1).target();
    const double target = figure(kTargetSeries);
    EXPECT_DOUBLE_EQ(t.gpus, target);
    EXPECT_NEAR(t.halls, target / gpus_per_hall_from_dataset(), 1e-9);
    EXPECT_GT(t.halls, 1.0);
}

TEST(HallLayout, MegawattsAreGpuPowerAtTheTdp) {
    const FleetTotals t = layout_for(1).target();
    EXPECT_NEAR(t.megawatts, figure(kTargetSeries) * figure(kGpuPowerSeries) / 1e6, 1e-9);
}

TEST(HallLayout, DollarsAreARangeFromTheLowAndHighUnitPrices) {
    const FleetTotals t = layout_for(1).target();
    EXPECT_DOUBLE_EQ(t.cost_low, figure(kTargetSeries) * figure(kPriceLowSeries));
    EXPECT_DOUBLE_EQ(t.cost_high, figure(kTargetSeries) * figure(kPriceHighSeries));
    EXPECT_LT(t.cost_low, t.cost_high);
}

TEST(HallLayout, CounterSaysTheTotalsWithUnits) {
    const HallLayout l = layout_for(1);
    const FleetTotals t = l.target();
    const CounterText c = counter_text(l);
    EXPECT_NE(c.headline.find(halls_text(t.halls)), std::string::npos) << c.headline;
    EXPECT_NE(c.power.find(data::format_value(t.megawatts, "MW")), std::string::npos) << c.power;
    EXPECT_NE(c.cost.find(cost_range_text(t.cost_low, t.cost_high)), std::string::npos) << c.cost;
    EXPECT_NE(c.target.find(data::format_value(figure(kTargetSeries), "count")), std::string::npos)
        << c.target;
}

TEST(HallLayout, RackIndexAndPositionRoundTripAcrossHalls) {
    const HallLayout l = layout_for(kMaxGpus);
    ASSERT_GT(l.halls, 2u);
    const std::uint32_t per_row = l.fleet.racks_per_row;
    const std::uint32_t per_hall = l.figures.racks_per_hall;
    for (const std::uint32_t rack :
         {0u, 1u, per_row - 1, per_row, 2 * per_row + 3, per_hall - 1, per_hall,
          per_hall + per_row + 1, 3 * per_hall + 17, l.racks - 1}) {
        const glm::vec3 p = l.rack_position(rack);
        // Anywhere on the footprint, not only its centre.
        for (const glm::vec3 offset :
             {glm::vec3(0.0f), glm::vec3(0.29f, 0.0f, 0.5f), glm::vec3(-0.29f, 0.0f, -0.5f)}) {
            const auto back = l.rack_at(p + offset);
            ASSERT_TRUE(back.has_value()) << "rack " << rack;
            EXPECT_EQ(*back, rack);
        }
    }
}

TEST(HallLayout, AislesAndTheSpaceBeyondTheLastRackHoldNoRack) {
    const HallLayout l = layout_for(1000);
    const float x = l.rack_position(0).x;
    EXPECT_FALSE(l.rack_at({x, 0.0f, l.cold_aisle_z(0, 1)}).has_value());
    EXPECT_FALSE(l.rack_at({x, 0.0f, l.hot_aisle_z(0, 0)}).has_value());
    EXPECT_FALSE(l.rack_at({-1.0f, 0.0f, l.rack_position(0).z}).has_value());
    const std::uint32_t last = l.racks - 1;
    EXPECT_EQ(l.rack_at(l.rack_position(last)), last);
    EXPECT_FALSE(l.rack_at(l.rack_position(last) + glm::vec3(kRackSize.x, 0, 0)).has_value());
    EXPECT_EQ(l.gpus_in_rack(last), 1000 - last * l.gpus_per_rack);
}

TEST(HallLayout, RacksFaceTheirColdAisle) {
    const HallLayout l = layout_for(1000);
    for (const std::uint32_t rack : {0u, l.fleet.racks_per_row}) {
        const glm::vec3 p = l.rack_position(rack);
        const float front = l.rack_yaw(rack) == 0.0f ? 1.0f : -1.0f;
        const glm::vec3 before = p + glm::vec3(0, 0, front * (0.5f * kRackSize.z + 0.3f));
        // In front of a rack is a cold aisle: the nearest aisle line there is a cold one.
        float nearest_cold = 1e9f, nearest_hot = 1e9f;
        for (std::uint32_t k = 0; k <= l.pairs_per_hall; ++k) {
            nearest_cold = std::min(nearest_cold, std::abs(before.z - l.cold_aisle_z(0, k)));
        }
        for (std::uint32_t k = 0; k < l.pairs_per_hall; ++k) {
            nearest_hot = std::min(nearest_hot, std::abs(before.z - l.hot_aisle_z(0, k)));
        }
        EXPECT_LT(nearest_cold, nearest_hot) << "rack " << rack;
    }
}

TEST(HallLayout, GpuCountOutsideOneToAMillionIsAUsageError) {
    const HallFigures f = read_figures(*xrviz::scenes::testing::bundled_dataset());
    EXPECT_THROW(make_layout(f, 0), UsageError);
    EXPECT_THROW(make_layout(f, kMaxGpus + 1), UsageError);
}

TEST(HallLayout, MissingFigureIsAnErrorNamingTheSeries) {
    data::Dataset dataset = *xrviz::scenes::testing::bundled_dataset();
    std::erase_if(dataset.points,
                  [](const data::DataPoint& p) { return p.series == kServersPerRackSeries; });
    try {
        read_figures(dataset);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find(kServersPerRackSeries), std::string::npos) << e.what();
    }
}

TEST(HallScene, GpusParameterRelaysTheFleetAndDefaultsToOneHall) {
    HallScene scene(*xrviz::scenes::testing::bundled_dataset());
    ASSERT_EQ(scene.parameters().size(), 1u);
    EXPECT_EQ(scene.parameters()[0].id, "gpus");
    EXPECT_EQ(scene.parameters()[0].value, gpus_per_hall_from_dataset());
    EXPECT_EQ(scene.views().front().name, "cold aisle");
    EXPECT_FLOAT_EQ(scene.views().front().pose.eye.y, 1.6f);

    scene.set_parameter("gpus", 1'000'000);
    EXPECT_EQ(scene.layout().fleet.gpu_count, 1'000'000u);
    EXPECT_EQ(scene.views().back().name, "far above");
    EXPECT_THROW(scene.set_parameter("gpus", 0), UsageError);
    EXPECT_THROW(scene.set_parameter("utilisation", 0.5), UsageError);

    render::FrameDescription frame;
    scene.describe({}, frame);
    EXPECT_EQ(frame.fleet.layout.gpu_count, 1'000'000u);
    EXPECT_FALSE(frame.fleet.empty());
}

TEST(HallScene, RacksAndServersArePickableWithTheirFiguresAndSources) {
    HallScene scene(*xrviz::scenes::testing::bundled_dataset());
    const HallLayout& l = scene.layout();
    const glm::vec3 rack = l.rack_position(5);
    const float front = l.rack_yaw(5) == 0.0f ? 1.0f : -1.0f;
    // A ray from the aisle at a server's height hits the server; above the servers, the rack.
    const glm::vec3 origin = rack + glm::vec3(0, 0, front * 1.0f);
    const auto server = pick(
        scene,
        {origin + glm::vec3(0, l.server_height(0) + 0.5f * kServerSize.y, 0), {0, 0, -front}}, {});
    ASSERT_TRUE(server.has_value());
    EXPECT_EQ(scene.pickables()[*server].details.series, kGpusPerServerSeries);
    EXPECT_FALSE(scene.pickables()[*server].details.source_url.empty());
    const auto frame = pick(scene, {origin + glm::vec3(0, 2.15f, 0), {0, 0, -front}}, {});
    ASSERT_TRUE(frame.has_value());
    EXPECT_EQ(scene.pickables()[*frame].details.series, kServersPerRackSeries);
    EXPECT_FALSE(scene.pickables()[*frame].details.source_title.empty());
}

}  // namespace
}  // namespace xrviz::scenes::hall
