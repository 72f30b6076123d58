// The GPU-driven fleet pass on the real renderer (lavapipe in CI), validation on: the
// counts the compute pass leaves in the indirect commands, read back, follow the layout,
// the levels of detail and the views' frusta; and a rack block shows where it should.
#include <gtest/gtest.h>

#include <memory>

#include <glm/trigonometric.hpp>

#include "engine/render/box_mesh.h"
#include "tests/support/offscreen_renderer.h"

namespace xrviz::render {
namespace {

using xrviz::testing::linear_pixel;
using xrviz::testing::OffscreenRenderer;
using xrviz::testing::same_chromaticity;

constexpr int kWidth = 160;
constexpr int kHeight = 120;

FleetShape box(const char* name, glm::vec3 min, glm::vec3 max) {
    return FleetShape{make_box_geometry(name, min, max), {}};
}

// 100 GPUs, 8 per server, 2 servers per rack: six full racks and one with 4 GPUs, in a
// hall of two rows of four racks.
FleetDraw small_fleet() {
    auto meshes = std::make_shared<FleetMeshes>();
    meshes->rack_frame = box("frame", {-0.3f, 0.0f, -0.5f}, {0.3f, 2.0f, -0.45f});
    meshes->rack_block = box("block", {-0.3f, 0.0f, -0.5f}, {0.3f, 2.0f, 0.5f});
    meshes->server = box("server", {-0.25f, -0.1f, -0.4f}, {0.25f, 0.1f, 0.4f});
    meshes->gpu = box("gpu", {-0.05f, -0.04f, -0.08f}, {0.05f, 0.04f, 0.08f});
    meshes->rack_box = box("box", {-0.3f, 0.0f, -0.5f}, {0.3f, 2.0f, 0.5f});
    meshes->row_box = box("row", {-0.3f, 0.0f, -0.5f}, {-0.3f + 4 * 0.6f, 2.0f, 0.5f});
    FleetDraw fleet;
    fleet.meshes = meshes;
    fleet.layout.gpu_count = 100;
    fleet.layout.gpus_per_server = 8;
    fleet.layout.servers_per_rack = 2;
    fleet.layout.racks_per_row = 4;
    fleet.layout.rows_per_hall = 2;
    fleet.layout.rack_size = {0.6f, 2.0f, 1.0f};
    fleet.rack_colour = {0.8f, 0.2f, 0.1f, 1.0f};
    return fleet;
}

constexpr std::uint32_t kRacks = (100 + 15) / 16;
constexpr std::uint32_t kServers = 100 / 8 + 1;  // the last rack's 4 GPUs need a server

View view_from(glm::vec3 eye, glm::vec3 target) {
    return look_at(eye, target, glm::radians(60.0f),
                   static_cast<float>(kWidth) / static_cast<float>(kHeight));
}

// Above the middle of the two rows, looking down at all of them.
View overview() {
    return view_from({1.2f, 12.0f, 6.0f}, {1.2f, 0.0f, 2.3f});
}

std::size_t at(FleetMesh mesh) {
    return static_cast<std::size_t>(mesh);
}

FrameDescription frame_with(const FleetDraw& fleet, std::vector<View> views) {
    FrameDescription frame;
    frame.grid.visible = false;
    frame.fleet = fleet;
    frame.views = std::move(views);
    return frame;
}

TEST(FleetPass, FarRacksAreOneBlockEach) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    FleetDraw fleet = small_fleet();
    fleet.detail_distance = 0.0f;
    fleet.block_distance = 0.0f;
    renderer.render(frame_with(fleet, {overview()}));
    const auto counts = renderer.fleet_counts();
    EXPECT_EQ(counts[at(FleetMesh::rack_block)], kRacks);
    EXPECT_EQ(counts[at(FleetMesh::rack_frame)], 0u);
    EXPECT_EQ(counts[at(FleetMesh::server)], 0u);
    EXPECT_EQ(counts[at(FleetMesh::gpu)], 0u);
}

TEST(FleetPass, FarthestRacksAreOnePlainBoxEach) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    FleetDraw fleet = small_fleet();
    fleet.detail_distance = 0.0f;
    fleet.block_distance = 0.0f;
    fleet.box_distance = 0.0f;
    renderer.render(frame_with(fleet, {overview()}));
    const auto counts = renderer.fleet_counts();
    EXPECT_EQ(counts[at(FleetMesh::rack_box)], kRacks);
    EXPECT_EQ(counts[at(FleetMesh::rack_block)], 0u);
}

TEST(FleetPass, FarFullRowsAreOneBoxEachAndPartRowsStayRacks) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    FleetDraw fleet = small_fleet();
    fleet.block_distance = 0.0f;
    fleet.row_distance = 0.0f;
    renderer.render(frame_with(fleet, {overview()}));
    const auto counts = renderer.fleet_counts();
    // The first row has its four racks; the second only three, drawn one by one.
    EXPECT_EQ(counts[at(FleetMesh::row_box)], 1u);
    EXPECT_EQ(counts[at(FleetMesh::rack_block)], kRacks - 4);
}

TEST(FleetPass, NearRacksBringEveryServerAndGpu) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    FleetDraw fleet = small_fleet();
    fleet.detail_distance = 1000.0f;
    fleet.block_distance = 1000.0f;
    renderer.render(frame_with(fleet, {overview()}));
    const auto counts = renderer.fleet_counts();
    EXPECT_EQ(counts[at(FleetMesh::rack_block)], 0u);
    EXPECT_EQ(counts[at(FleetMesh::rack_box)], 0u);
    EXPECT_EQ(counts[at(FleetMesh::rack_frame)], kRacks);
    EXPECT_EQ(counts[at(FleetMesh::server)], kServers);
    EXPECT_EQ(counts[at(FleetMesh::gpu)], 100u);
}

TEST(FleetPass, MiddleDistanceDrawsServersWithoutGpus) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    FleetDraw fleet = small_fleet();
    fleet.detail_distance = 0.0f;
    fleet.block_distance = 1000.0f;
    renderer.render(frame_with(fleet, {overview()}));
    const auto counts = renderer.fleet_counts();
    EXPECT_EQ(counts[at(FleetMesh::server)], kServers);
    EXPECT_EQ(counts[at(FleetMesh::gpu)], 0u);
}

TEST(FleetPass, RacksOutsideEveryFrustumAreCulled) {
    OffscreenRenderer renderer(kWidth, kHeight, 2);
    const View away = view_from({1.2f, 1.6f, -3.0f}, {1.2f, 1.6f, -10.0f});
    renderer.render(frame_with(small_fleet(), {away, away}));
    EXPECT_EQ(renderer.fleet_counts(), (std::array<std::uint32_t, kFleetMeshCount>{}));
    // Either eye seeing the racks is enough.
    FleetDraw fleet = small_fleet();
    fleet.block_distance = 0.0f;
    renderer.render(frame_with(fleet, {away, overview()}));
    EXPECT_EQ(renderer.fleet_counts()[at(FleetMesh::rack_block)], kRacks);
}

TEST(FleetPass, OnlyTheRacksInViewAreDrawn) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    FleetDraw fleet = small_fleet();
    fleet.block_distance = 0.0f;
    // Narrow, at the first rack from the cold aisle in front of it: its neighbours along
    // the row are outside the frustum.
    const View close = look_at({0.3f, 1.0f, -1.0f}, {0.3f, 1.0f, 1.7f}, glm::radians(10.0f), 1.0f);
    const auto image = renderer.render(frame_with(fleet, {close})).front();
    const std::uint32_t blocks = renderer.fleet_counts()[at(FleetMesh::rack_block)];
    EXPECT_GE(blocks, 1u);
    EXPECT_LT(blocks, kRacks);
    const auto seen = linear_pixel(image, kWidth / 2, kHeight / 2);
    const glm::vec4 c = fleet.rack_colour;
    EXPECT_TRUE(same_chromaticity(seen, {c.r, c.g, c.b}, 0.06f))
        << "saw " << seen.r << ", " << seen.g << ", " << seen.b;
}

}  // namespace
}  // namespace xrviz::render
