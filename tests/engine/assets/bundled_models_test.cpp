// The glTF models of assets/models load cleanly and have the sizes and parts that
// tools/models/make_models.py promises (assets/models/README.md): true metres, fronts
// facing +z, 8 GPUs a node, 2 nodes a rack (Meta's 24K clusters).
#include <gtest/gtest.h>

#include <algorithm>

#include "engine/assets/gltf_model.h"
#include "engine/core/paths.h"

namespace xrviz::assets {
namespace {

GltfModel load_bundled(const char* name) { return load_gltf(paths::bundled_models_dir() / name); }

std::size_t count_named(const GltfModel& model, const std::string& prefix) {
    return static_cast<std::size_t>(std::count_if(
        model.nodes.begin(), model.nodes.end(),
        [&](const GltfNode& n) { return n.name.rfind(prefix, 0) == 0 && n.mesh >= 0; }));
}

void expect_size(const GltfModel& model, glm::vec3 size, float tolerance) {
    const glm::vec3 actual = model.bounds_max - model.bounds_min;
    for (int k = 0; k < 3; ++k) EXPECT_NEAR(actual[k], size[k], tolerance) << "axis " << k;
    EXPECT_NEAR(model.bounds_min.y, 0.0f, 1e-4f) << "stands on y = 0";
}

TEST(BundledModels, H100ModuleIsAboutTheSizeOfAnSxmBoardWithItsHeatsink) {
    const GltfModel gpu = load_bundled("h100_sxm.gltf");
    EXPECT_TRUE(gpu.unsupported.empty());
    expect_size(gpu, {0.078f, 0.0955f, 0.142f}, 0.002f);
}

TEST(BundledModels, ServerNodeHoldsEightGpus) {
    const GltfModel node = load_bundled("gpu_node_8x.gltf");
    EXPECT_TRUE(node.unsupported.empty());
    EXPECT_EQ(count_named(node, "gpu_"), 8u);
    expect_size(node, {0.48f, 8 * 0.04445f, 0.80f}, 0.01f);  // 19-inch panel, ears included
}

TEST(BundledModels, RackHoldsTwoNodesOfEightGpusInsideItsCabinet) {
    const GltfModel rack = load_bundled("rack_2node.gltf");
    EXPECT_TRUE(rack.unsupported.empty());
    EXPECT_EQ(count_named(rack, "gpu_"), 16u);
    EXPECT_EQ(std::count_if(rack.nodes.begin(), rack.nodes.end(),
                            [](const GltfNode& n) { return n.name.rfind("node_", 0) == 0; }),
              2);
    expect_size(rack, {0.6f, 2.2f, 1.2f}, 0.01f);
    // Every GPU sits inside the cabinet: its world origin within the rack's footprint.
    for (const GltfNode& n : rack.nodes) {
        if (n.name.rfind("gpu_", 0) != 0) continue;
        const glm::vec3 p(n.world[3]);
        EXPECT_LT(std::abs(p.x), 0.3f);
        EXPECT_LT(std::abs(p.z), 0.6f);
        EXPECT_GT(p.y, 0.1f);
        EXPECT_LT(p.y, 2.2f);
    }
}

TEST(BundledModels, LowDetailRackHasTheSameOutlineInAFewBoxes) {
    const GltfModel full = load_bundled("rack_2node.gltf");
    const GltfModel lod = load_bundled("rack_2node_lod.gltf");
    EXPECT_TRUE(lod.unsupported.empty());
    expect_size(lod, full.bounds_max - full.bounds_min, 0.01f);
    EXPECT_LT(lod.triangle_count() * 10, full.triangle_count());
}

}  // namespace
}  // namespace xrviz::assets
