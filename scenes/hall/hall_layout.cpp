#include "scenes/hall/hall_layout.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "engine/core/error.h"
#include "scenes/figure_text.h"

namespace xrviz::scenes::hall {
namespace {

const data::DataPoint& latest(const data::Dataset& dataset, const char* series) {
    const auto points = dataset.values(series);
    if (points.empty()) {
        fail(std::string("hall: the dataset has no value for series \"") + series +
             "\" (figures.csv)");
    }
    return *points.back();
}

std::uint32_t count_of(const data::DataPoint& point) {
    if (!(point.value >= 1.0) || point.value > 1e6 || point.value != std::floor(point.value)) {
        fail("hall: series \"" + point.series + "\" (" + point.period.to_string() +
             ") must be a whole count of at least 1, not " + std::to_string(point.value));
    }
    return static_cast<std::uint32_t>(point.value);
}

double positive(const data::DataPoint& point) {
    if (!(point.value > 0.0)) {
        fail("hall: series \"" + point.series + "\" (" + point.period.to_string() +
             ") must be positive, not " + std::to_string(point.value));
    }
    return point.value;
}

// The longest row up to kMaxRacksPerRow that divides a hall's racks evenly, so that every
// row of a full hall is full.
std::uint32_t racks_per_row(std::uint32_t racks_per_hall) {
    for (std::uint32_t n = std::min(kMaxRacksPerRow, racks_per_hall); n > 1; --n) {
        if (racks_per_hall % n == 0 && n * 4 >= kMaxRacksPerRow)
            return n;
    }
    return std::min(kMaxRacksPerRow, racks_per_hall);
}

}  // namespace

HallFigures read_figures(const data::Dataset& dataset) {
    const data::DataPoint& per_server = latest(dataset, kGpusPerServerSeries);
    const data::DataPoint& per_rack = latest(dataset, kServersPerRackSeries);
    const data::DataPoint& per_hall = latest(dataset, kRacksPerHallSeries);
    const data::DataPoint& target = latest(dataset, kTargetSeries);
    const data::DataPoint& power = latest(dataset, kGpuPowerSeries);
    const data::DataPoint& price_low = latest(dataset, kPriceLowSeries);
    const data::DataPoint& price_high = latest(dataset, kPriceHighSeries);

    HallFigures f;
    f.gpus_per_server = count_of(per_server);
    f.servers_per_rack = count_of(per_rack);
    f.racks_per_hall = count_of(per_hall);
    f.target_gpus = positive(target);
    f.watts_per_gpu = positive(power);
    f.price_low = positive(price_low);
    f.price_high = positive(price_high);
    if (f.price_high < f.price_low) {
        fail(std::string("hall: ") + kPriceHighSeries + " is below " + kPriceLowSeries);
    }
    f.gpus_per_server_details = scenes::details_of(dataset, per_server);
    f.servers_per_rack_details = scenes::details_of(dataset, per_rack);
    f.racks_per_hall_details = scenes::details_of(dataset, per_hall);
    f.target_details = scenes::details_of(dataset, target);
    f.power_details = scenes::details_of(dataset, power);
    // One record for the range: the low estimate's source, the high end alongside.
    f.price_details = scenes::details_of(dataset, price_low);
    f.price_details.low = f.price_low;
    f.price_details.high = f.price_high;
    f.price_details.display_value = scenes::compact_value(f.price_low, f.price_details.unit) +
                                    "\u2013" +
                                    scenes::compact_value(f.price_high, f.price_details.unit);
    f.price_details.note += " | high end: " + std::string(kPriceHighSeries) + ", " +
                            price_high.period.to_string() + " (" + price_high.note + ")";
    return f;
}

HallLayout make_layout(const HallFigures& figures, std::uint32_t gpus,
                       const RackPlacement& placement) {
    if (gpus < 1 || gpus > kMaxGpus) {
        throw UsageError("hall: the number of GPUs must be 1.." + std::to_string(kMaxGpus) +
                         ", not " + std::to_string(gpus));
    }
    HallLayout l;
    l.figures = figures;
    l.gpus_per_rack = figures.gpus_per_server * figures.servers_per_rack;
    l.gpus_per_hall = l.gpus_per_rack * figures.racks_per_hall;
    l.racks = (gpus + l.gpus_per_rack - 1) / l.gpus_per_rack;
    l.halls = (l.racks + figures.racks_per_hall - 1) / figures.racks_per_hall;

    render::FleetLayout& f = l.fleet;
    f.gpu_count = gpus;
    f.gpus_per_server = figures.gpus_per_server;
    f.servers_per_rack = figures.servers_per_rack;
    f.racks_per_row = racks_per_row(figures.racks_per_hall);
    f.rows_per_hall = (figures.racks_per_hall + f.racks_per_row - 1) / f.racks_per_row;
    l.pairs_per_hall = (f.rows_per_hall + 1) / 2;
    f.rack_size = kRackSize;
    f.cold_aisle = kColdAisle;
    f.hot_aisle = kHotAisle;
    f.hall_origin = glm::vec2(0.0f);
    const glm::vec2 floor = l.hall_max(0) - l.hall_min(0);
    f.hall_pitch = floor + glm::vec2(kHallGap);
    // Halls on a grid about as deep as it is wide, so the fleet fits one view from above.
    f.halls_per_row = std::max<std::uint32_t>(
        1, static_cast<std::uint32_t>(std::ceil(
               std::sqrt(static_cast<double>(l.halls) * f.hall_pitch.y / f.hall_pitch.x))));
    f.halls_per_row = std::min(f.halls_per_row, l.halls);

    f.server_base = placement.server_base;
    f.server_pitch = placement.server_pitch;
    f.server_z = placement.server_z;
    f.gpu_columns = std::min(placement.gpu_columns, figures.gpus_per_server);
    f.gpu_spacing = placement.gpu_spacing;
    f.gpu_origin = placement.gpu_origin;
    return l;
}

FleetTotals HallLayout::totals(double gpus) const {
    FleetTotals t;
    t.gpus = gpus;
    t.halls = gpus / static_cast<double>(gpus_per_hall);
    t.megawatts = gpus * figures.watts_per_gpu / 1e6;
    t.cost_low = gpus * figures.price_low;
    t.cost_high = gpus * figures.price_high;
    return t;
}

glm::vec2 HallLayout::hall_origin(std::uint32_t hall) const {
    return fleet.hall_origin + glm::vec2(static_cast<float>(hall % fleet.halls_per_row),
                                         static_cast<float>(hall / fleet.halls_per_row)) *
                                   fleet.hall_pitch;
}

glm::vec2 HallLayout::hall_min(std::uint32_t hall) const {
    return hall_origin(hall) - glm::vec2(kHallMargin);
}

glm::vec2 HallLayout::hall_max(std::uint32_t hall) const {
    const float depth = static_cast<float>(pairs_per_hall) * period() + kColdAisle;
    return hall_origin(hall) + glm::vec2(row_length(), depth) + glm::vec2(kHallMargin);
}

float HallLayout::cold_aisle_z(std::uint32_t hall, std::uint32_t k) const {
    return hall_origin(hall).y + static_cast<float>(k) * period() + 0.5f * kColdAisle;
}

float HallLayout::hot_aisle_z(std::uint32_t hall, std::uint32_t k) const {
    return hall_origin(hall).y + static_cast<float>(k) * period() + kColdAisle + kRackSize.z +
           0.5f * kHotAisle;
}

float HallLayout::server_height(std::uint32_t server) const {
    return fleet.server_base + static_cast<float>(server) * fleet.server_pitch;
}

glm::vec3 HallLayout::rack_position(std::uint32_t rack) const {
    const std::uint32_t per_hall = fleet.racks_per_row * fleet.rows_per_hall;
    const std::uint32_t in_hall = rack % per_hall;
    const std::uint32_t row = in_hall / fleet.racks_per_row;
    const std::uint32_t along = in_hall % fleet.racks_per_row;
    const float side = static_cast<float>(row % 2);
    const glm::vec2 origin = hall_origin(rack / per_hall);
    const float x = (static_cast<float>(along) + 0.5f) * kRackSize.x;
    const float z = static_cast<float>(row / 2) * period() + kColdAisle + 0.5f * kRackSize.z +
                    side * (kRackSize.z + kHotAisle);
    return glm::vec3(origin.x + x, 0.0f, origin.y + z);
}

float HallLayout::rack_yaw(std::uint32_t rack) const {
    const std::uint32_t row =
        (rack % (fleet.racks_per_row * fleet.rows_per_hall)) / fleet.racks_per_row;
    return row % 2 == 0 ? 3.14159265f : 0.0f;
}

std::optional<std::uint32_t> HallLayout::rack_at(glm::vec3 point) const {
    const glm::vec2 p(point.x - fleet.hall_origin.x, point.z - fleet.hall_origin.y);
    if (p.x < 0.0f || p.y < 0.0f)
        return std::nullopt;
    const auto column = static_cast<std::uint32_t>(p.x / fleet.hall_pitch.x);
    const auto hall_row = static_cast<std::uint32_t>(p.y / fleet.hall_pitch.y);
    if (column >= fleet.halls_per_row)
        return std::nullopt;
    const std::uint32_t hall = hall_row * fleet.halls_per_row + column;
    const glm::vec2 local =
        p - glm::vec2(static_cast<float>(column), static_cast<float>(hall_row)) * fleet.hall_pitch;
    const auto along = static_cast<std::uint32_t>(local.x / kRackSize.x);
    if (local.x >= row_length() || along >= fleet.racks_per_row)
        return std::nullopt;
    const auto pair = static_cast<std::uint32_t>(local.y / period());
    const float within = local.y - static_cast<float>(pair) * period();
    std::uint32_t side = 0;
    if (within >= kColdAisle && within < kColdAisle + kRackSize.z) {
        side = 0;
    } else if (within >= kColdAisle + kRackSize.z + kHotAisle &&
               within < kColdAisle + 2.0f * kRackSize.z + kHotAisle) {
        side = 1;
    } else {
        return std::nullopt;
    }
    const std::uint32_t row = pair * 2 + side;
    if (row >= fleet.rows_per_hall)
        return std::nullopt;
    const std::uint32_t rack =
        hall * fleet.racks_per_row * fleet.rows_per_hall + row * fleet.racks_per_row + along;
    if (rack >= racks)
        return std::nullopt;
    return rack;
}

std::uint32_t HallLayout::gpus_in_rack(std::uint32_t rack) const {
    if (rack >= racks)
        return 0;
    return std::min(gpus_per_rack, fleet.gpu_count - rack * gpus_per_rack);
}

}  // namespace xrviz::scenes::hall
