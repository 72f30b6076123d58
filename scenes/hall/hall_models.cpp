#include "scenes/hall/hall_models.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>

#include "engine/assets/gltf_model.h"
#include "engine/core/error.h"
#include "engine/render/box_mesh.h"

namespace xrviz::scenes::hall {
namespace {

constexpr float kSizeTolerance = 0.02f;  // metres

// "gpu_3" for the prefix "gpu_": the prefix and a number, nothing else ("gpu_node_8x" is
// not a GPU).
bool numbered(std::string_view text, std::string_view prefix) {
    if (text.size() <= prefix.size() || text.substr(0, prefix.size()) != prefix)
        return false;
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(prefix.size()), text.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

// True when the node or one of its ancestors is named `prefix` and a number.
bool under(const assets::GltfModel& model, std::size_t node, std::string_view prefix) {
    for (int n = static_cast<int>(node); n >= 0;
         n = model.nodes[static_cast<std::size_t>(n)].parent) {
        if (numbered(model.nodes[static_cast<std::size_t>(n)].name, prefix))
            return true;
    }
    return false;
}

// Every primitive of the model in its world place, with its material's colour per vertex;
// subtrees whose root is named `leave_out` and a number are left out (they are drawn as
// instances).
render::FleetShape flatten(const assets::GltfModel& model, std::string_view leave_out) {
    render::FleetShape shape;
    assets::MeshGeometry& out = shape.geometry;
    out.name = model.source;
    bool first = true;
    for (const assets::GltfDrawItem& item : model.draw_items) {
        if (!leave_out.empty() && under(model, item.node, leave_out))
            continue;
        const assets::MeshGeometry& g = model.geometries[item.geometry];
        const glm::vec3 colour =
            item.material >= 0
                ? glm::vec3(model.materials[static_cast<std::size_t>(item.material)].base_colour)
                : glm::vec3(1.0f);
        const glm::mat3 normal_matrix = glm::transpose(glm::inverse(glm::mat3(item.world)));
        const auto base = static_cast<std::uint32_t>(out.vertices.size());
        for (const assets::MeshVertex& v : g.vertices) {
            const glm::vec3 p = glm::vec3(item.world * glm::vec4(v.position, 1.0f));
            out.vertices.push_back({p, glm::normalize(normal_matrix * v.normal), v.uv});
            shape.colours.push_back(colour);
            out.bounds_min = first ? p : glm::min(out.bounds_min, p);
            out.bounds_max = first ? p : glm::max(out.bounds_max, p);
            first = false;
        }
        for (const std::uint32_t i : g.indices)
            out.indices.push_back(base + i);
    }
    if (out.indices.empty())
        fail(model.source + ": nothing left to draw of the model");
    return shape;
}

const assets::GltfNode* find_node(const assets::GltfModel& model, const std::string& name) {
    for (const assets::GltfNode& node : model.nodes) {
        if (node.name == name)
            return &node;
    }
    return nullptr;
}

glm::vec3 origin_of(const assets::GltfModel& model, const std::string& name) {
    const assets::GltfNode* node = find_node(model, name);
    if (!node)
        fail(model.source + ": no node named \"" + name + "\"");
    return glm::vec3(node->world[3]);
}

void check_size(const render::FleetShape& shape, glm::vec3 expected, const std::string& what) {
    const glm::vec3 size = shape.geometry.bounds_max - shape.geometry.bounds_min;
    for (int axis = 0; axis < 3; ++axis) {
        if (std::abs(size[axis] - expected[axis]) > kSizeTolerance) {
            fail(shape.geometry.name + ": " + what + " is " + std::to_string(size.x) + " x " +
                 std::to_string(size.y) + " x " + std::to_string(size.z) +
                 " m, the hall's layout assumes " + std::to_string(expected.x) + " x " +
                 std::to_string(expected.y) + " x " + std::to_string(expected.z));
        }
    }
}

// Servers as the rack model stacks its nodes; GPUs as the server model lays them out.
RackPlacement placement_of(const assets::GltfModel& rack, const assets::GltfModel& server) {
    RackPlacement p;
    const glm::vec3 first = origin_of(rack, "node_0");
    p.server_base = first.y;
    p.server_z = first.z;
    p.server_pitch =
        find_node(rack, "node_1") ? origin_of(rack, "node_1").y - first.y : kServerSize.y + 0.05f;
    std::vector<glm::vec3> gpus;
    while (const assets::GltfNode* n = find_node(server, "gpu_" + std::to_string(gpus.size()))) {
        gpus.push_back(glm::vec3(n->world[3]));
    }
    if (gpus.size() < 2)
        fail(server.source + ": needs nodes gpu_0, gpu_1, ... for the GPUs");
    p.gpu_columns =
        static_cast<std::uint32_t>(std::count_if(gpus.begin(), gpus.end(), [&](const glm::vec3& g) {
            return std::abs(g.z - gpus[0].z) < 1e-4f;
        }));
    p.gpu_spacing.x = gpus[1].x - gpus[0].x;
    p.gpu_spacing.y = gpus.size() > p.gpu_columns ? gpus[p.gpu_columns].z - gpus[0].z : 0.0f;
    glm::vec3 sum(0.0f);
    for (const glm::vec3& g : gpus)
        sum += g;
    p.gpu_origin = sum / static_cast<float>(gpus.size());
    return p;
}

// The far-away rack's outline as one box in the colour of its roof, for racks so far that
// their few boxes are a pixel or two.
render::FleetShape plain_box(const render::FleetShape& rack) {
    const assets::MeshGeometry& g = rack.geometry;
    std::size_t top = 0;
    for (std::size_t i = 0; i < g.vertices.size(); ++i) {
        if (g.vertices[i].position.y > g.vertices[top].position.y)
            top = i;
    }
    render::FleetShape box{render::make_box_geometry(g.name + " (box)", g.bounds_min, g.bounds_max),
                           {}};
    box.colours.assign(box.geometry.vertices.size(), rack.colours[top]);
    return box;
}

}  // namespace

render::FleetShape make_row_box(const render::FleetShape& rack_box, std::uint32_t racks) {
    const assets::MeshGeometry& g = rack_box.geometry;
    const float width = g.bounds_max.x - g.bounds_min.x;
    const glm::vec3 max(g.bounds_min.x + static_cast<float>(racks) * width, g.bounds_max.y,
                        g.bounds_max.z);
    render::FleetShape row{render::make_box_geometry("row of racks", g.bounds_min, max), {}};
    row.colours.assign(row.geometry.vertices.size(),
                       rack_box.colours.empty() ? glm::vec3(1.0f) : rack_box.colours.front());
    return row;
}

HallModels load_hall_models(const std::filesystem::path& dir) {
    const assets::GltfModel rack = assets::load_gltf(dir / "rack_2node.gltf");
    const assets::GltfModel rack_lod = assets::load_gltf(dir / "rack_2node_lod.gltf");
    const assets::GltfModel server = assets::load_gltf(dir / "gpu_node_8x.gltf");
    const assets::GltfModel gpu = assets::load_gltf(dir / "h100_sxm.gltf");
    HallModels m;
    m.meshes.rack_frame = flatten(rack, "node_");
    m.meshes.rack_block = flatten(rack_lod, "");
    m.meshes.server = flatten(server, "gpu_");
    m.meshes.gpu = flatten(gpu, "");
    check_size(m.meshes.rack_block, kRackSize, "the rack");
    m.meshes.rack_box = plain_box(m.meshes.rack_block);
    m.placement = placement_of(rack, server);
    return m;
}

}  // namespace xrviz::scenes::hall
