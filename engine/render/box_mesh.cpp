#include "engine/render/box_mesh.h"

#include <glm/geometric.hpp>

namespace xrviz::render {

BoxMesh make_unit_box() {
    BoxMesh mesh{};
    // Each face: its normal and two axes spanning it with right x up == normal, so the
    // corners listed below wind counter-clockwise seen from outside.
    struct Face {
        glm::vec3 normal, right, up;
    };
    const Face faces[6] = {
        {{1, 0, 0}, {0, 0, -1}, {0, 1, 0}},  {{-1, 0, 0}, {0, 0, 1}, {0, 1, 0}},
        {{0, 1, 0}, {1, 0, 0}, {0, 0, -1}},  {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}},
        {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}},   {{0, 0, -1}, {-1, 0, 0}, {0, 1, 0}},
    };
    const float corners[4][2] = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
    for (int f = 0; f < 6; ++f) {
        for (int c = 0; c < 4; ++c) {
            mesh.vertices[f * 4 + c] = MeshVertex{
                faces[f].normal + faces[f].right * corners[c][0] + faces[f].up * corners[c][1],
                faces[f].normal};
        }
        const auto base = static_cast<std::uint16_t>(f * 4);
        const std::uint16_t quad[6] = {0, 1, 2, 0, 2, 3};
        for (int i = 0; i < 6; ++i) {
            mesh.indices[f * 6 + i] = static_cast<std::uint16_t>(base + quad[i]);
        }
    }
    return mesh;
}

assets::MeshGeometry make_box_geometry(const std::string& name, glm::vec3 min, glm::vec3 max) {
    const BoxMesh unit = make_unit_box();
    assets::MeshGeometry mesh;
    mesh.name = name;
    for (const MeshVertex& v : unit.vertices) {
        mesh.vertices.push_back({0.5f * (min + max) + v.position * 0.5f * (max - min), v.normal, {}});
    }
    mesh.indices.assign(unit.indices.begin(), unit.indices.end());
    mesh.bounds_min = min;
    mesh.bounds_max = max;
    return mesh;
}

}  // namespace xrviz::render
