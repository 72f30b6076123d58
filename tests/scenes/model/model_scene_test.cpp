#include "scenes/model/model_scene.h"

#include <gtest/gtest.h>

#include "engine/core/error.h"
#include "scenes/viewer.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::model {
namespace {

const std::filesystem::path kGltf = std::filesystem::path(XRVIZ_TEST_DATA_DIR) / "gltf";

TEST(ModelScene, WithoutAFileShowsTheBundledRack) {
    const ModelScene scene(*testing::bundled_dataset(), std::nullopt);
    EXPECT_EQ(scene.info().front(), kBundledModel);
    render::FrameDescription frame;
    scene.describe({}, frame);
    EXPECT_EQ(frame.meshes.size(), scene.model().draw_items.size());
    EXPECT_FALSE(frame.meshes.empty());
    // The rack stands on the floor, centred on the origin.
    EXPECT_NEAR(scene.framing().min.y, 0.0f, 1e-4f);
    EXPECT_NEAR(scene.framing().min.x + scene.framing().max.x, 0.0f, 1e-4f);
}

TEST(ModelScene, BundledRackPicksShowTheDatasetFiguresBehindIt) {
    const auto dataset = testing::bundled_dataset();
    const ModelScene scene(*dataset, std::nullopt);
    const auto& picks = scene.pickables();
    ASSERT_EQ(picks.size(), 3u);  // two nodes, then the cabinet
    const auto nodes = dataset->values("gpus_per_node_grand_teton_hgx");
    const auto racks = dataset->values("nodes_per_rack_24k_cluster");
    ASSERT_FALSE(nodes.empty());
    ASSERT_FALSE(racks.empty());
    EXPECT_EQ(picks[0].details.series, "gpus_per_node_grand_teton_hgx");
    EXPECT_EQ(picks[0].details.value, nodes.back()->value);
    EXPECT_FALSE(picks[0].details.source_url.empty());
    EXPECT_EQ(picks[2].details.series, "nodes_per_rack_24k_cluster");
    EXPECT_EQ(picks[2].details.value, racks.back()->value);
    // The model holds as many nodes as the dataset says a rack does.
    EXPECT_EQ(static_cast<double>(picks.size() - 1), racks.back()->value);
    // Each node's box lies inside the cabinet's.
    for (int n = 0; n < 2; ++n) {
        for (int k = 0; k < 3; ++k) {
            EXPECT_GE(picks[n].min[k], picks[2].min[k] - 1e-4f);
            EXPECT_LE(picks[n].max[k], picks[2].max[k] + 1e-4f);
        }
    }
}

TEST(ModelScene, AFileNamedOnTheCommandLineIsShownWithItsCounts) {
    const ModelScene scene(*testing::bundled_dataset(), kGltf / "valid/red_cube.glb");
    EXPECT_EQ(scene.info()[0], "red_cube.glb");
    EXPECT_EQ(scene.info()[1], "1 nodes, 1 meshes, 12 triangles");
    EXPECT_TRUE(scene.pickables().empty()) << "no dataset figures behind somebody's file";
}

TEST(ModelScene, AMalformedFileIsAUsageErrorNamingFileAndFault) {
    const auto file = kGltf / "malformed/index_out_of_range.gltf";
    try {
        ModelScene scene(*testing::bundled_dataset(), file);
        FAIL() << "a malformed file was shown";
    } catch (const UsageError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "cannot show model " + file.string() +
                      ": mesh 0 primitive 0: index 7 is 99, past the last vertex (24 vertices)");
    }
}

TEST(ModelScene, TheViewerHandsTheModelFileToTheScene) {
    Viewer viewer(testing::bundled_dataset(), "model", {.model = kGltf / "valid/hierarchy.gltf"});
    EXPECT_EQ(viewer.scene().title(), "glTF model: hierarchy.gltf");
    viewer.set_view("front");
    Viewer gallery(testing::bundled_dataset(), "model");
    EXPECT_EQ(gallery.scene().title(), std::string("glTF model: ") + kBundledModel);
}

}  // namespace
}  // namespace xrviz::scenes::model
