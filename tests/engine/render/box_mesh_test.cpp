#include "engine/render/box_mesh.h"

#include <gtest/gtest.h>

#include <glm/geometric.hpp>

namespace xrviz::render {
namespace {

TEST(BoxMesh, EveryTriangleWindsCounterClockwiseSeenFromOutside) {
    const BoxMesh mesh = make_unit_box();
    for (std::size_t i = 0; i < mesh.indices.size(); i += 3) {
        const MeshVertex& a = mesh.vertices[mesh.indices[i]];
        const MeshVertex& b = mesh.vertices[mesh.indices[i + 1]];
        const MeshVertex& c = mesh.vertices[mesh.indices[i + 2]];
        const glm::vec3 winding = glm::cross(b.position - a.position, c.position - a.position);
        EXPECT_GT(glm::dot(winding, a.normal), 0.0f) << "triangle " << i / 3;
    }
}

TEST(BoxMesh, VerticesLieOnTheirFaceOfTheUnitCube) {
    for (const MeshVertex& v : make_unit_box().vertices) {
        EXPECT_FLOAT_EQ(glm::dot(v.position, v.normal), 1.0f);
        for (int axis = 0; axis < 3; ++axis) EXPECT_LE(std::abs(v.position[axis]), 1.0f);
    }
}

}  // namespace
}  // namespace xrviz::render
