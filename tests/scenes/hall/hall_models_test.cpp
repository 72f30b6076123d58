// The bundled glTF models as the hall uses them: flattened with a colour per vertex, the
// instanced parts (nodes, GPUs) left out of their parents, and the placement read from
// the models' hierarchy puts servers inside the rack and GPUs inside the server.
#include <gtest/gtest.h>

#include "engine/assets/gltf_model.h"
#include "engine/core/error.h"
#include "engine/core/paths.h"
#include "scenes/hall/hall_models.h"

namespace xrviz::scenes::hall {
namespace {

TEST(HallModels, EveryShapeHasTrianglesAndAColourPerVertex) {
    const HallModels m = load_hall_models(paths::bundled_models_dir());
    for (const render::FleetShape* shape : {&m.meshes.rack_frame, &m.meshes.rack_block,
                                            &m.meshes.server, &m.meshes.gpu, &m.meshes.rack_box}) {
        EXPECT_FALSE(shape->geometry.indices.empty()) << shape->geometry.name;
        EXPECT_EQ(shape->colours.size(), shape->geometry.vertices.size()) << shape->geometry.name;
    }
}

TEST(HallModels, InstancedPartsAreLeftOutOfTheirParents) {
    const HallModels m = load_hall_models(paths::bundled_models_dir());
    const assets::GltfModel rack =
        assets::load_gltf(paths::bundled_models_dir() / "rack_2node.gltf");
    const assets::GltfModel node =
        assets::load_gltf(paths::bundled_models_dir() / "gpu_node_8x.gltf");
    std::size_t rack_vertices = 0, node_vertices = 0;
    for (const auto& item : rack.draw_items)
        rack_vertices += rack.geometries[item.geometry].vertices.size();
    for (const auto& item : node.draw_items)
        node_vertices += node.geometries[item.geometry].vertices.size();
    EXPECT_LT(m.meshes.rack_frame.geometry.vertices.size(), rack_vertices);
    EXPECT_LT(m.meshes.server.geometry.vertices.size(), node_vertices);
    EXPECT_GT(m.meshes.server.geometry.vertices.size(), 0u);
}

TEST(HallModels, PlacementPutsServersInTheRackAndGpusInTheServer) {
    const RackPlacement p = load_hall_models(paths::bundled_models_dir()).placement;
    EXPECT_GT(p.server_base, 0.0f);
    EXPECT_GE(p.server_pitch, kServerSize.y) << "servers must not overlap";
    EXPECT_LT(p.server_base + 2 * p.server_pitch, kRackSize.y);
    EXPECT_LE(std::abs(p.server_z) + 0.5f * kServerSize.z, 0.5f * kRackSize.z + 1e-4f);
    EXPECT_GT(p.gpu_columns, 1u);
    EXPECT_GT(p.gpu_origin.y, 0.0f);
    EXPECT_LT(p.gpu_origin.y + kGpuSize.y, kServerSize.y);
    EXPECT_LE(0.5f * static_cast<float>(p.gpu_columns) * std::abs(p.gpu_spacing.x),
              0.5f * kServerSize.x);
}

TEST(HallModels, MissingModelIsAnErrorNamingTheFile) {
    try {
        load_hall_models(paths::bundled_models_dir() / "no-such-folder");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("rack_2node.gltf"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace xrviz::scenes::hall
