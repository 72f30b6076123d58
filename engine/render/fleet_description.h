#pragma once
// A fleet of identical racks laid out on a regular grid, described by counts and sizes
// only: the GPU derives every rack, server and GPU from its index (shaders/fleet_cull.comp),
// culls and picks a level of detail, so the CPU's cost and memory do not grow with the
// fleet. Plain data, no Vulkan.
#include <cstdint>
#include <memory>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "engine/assets/mesh_geometry.h"

namespace xrviz::render {

// One shape of the fleet, in the rack's, server's or GPU's own frame: x along the row, y up,
// +z out of the rack's front; origin at the centre of the footprint on the floor.
struct FleetShape {
    assets::MeshGeometry geometry;
    // One linear rgb colour per vertex (a glTF model's materials), or none: white. The
    // instance's colour multiplies it.
    std::vector<glm::vec3> colours;
};

struct FleetMeshes {
    FleetShape rack_frame;  // near: the cabinet the servers sit in
    FleetShape rack_block;  // far: the rack in a few boxes
    FleetShape rack_box;    // farther: one box, a dozen triangles
    FleetShape row_box;     // farthest: a whole row as one box, origin at its first rack's
    FleetShape server;      // without its GPUs
    FleetShape gpu;
};

// Which mesh an indirect draw (and its instance region) belongs to.
enum class FleetMesh : std::uint32_t {
    rack_frame = 0,
    rack_block = 1,
    server = 2,
    gpu = 3,
    rack_box = 4,
    row_box = 5,
};
inline constexpr std::uint32_t kFleetMeshCount = 6;

// Rows come in pairs around a hot aisle, fronts facing the cold aisles between pairs:
//   z: | cold | row A (faces -z) | hot | row B (faces +z) | cold | ...
// Racks sit side by side along x. Halls repeat on a grid of `halls_per_row` columns.
struct FleetLayout {
    std::uint32_t gpu_count = 0;
    std::uint32_t gpus_per_server = 8;
    std::uint32_t servers_per_rack = 2;
    std::uint32_t racks_per_row = 1;
    std::uint32_t rows_per_hall = 2;
    std::uint32_t halls_per_row = 1;
    glm::vec3 rack_size{0.6f, 2.3f, 1.07f};  // metres, x along the row, z front to back
    float cold_aisle = 1.2f;
    float hot_aisle = 1.2f;
    glm::vec2 hall_origin{0.0f};  // x, z of the first rack's corner (row start, cold side)
    glm::vec2 hall_pitch{40.0f};  // x, z from one hall's origin to the next
    // Servers stack up in the rack: the first's origin at (0, server_base, server_z) in
    // the rack's frame, then one every `server_pitch` up.
    float server_base = 0.5f;
    float server_pitch = 0.5f;
    float server_z = 0.0f;
    // GPUs sit in a grid in the server: `gpu_columns` across, the rest in depth, centred
    // on `gpu_origin` in the server's frame.
    std::uint32_t gpu_columns = 4;
    glm::vec2 gpu_spacing{0.12f, 0.2f};  // x, z from one GPU's origin to the next
    glm::vec3 gpu_origin{0.0f};
};

struct FleetDraw {
    FleetLayout layout;
    std::shared_ptr<const FleetMeshes> meshes;  // nothing: no fleet this frame
    // Beyond `detail_distance` a rack loses its GPUs, beyond `block_distance` its servers
    // and cabinet (rack_block stands for all), beyond `box_distance` it is one plain box;
    // a full row beyond `row_distance` is one box. Metres from the nearest eye.
    float detail_distance = 20.0f;
    float block_distance = 60.0f;
    float box_distance = 150.0f;
    float row_distance = 300.0f;
    glm::vec4 rack_colour{1.0f};  // linear rgb, multiplies the shapes' own colours
    glm::vec4 server_colour{0.35f, 0.37f, 0.4f, 1.0f};
    glm::vec4 gpu_colour{0.2f, 0.72f, 0.35f, 1.0f};

    bool empty() const { return !meshes || layout.gpu_count == 0; }
};

}  // namespace xrviz::render
