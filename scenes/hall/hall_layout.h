#pragma once
// A data hall at 1:1 scale and a fleet of such halls: how many GPUs a server, a rack and a
// hall hold (from the dataset), where every rack stands, and what Meta's 600,000
// H100-equivalent target comes to in halls, megawatts and dollars. Pure layout over a
// dataset, unit-tested without a GPU; the GPU places racks with the same rules
// (shaders/fleet_cull.comp) from `fleet`.
#include <cstdint>
#include <optional>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "engine/data/dataset.h"
#include "engine/render/fleet_description.h"
#include "scenes/scene.h"

namespace xrviz::scenes::hall {

inline constexpr const char* kGpusPerServerSeries = "gpus_per_node_grand_teton_hgx";
inline constexpr const char* kServersPerRackSeries = "nodes_per_rack_24k_cluster";
inline constexpr const char* kRacksPerHallSeries = "racks_per_24k_cluster";
inline constexpr const char* kTargetSeries = "h100_equivalents_target_end_2024";
inline constexpr const char* kGpuPowerSeries = "h100_sxm_tdp";
inline constexpr const char* kPriceLowSeries = "h100_unit_price_low";
inline constexpr const char* kPriceHighSeries = "h100_unit_price_high";

inline constexpr std::uint32_t kMaxGpus = 1'000'000;

// Physical sizes, metres, as the models in assets/models are built (their README gives
// the sources): not dataset figures, the shapes things are drawn with. 1.2 m aisles are
// two floor tiles.
inline constexpr glm::vec3 kRackSize{0.6f, 2.2f, 1.2f};        // a 600 x 1200 mm cabinet
inline constexpr glm::vec3 kServerSize{0.44f, 0.356f, 0.8f};   // 8 U Grand Teton-like node
inline constexpr glm::vec3 kGpuSize{0.078f, 0.0955f, 0.142f};  // SXM module with heat sink
inline constexpr float kColdAisle = 1.2f;
inline constexpr float kHotAisle = 1.2f;
inline constexpr std::uint32_t kMaxRacksPerRow = 48;
inline constexpr float kHallMargin = 4.0f;  // floor around the rows, to the walls
inline constexpr float kHallGap = 12.0f;    // between neighbouring halls

// The dataset's figures the hall is built from, with what the details panel shows.
struct HallFigures {
    std::uint32_t gpus_per_server = 0;
    std::uint32_t servers_per_rack = 0;
    std::uint32_t racks_per_hall = 0;  // one hall holds one 24K cluster's racks
    double target_gpus = 0.0;
    double watts_per_gpu = 0.0;
    double price_low = 0.0;
    double price_high = 0.0;
    FigureDetails gpus_per_server_details, servers_per_rack_details, racks_per_hall_details,
        target_details, power_details, price_details;
};

// Where servers sit in a rack and GPUs in a server, in their parents' frames (x across,
// y up, +z toward the front); a server's origin is the middle of its underside.
struct RackPlacement {
    float server_base = 0.25f;  // first server's origin above the floor
    float server_pitch = 0.45f;
    float server_z = 0.0f;
    std::uint32_t gpu_columns = 4;
    glm::vec2 gpu_spacing{0.09f, -0.16f};     // x, z from one GPU to the next
    glm::vec3 gpu_origin{0.0f, 0.16f, 0.2f};  // centre of the GPU grid in the server
};

// What a number of GPUs comes to.
struct FleetTotals {
    double gpus = 0.0;
    double halls = 0.0;      // fractional: 24.4 halls
    double megawatts = 0.0;  // GPU power only, at the GPU's TDP
    double cost_low = 0.0;   // USD
    double cost_high = 0.0;
};

struct HallLayout {
    HallFigures figures;
    render::FleetLayout fleet;  // fleet.gpu_count is the GPUs shown
    std::uint32_t gpus_per_rack = 0;
    std::uint32_t gpus_per_hall = 0;
    std::uint32_t racks = 0;           // racks shown, the last one perhaps part-filled
    std::uint32_t halls = 0;           // halls shown, the last one perhaps part-filled
    std::uint32_t pairs_per_hall = 0;  // row pairs around one hot aisle each

    FleetTotals totals(double gpus) const;
    FleetTotals target() const { return totals(figures.target_gpus); }

    // Centre of a rack's footprint on the floor, and the way its front faces (+z or -z).
    glm::vec3 rack_position(std::uint32_t rack) const;
    float rack_yaw(std::uint32_t rack) const;
    // The rack whose footprint holds a point on the floor; nothing in an aisle or outside.
    std::optional<std::uint32_t> rack_at(glm::vec3 point) const;
    std::uint32_t gpus_in_rack(std::uint32_t rack) const;

    float period() const { return kColdAisle + 2.0f * kRackSize.z + kHotAisle; }
    float row_length() const { return static_cast<float>(fleet.racks_per_row) * kRackSize.x; }
    glm::vec2 hall_origin(std::uint32_t hall) const;
    // The floor of one hall, walls included, as x, z corners.
    glm::vec2 hall_min(std::uint32_t hall) const;
    glm::vec2 hall_max(std::uint32_t hall) const;
    // Centre line (z) of a hall's aisles: cold aisle k = 0..pairs_per_hall, hot aisle
    // k = 0..pairs_per_hall - 1.
    float cold_aisle_z(std::uint32_t hall, std::uint32_t k) const;
    float hot_aisle_z(std::uint32_t hall, std::uint32_t k) const;
    // Height of server s's underside in its rack.
    float server_height(std::uint32_t server) const;
};

// Throws xrviz::Error naming the series when a figure is missing or not a usable count.
HallFigures read_figures(const data::Dataset& dataset);
// `gpus` must be 1..kMaxGpus. The placement comes from the models (hall_models.h).
HallLayout make_layout(const HallFigures& figures, std::uint32_t gpus,
                       const RackPlacement& placement = {});

}  // namespace xrviz::scenes::hall
