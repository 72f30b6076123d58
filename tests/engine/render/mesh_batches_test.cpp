#include "engine/render/mesh_batches.h"

#include <gtest/gtest.h>

#include <glm/gtc/matrix_transform.hpp>

namespace xrviz::render {
namespace {

SharedMesh triangle() {
    auto mesh = std::make_shared<assets::MeshGeometry>();
    mesh->vertices.resize(3);
    mesh->indices = {0, 1, 2};
    return mesh;
}

TEST(MeshBatches, OneBatchPerMeshTextureAndCulling) {
    const SharedMesh a = triangle();
    const SharedMesh b = triangle();
    const SharedTexture t = std::make_shared<MeshTexture>();
    const glm::mat4 mirror = glm::scale(glm::mat4(1.0f), glm::vec3(-1, 1, 1));
    std::vector<MeshInstance> instances{
        {.mesh = a}, {.mesh = b}, {.mesh = a, .texture = t}, {.mesh = a},
        {.mesh = a, .model = mirror}, {.mesh = a, .double_sided = true}, {.mesh = nullptr},
    };
    const MeshBatches out = batch_instances(instances);
    ASSERT_EQ(out.order.size(), 6u) << "the instance without a mesh is left out";
    std::size_t covered = 0;
    for (const MeshBatch& batch : out.batches) {
        for (std::uint32_t k = batch.first; k < batch.first + batch.count; ++k) {
            const MeshInstance& m = instances[out.order[k]];
            EXPECT_EQ(m.mesh.get(), batch.mesh);
            EXPECT_EQ(m.texture.get(), batch.texture);
        }
        covered += batch.count;
    }
    EXPECT_EQ(covered, out.order.size());
    // a culled x2 (instances 0 and 3), a two-sided x2 (mirrored, double-sided), a
    // textured, b: four draws for six instances.
    ASSERT_EQ(out.batches.size(), 4u);
    const auto batch_of = [&](std::uint32_t instance) {
        for (const MeshBatch& batch : out.batches)
            for (std::uint32_t k = batch.first; k < batch.first + batch.count; ++k)
                if (out.order[k] == instance) return batch;
        return MeshBatch{};
    };
    EXPECT_EQ(batch_of(0).count, 2u);
    EXPECT_TRUE(batch_of(0).cull_back_faces);
    EXPECT_FALSE(batch_of(4).cull_back_faces) << "a mirroring transform flips the winding";
    EXPECT_FALSE(batch_of(5).cull_back_faces);
    EXPECT_EQ(batch_of(4).count, 2u);
}

}  // namespace
}  // namespace xrviz::render
