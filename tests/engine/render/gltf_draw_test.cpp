#include "engine/render/gltf_draw.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace xrviz::render
