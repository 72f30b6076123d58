#include "engine/render/gltf_draw.h"

#include <gtest/gtest.h>

#include <glm/common.hpp>
#include <glm/gtc/matrix_transform.hpp>

namespace xrviz::render {
namespace {

const std::filesystem::path kValid = std::filesystem::path(XRVIZ_TEST_DATA_DIR) / "gltf/valid";

TEST(GltfDraw, NodesSharingAMeshShareOneUpload) {
    const GltfDrawList list = make_draw_list(assets::load_gltf(kValid / "hierarchy.gltf"));
    ASSERT_EQ(list.meshes.size(), 1u);
    ASSERT_EQ(list.items.size(), 2u);
    std::vector<MeshInstance> out;
    append_instances(list, glm::mat4(1.0f), out);
    append_instances(list, glm::mat4(1.0f), out);
    ASSERT_EQ(out.size(), 4u);
    for (const MeshInstance& m : out) EXPECT_EQ(m.mesh, list.meshes[0]);
}

TEST(GltfDraw, PlacementAppliesAfterTheNodeChain) {
    const GltfDrawList list = make_draw_list(assets::load_gltf(kValid / "hierarchy.gltf"));
    std::vector<MeshInstance> out;
    const glm::mat4 placement = glm::translate(glm::mat4(1.0f), glm::vec3(10, 0, 0));
    append_instances(list, placement, out);
    ASSERT_EQ(out.size(), 2u);
    // The child node's origin is (1, 2, 0) in the model; placed, (11, 2, 0).
    const glm::vec3 origin(out[0].model[3]);
    EXPECT_NEAR(origin.x, 11.0f, 1e-5f);
    EXPECT_NEAR(origin.y, 2.0f, 1e-5f);
}

TEST(GltfDraw, MaterialColourAndTextureReachTheInstance) {
    const GltfDrawList red = make_draw_list(assets::load_gltf(kValid / "red_cube.gltf"));
    ASSERT_EQ(red.items.size(), 1u);
    EXPECT_EQ(red.items[0].colour, glm::vec4(1, 0, 0, 1));
    EXPECT_EQ(red.items[0].texture, -1);
    const GltfDrawList quad = make_draw_list(assets::load_gltf(kValid / "textured_quad.gltf"));
    ASSERT_EQ(quad.items.size(), 1u);
    ASSERT_EQ(quad.items[0].texture, 0);
    EXPECT_EQ(quad.textures[0]->image.width, 2);
}

TEST(GltfDraw, MergedListHasOneMeshPerLookAndTheSameTriangles) {
    const assets::GltfModel rack = assets::load_gltf(std::filesystem::path(XRVIZ_SOURCE_DIR) /
                                                     "assets/models/rack_2node.gltf");
    const GltfDrawList items = make_draw_list(rack);
    const GltfDrawList merged = make_merged_draw_list(rack);
    EXPECT_LT(merged.items.size() * 5, items.items.size());
    EXPECT_EQ(merged.meshes.size(), merged.items.size());
    std::size_t triangles = 0;
    glm::vec3 lo(1e9f), hi(-1e9f);
    for (const GltfDrawList::Item& item : merged.items) {
        EXPECT_EQ(item.world, glm::mat4(1.0f)) << "already in model space";
        const assets::MeshGeometry& mesh = *merged.meshes[item.mesh];
        triangles += mesh.indices.size() / 3;
        lo = glm::min(lo, mesh.bounds_min);
        hi = glm::max(hi, mesh.bounds_max);
    }
    EXPECT_EQ(triangles, rack.triangle_count());
    for (int k = 0; k < 3; ++k) {
        EXPECT_NEAR(lo[k], rack.bounds_min[k], 1e-4f);
        EXPECT_NEAR(hi[k], rack.bounds_max[k], 1e-4f);
    }
}

TEST(GltfDraw, MergingKeepsWorldPositionsOfTheHierarchy) {
    const assets::GltfModel model = assets::load_gltf(kValid / "hierarchy.gltf");
    const GltfDrawList merged = make_merged_draw_list(model);
    ASSERT_EQ(merged.items.size(), 1u);  // both boxes share the default look
    const assets::MeshGeometry& mesh = *merged.meshes[0];
    for (int k = 0; k < 3; ++k) {
        EXPECT_NEAR(mesh.bounds_min[k], model.bounds_min[k], 1e-5f);
        EXPECT_NEAR(mesh.bounds_max[k], model.bounds_max[k], 1e-5f);
    }
}

}  // namespace
}  // namespace xrviz::render
