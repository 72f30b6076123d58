// The hall drawn on the real renderer (lavapipe in CI) with validation on: a rack in front
// of the camera shows its colour at its projected centre, the counter's board is where the
// layout puts it, and a view looking away from the fleet leaves the GPU's culling with
// nothing to draw (read back from the indirect commands).
#include <gtest/gtest.h>

#include <numeric>

#include <glm/trigonometric.hpp>

#include "scenes/hall/hall_scene.h"
#include "tests/scenes/scene_test_support.h"
#include "tests/support/offscreen_renderer.h"

namespace xrviz::scenes::hall {
namespace {

using xrviz::testing::linear_pixel;
using xrviz::testing::OffscreenRenderer;
using xrviz::testing::Rgb;
using xrviz::testing::same_chromaticity;

constexpr int kWidth = 320;
constexpr int kHeight = 180;

render::View view_from(glm::vec3 eye, glm::vec3 target) {
    return render::look_at(eye, target, glm::radians(50.0f),
                           static_cast<float>(kWidth) / static_cast<float>(kHeight));
}

std::uint32_t total(const std::array<std::uint32_t, render::kFleetMeshCount>& counts) {
    return std::accumulate(counts.begin(), counts.end(), 0u);
}

class HallRender : public ::testing::Test {
protected:
    HallRender() : scene_(*xrviz::scenes::testing::bundled_dataset()) {}

    render::FrameDescription describe(render::View view) const {
        render::FrameDescription frame;
        scene_.describe({}, frame);
        frame.views = {view};
        return frame;
    }

    HallScene scene_;
};

TEST_F(HallRender, RackInFrontOfTheCameraHasItsColourAtItsProjectedCentre) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const HallLayout& l = scene_.layout();
    const std::uint32_t rack = 3;
    const glm::vec3 floor = l.rack_position(rack);
    const float front = l.rack_yaw(rack) == 0.0f ? 1.0f : -1.0f;
    const glm::vec3 centre = floor + glm::vec3(0, 0.5f * kRackSize.y, 0);
    const render::View view = view_from(centre + glm::vec3(0, 0, front * 3.0f), centre);
    render::FrameDescription frame = describe(view);
    // Every rack a closed block: the centre pixel is the rack's face, not a gap between
    // servers.
    frame.fleet.detail_distance = 0.0f;
    frame.fleet.block_distance = 0.0f;
    const auto image = renderer.render(frame).front();

    const auto pixel = render::project_to_pixel(view, centre + glm::vec3(0, 0, front * 0.5f * kRackSize.z),
                                                kWidth, kHeight);
    ASSERT_TRUE(pixel.has_value());
    const Rgb seen = linear_pixel(image, static_cast<int>(pixel->x), static_cast<int>(pixel->y));
    const glm::vec4 c = frame.fleet.rack_colour;
    EXPECT_TRUE(same_chromaticity(seen, {c.r, c.g, c.b}, 0.06f))
        << "saw " << seen.r << ", " << seen.g << ", " << seen.b;
    const auto counts = renderer.fleet_counts();
    EXPECT_GT(counts[static_cast<std::size_t>(render::FleetMesh::rack_block)], 0u);
    EXPECT_EQ(counts[static_cast<std::size_t>(render::FleetMesh::gpu)], 0u);
}

TEST_F(HallRender, NearRacksShowTheirServersAndGpus) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const NamedView aisle = scene_.views().front();
    renderer.render(describe(view_from(aisle.pose.eye, aisle.pose.target)));
    const auto counts = renderer.fleet_counts();
    const HallLayout& l = scene_.layout();
    const auto gpus = counts[static_cast<std::size_t>(render::FleetMesh::gpu)];
    const auto servers = counts[static_cast<std::size_t>(render::FleetMesh::server)];
    const auto frames = counts[static_cast<std::size_t>(render::FleetMesh::rack_frame)];
    EXPECT_GT(gpus, 0u);
    // Whole racks: every near rack brings all its servers, and each server all its GPUs.
    EXPECT_EQ(servers, frames * l.figures.servers_per_rack);
    EXPECT_EQ(gpus % l.gpus_per_rack, 0u);
    EXPECT_LE(gpus, servers * l.figures.gpus_per_server);
    EXPECT_LE(frames + counts[static_cast<std::size_t>(render::FleetMesh::rack_block)], l.racks);
}

TEST_F(HallRender, ViewLookingAwayFromTheFleetDrawsNoInstances) {
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const glm::vec2 lo = scene_.layout().hall_min(0);
    // From the front wall, facing away from the rows.
    const glm::vec3 eye(10.0f, 1.6f, lo.y + 0.5f);
    renderer.render(describe(view_from(eye, eye + glm::vec3(0, 0, -5))));
    EXPECT_EQ(total(renderer.fleet_counts()), 0u);
    // The same spot facing the rows: the culling is not simply drawing nothing.
    renderer.render(describe(view_from(eye, eye + glm::vec3(0, 0, 5))));
    EXPECT_GT(total(renderer.fleet_counts()), 0u);
}

TEST_F(HallRender, MultiviewCullsAgainstBothEyes) {
    OffscreenRenderer renderer(kWidth, kHeight, 2);
    const glm::vec2 lo = scene_.layout().hall_min(0);
    const glm::vec3 eye(10.0f, 1.6f, lo.y + 0.5f);
    render::FrameDescription frame = describe(view_from(eye, eye + glm::vec3(0, 0, -5)));
    frame.views.push_back(frame.views.front());
    renderer.render(frame);
    EXPECT_EQ(total(renderer.fleet_counts()), 0u);
    // One eye toward the rows is enough for them to be drawn.
    frame.views[1] = view_from(eye, eye + glm::vec3(0, 0, 5));
    renderer.render(frame);
    EXPECT_GT(total(renderer.fleet_counts()), 0u);
}

}  // namespace
}  // namespace xrviz::scenes::hall
