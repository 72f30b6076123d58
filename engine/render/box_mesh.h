#pragma once
// The unit cube (-1..1) every box instance is drawn from: 24 vertices so each face has its
// own normal, counter-clockwise when seen from outside.
#include <array>
#include <cstdint>

#include <string>

#include <glm/vec3.hpp>

#include "engine/assets/mesh_geometry.h"

namespace xrviz::render {

struct MeshVertex {
    glm::vec3 position;
    glm::vec3 normal;
};

struct BoxMesh {
    std::array<MeshVertex, 24> vertices;
    std::array<std::uint16_t, 36> indices;
};

BoxMesh make_unit_box();

// An axis-aligned box from `min` to `max` as plain mesh geometry.
assets::MeshGeometry make_box_geometry(const std::string& name, glm::vec3 min, glm::vec3 max);

}  // namespace xrviz::render
