// Meshes drawn on the real renderer (lavapipe in CI) with validation on: a glTF red cube
// shows red at its projected centre, a textured quad shows its texture, and sRGB texels
// are decoded to linear light exactly once.
#include <gtest/gtest.h>

#include <glm/gtc/matrix_transform.hpp>

#include "engine/render/gltf_draw.h"
#include "tests/support/offscreen_renderer.h"

namespace xrviz::render {
namespace {

using xrviz::testing::linear_pixel;
using xrviz::testing::max_channel_difference;
using xrviz::testing::OffscreenRenderer;
using xrviz::testing::Rgb;
using xrviz::testing::same_chromaticity;

constexpr int kWidth = 160;
constexpr int kHeight = 120;
const std::filesystem::path kValid = std::filesystem::path(XRVIZ_TEST_DATA_DIR) / "gltf/valid";

FrameDescription frame_looking_at(const glm::vec3& eye, const glm::vec3& target) {
    FrameDescription frame;
    frame.views = {look_at(eye, target, glm::radians(50.0f),
                           static_cast<float>(kWidth) / kHeight)};
    frame.grid.visible = false;
    return frame;
}

glm::ivec2 pixel_of(const View& view, const glm::vec3& point) {
    const auto p = project_to_pixel(view, point, kWidth, kHeight);
    if (!p) throw std::runtime_error("point behind the camera");
    return glm::ivec2(static_cast<int>(p->x), static_cast<int>(p->y));
}

struct Drawn {
    FrameDescription frame;
    assets::Image image;
    glm::ivec2 centre_pixel{0};
};

// A test file from tests/data/gltf/valid placed at `centre`, seen from `eye`.
Drawn draw_model(const char* file, const glm::vec3& centre, const glm::vec3& eye) {
    const GltfDrawList model = make_draw_list(assets::load_gltf(kValid / file));
    Drawn drawn{.frame = frame_looking_at(eye, centre)};
    append_instances(model, glm::translate(glm::mat4(1.0f), centre), drawn.frame.meshes);
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    drawn.image = renderer.render(drawn.frame)[0];
    drawn.centre_pixel = pixel_of(drawn.frame.views[0], centre);
    return drawn;
}

TEST(MeshRender, RedCubeIsRedAtItsProjectedCentre) {
    const glm::vec3 centre(0.0f, 0.5f, 0.0f);
    const Drawn d = draw_model("red_cube.gltf", centre, {2.0f, 2.0f, 3.0f});
    EXPECT_TRUE(same_chromaticity(linear_pixel(d.image, d.centre_pixel.x, d.centre_pixel.y),
                                  {1, 0, 0}, 0.02f));
    // Beside the cube: the clear colour, not red.
    const glm::ivec2 q = pixel_of(d.frame.views[0], centre + glm::vec3(-2.5f, 0.0f, 0.0f));
    EXPECT_FALSE(same_chromaticity(linear_pixel(d.image, q.x, q.y), {1, 0, 0}, 0.2f));
}

TEST(MeshRender, TexturedQuadShowsItsTexture) {
    const Drawn d = draw_model("textured_quad.gltf", {0.0f, 1.0f, 0.0f}, {0.0f, 1.0f, 2.0f});
    EXPECT_TRUE(same_chromaticity(linear_pixel(d.image, d.centre_pixel.x, d.centre_pixel.y),
                                  {0, 1, 0}, 0.02f));
}

// A quad facing +z, 1 m square, uv (0,0) at its top-left corner.
SharedMesh unit_quad() {
    auto mesh = std::make_shared<assets::MeshGeometry>();
    mesh->vertices = {{{-0.5f, -0.5f, 0}, {0, 0, 1}, {0, 1}}, {{0.5f, -0.5f, 0}, {0, 0, 1}, {1, 1}},
                      {{0.5f, 0.5f, 0}, {0, 0, 1}, {1, 0}}, {{-0.5f, 0.5f, 0}, {0, 0, 1}, {0, 0}}};
    mesh->indices = {0, 1, 2, 0, 2, 3};
    return mesh;
}

TEST(MeshRender, TextureLeftAndRightLandOnTheQuadsLeftAndRight) {
    auto texture = std::make_shared<MeshTexture>();
    texture->image = {.width = 2, .height = 1, .rgba = {255, 0, 0, 255, 0, 0, 255, 255}};
    texture->sampler.mag_filter = assets::TextureFilter::nearest;
    FrameDescription frame = frame_looking_at({0.0f, 1.0f, 2.0f}, {0.0f, 1.0f, 0.0f});
    const glm::vec3 centre(0.0f, 1.0f, 0.0f);
    frame.meshes.push_back({.mesh = unit_quad(), .texture = texture,
                            .model = glm::translate(glm::mat4(1.0f), centre)});
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const assets::Image image = renderer.render(frame)[0];
    const glm::ivec2 left = pixel_of(frame.views[0], centre + glm::vec3(-0.25f, 0, 0));
    const glm::ivec2 right = pixel_of(frame.views[0], centre + glm::vec3(0.25f, 0, 0));
    EXPECT_TRUE(same_chromaticity(linear_pixel(image, left.x, left.y), {1, 0, 0}, 0.02f));
    EXPECT_TRUE(same_chromaticity(linear_pixel(image, right.x, right.y), {0, 0, 1}, 0.02f));
}

TEST(MeshRender, SrgbTexelMatchesItsLinearColourUntextured) {
    // sRGB 128 is linear 0.2158: a grey texture on white and an untextured quad of that
    // linear grey must come out the same. Decoding twice, or not at all, would not.
    auto texture = std::make_shared<MeshTexture>();
    texture->image = {.width = 1, .height = 1, .rgba = {128, 128, 128, 255}};
    const SharedMesh quad = unit_quad();
    FrameDescription frame = frame_looking_at({0.0f, 1.0f, 2.0f}, {0.0f, 1.0f, 0.0f});
    const glm::vec3 left(-0.6f, 1.0f, 0.0f), right(0.6f, 1.0f, 0.0f);
    frame.meshes.push_back({.mesh = quad, .texture = texture,
                            .model = glm::translate(glm::mat4(1.0f), left)});
    frame.meshes.push_back({.mesh = quad, .model = glm::translate(glm::mat4(1.0f), right),
                            .colour = glm::vec4(glm::vec3(0.21586f), 1.0f)});
    OffscreenRenderer renderer(kWidth, kHeight, 1);
    const assets::Image image = renderer.render(frame)[0];
    const glm::ivec2 a = pixel_of(frame.views[0], left);
    const glm::ivec2 b = pixel_of(frame.views[0], right);
    const Rgb textured = linear_pixel(image, a.x, a.y);
    const Rgb plain = linear_pixel(image, b.x, b.y);
    EXPECT_GT(plain.r, 0.05f) << "the untextured quad is drawn";
    EXPECT_LT(max_channel_difference(textured, plain), 0.01f);
}

}  // namespace
}  // namespace xrviz::render
