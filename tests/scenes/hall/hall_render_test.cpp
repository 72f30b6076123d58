// The hall drawn on the real renderer (lavapipe in CI) with validation on: a rack in front
// of the camera shows its colour at its projected centre, the counter's board is where the
// layout puts it, and a view looking away from the fleet leaves the GPU's culling with
// nothing to draw (read back from the indirect commands).
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include <glm/trigonometric.hpp>

#include "scenes/hall/hall_scene.h"
#include "tests/scenes/scene_test_support.h"
#include "tests/support/offscreen_renderer.h"

namespace xrviz::scenes::hall {
namespace {

using xrviz::testing::linear_pixel;
using xrviz::testing::max_channel_difference;
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

// The colour the far-away rack model gives the front of its face at height y on the
// rack's centre line: its frontmost +z-facing triangle there.
glm::vec3 front_colour_at(const render::FleetShape& shape, float y) {
    const auto& v = shape.geometry.vertices;
    const auto& idx = shape.geometry.indices;
    float best_z = -1e9f;
    glm::vec3 colour(-1.0f);
    for (std::size_t t = 0; t + 2 < idx.size(); t += 3) {
        const glm::vec3 a = v[idx[t]].position, b = v[idx[t + 1]].position,
                        c = v[idx[t + 2]].position;
        if (v[idx[t]].normal.z < 0.99f)
            continue;
        // Barycentric test in the xy plane for the point (0, y).
        const glm::vec2 p(0.0f, y), e0(b - a), e1(c - a), e2 = p - glm::vec2(a);
        const float d = e0.x * e1.y - e1.x * e0.y;
        if (std::abs(d) < 1e-9f)
            continue;
        const float s = (e2.x * e1.y - e1.x * e2.y) / d;
        const float r = (e0.x * e2.y - e2.x * e0.y) / d;
        if (s < 0.0f || r < 0.0f || s + r > 1.0f || a.z <= best_z)
            continue;
        best_z = a.z;
        colour = shape.colours[idx[t]];
    }
    return colour;
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

    const auto pixel = render::project_to_pixel(
        view, centre + glm::vec3(0, 0, front * 0.5f * kRackSize.z), kWidth, kHeight);
    ASSERT_TRUE(pixel.has_value());
    const Rgb seen = linear_pixel(image, static_cast<int>(pixel->x), static_cast<int>(pixel->y));
    const glm::vec3 c = glm::vec3(frame.fleet.rack_colour) *
                        front_colour_at(frame.fleet.meshes->rack_block, centre.y);
    ASSERT_GE(c.r, 0.0f) << "the rack model has no front face at its centre";
    EXPECT_TRUE(same_chromaticity(seen, {c.r, c.g, c.b}, 0.06f))
        << "saw " << seen.r << ", " << seen.g << ", " << seen.b;
    const auto counts = renderer.fleet_counts();
    EXPECT_GT(counts[static_cast<std::size_t>(render::FleetMesh::rack_block)], 0u);
    EXPECT_EQ(counts[static_cast<std::size_t>(render::FleetMesh::gpu)], 0u);

    // The colours are near grey, as is what lies behind: without the fleet, that pixel
    // is something else.
    frame.fleet = {};
    const auto without = renderer.render(frame).front();
    EXPECT_GT(max_channel_difference(seen, linear_pixel(without, static_cast<int>(pixel->x),
                                                        static_cast<int>(pixel->y))),
              0.005f);
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
    EXPECT_LE(frames + counts[static_cast<std::size_t>(render::FleetMesh::rack_block)] +
                  counts[static_cast<std::size_t>(render::FleetMesh::rack_box)],
              l.racks);
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
