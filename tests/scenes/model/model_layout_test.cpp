#include "scenes/model/model_layout.h"

#include <gtest/gtest.h>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace xrviz::scenes::model {
namespace {

TEST(ModelLayout, PlacementPutsTheFootprintCentreOnTheOrigin) {
    const Framing f = frame_bounds({2.0f, -1.0f, 4.0f}, {4.0f, 3.0f, 8.0f}, 3);
    const glm::vec3 placed_min(f.placement * glm::vec4(2.0f, -1.0f, 4.0f, 1.0f));
    EXPECT_EQ(placed_min, glm::vec3(-1.0f, 0.0f, -2.0f));
    EXPECT_EQ(f.min, placed_min);
    EXPECT_EQ(f.max, glm::vec3(1.0f, 4.0f, 2.0f));
}

TEST(ModelLayout, PanelStandsAboveTheBackEdge) {
    const Framing f = frame_bounds({-1, 0, -1}, {1, 2, 1}, 4);
    EXPECT_GT(f.label_base.y, f.max.y);
    EXPECT_EQ(f.label_base.z, f.min.z);
    EXPECT_GT(f.view_radius, f.radius) << "the cameras frame the panel too";
}

TEST(ModelLayout, EveryViewSeesTheWholeBoundingSphere) {
    const Framing f = frame_bounds({-0.3f, 0.0f, -0.6f}, {0.3f, 2.2f, 0.6f}, 3);
    const float fov = 50.0f;
    const auto views = framed_views(f, fov);
    ASSERT_EQ(views.size(), 3u);
    EXPECT_EQ(views[0].name, "three-quarter");
    EXPECT_EQ(views[1].name, "front");
    EXPECT_EQ(views[2].name, "top");
    for (const NamedView& v : views) {
        const float distance = glm::length(v.pose.eye - v.pose.target);
        // The sphere's angular radius from the eye fits half the field of view.
        EXPECT_LE(std::asin(f.view_radius / distance), glm::radians(fov) / 2.0f) << v.name;
        EXPECT_EQ(v.pose.target, f.view_centre) << v.name;
    }
    EXPECT_GT(views[1].pose.eye.z, f.max.z) << "front looks from +z";
    EXPECT_GT(views[2].pose.eye.y, f.max.y) << "top looks from above";
}

TEST(ModelLayout, TinyModelsStillGetARoomToBeSeenIn) {
    const Framing f = frame_bounds(glm::vec3(0.0f), glm::vec3(0.0f), 1);
    EXPECT_GT(f.radius, 0.0f);
    EXPECT_GT(f.line_height, 0.0f);
}

TEST(ModelLayout, GroupedThousands) {
    EXPECT_EQ(grouped(0), "0");
    EXPECT_EQ(grouped(999), "999");
    EXPECT_EQ(grouped(1000), "1,000");
    EXPECT_EQ(grouped(1234567), "1,234,567");
}

TEST(ModelLayout, InfoListsCountsSizeAndEachUnsupportedFeature) {
    assets::GltfModel m;
    m.nodes.resize(3);
    m.meshes.resize(2);
    m.geometries.push_back({.indices = std::vector<std::uint32_t>(36)});
    m.draw_items = {{.geometry = 0}, {.geometry = 0}};
    m.bounds_min = {0, 0, 0};
    m.bounds_max = {0.6f, 2.2f, 1.2f};
    m.unsupported = {"cameras (1)", "attribute COLOR_0"};
    const std::vector<std::string> expected{
        "rack.glb",
        "3 nodes, 2 meshes, 24 triangles",
        "0.60 x 2.20 x 1.20 m (wide x tall x deep)",
        "Not shown (not supported):",
        "cameras (1)",
        "attribute COLOR_0",
    };
    EXPECT_EQ(info_lines(m, "rack.glb"), expected);
}

}  // namespace
}  // namespace xrviz::scenes::model
