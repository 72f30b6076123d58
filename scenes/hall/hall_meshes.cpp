#include "scenes/hall/hall_meshes.h"

#include <algorithm>

#include "engine/render/box_mesh.h"
#include "scenes/hall/hall_layout.h"

namespace xrviz::scenes::hall {
namespace {

constexpr float kPost = 0.04f;   // rack frame posts and rails
constexpr float kPanel = 0.015f;  // rack side and back panels, tray walls

void grow_bounds(assets::MeshGeometry& mesh, glm::vec3 min, glm::vec3 max) {
    if (mesh.vertices.size() == 24) {
        mesh.bounds_min = min;
        mesh.bounds_max = max;
        return;
    }
    mesh.bounds_min = glm::min(mesh.bounds_min, min);
    mesh.bounds_max = glm::max(mesh.bounds_max, max);
}

}  // namespace

void append_box(assets::MeshGeometry& mesh, glm::vec3 min, glm::vec3 max) {
    static const render::BoxMesh unit = render::make_unit_box();
    const glm::vec3 centre = 0.5f * (min + max);
    const glm::vec3 half = 0.5f * (max - min);
    const auto base = static_cast<std::uint32_t>(mesh.vertices.size());
    for (const render::MeshVertex& v : unit.vertices) {
        mesh.vertices.push_back(assets::MeshVertex{centre + v.position * half, v.normal, {}});
    }
    for (const std::uint16_t i : unit.indices) mesh.indices.push_back(base + i);
    grow_bounds(mesh, min, max);
}

render::FleetMeshes make_fleet_meshes() {
    render::FleetMeshes m;
    const glm::vec3 r = kRackSize;
    const float hx = 0.5f * r.x;
    const float hz = 0.5f * r.z;

    // Near: back panel, top and plinth, four posts; racks in a row stand side by side
    // without side panels, and the front stays open so the servers show.
    m.rack_frame.name = "rack frame";
    append_box(m.rack_frame, {-hx, 0.0f, -hz}, {hx, r.y, -hz + kPanel});
    for (const float x : {-hx, hx - kPost}) {
        append_box(m.rack_frame, {x, 0.0f, -hz}, {x + kPost, r.y, -hz + kPost});
    }
    append_box(m.rack_frame, {-hx, r.y - 0.06f, -hz}, {hx, r.y, hz});
    append_box(m.rack_frame, {-hx, 0.0f, -hz}, {hx, 0.1f, hz});
    for (const float x : {-hx, hx - kPost}) {
        append_box(m.rack_frame, {x, 0.0f, hz - kPost}, {x + kPost, r.y, hz});
    }
    // Power shelf below the servers and the top-of-rack switch above them.
    append_box(m.rack_frame, {-hx + kPost, 0.12f, -hz + 0.1f}, {hx - kPost, 0.22f, hz - 0.02f});
    append_box(m.rack_frame, {-hx + kPost, 2.06f, -hz + 0.1f}, {hx - kPost, 2.1f, hz - 0.02f});

    // Far: one closed box.
    m.rack_block.name = "rack block";
    append_box(m.rack_block, {-hx, 0.0f, -hz}, {hx, r.y, hz});

    // A GPU tray: floor, side and back walls, a low front bezel; open on top so the GPUs
    // are seen from the aisle.
    m.server.name = "server";
    const glm::vec3 s = 0.5f * kServerSize;
    const float lip = -s.y + 0.05f;
    append_box(m.server, {-s.x, -s.y, -s.z}, {s.x, -s.y + 0.01f, s.z});
    append_box(m.server, {-s.x, -s.y, -s.z}, {-s.x + kPanel, lip, s.z});
    append_box(m.server, {s.x - kPanel, -s.y, -s.z}, {s.x, lip, s.z});
    append_box(m.server, {-s.x, -s.y, s.z - 0.02f}, {s.x, lip, s.z});
    // The rear: fans and NICs as one block the height of the tray.
    append_box(m.server, {-s.x, -s.y, -s.z}, {s.x, s.y, -s.z + 0.12f});

    // An SXM module: board and a finned heat sink as two blocks.
    m.gpu.name = "gpu";
    const glm::vec3 g = 0.5f * kGpuSize;
    append_box(m.gpu, {-g.x, -g.y, -g.z}, {g.x, -g.y + 0.015f, g.z});
    append_box(m.gpu, {-g.x + 0.008f, -g.y + 0.015f, -g.z + 0.01f},
               {g.x - 0.008f, g.y, g.z - 0.01f});
    return m;
}

}  // namespace xrviz::scenes::hall
