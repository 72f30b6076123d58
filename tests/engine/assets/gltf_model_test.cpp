// The glTF loader against the files of tests/data/gltf (written by its make_test_files.py):
// valid files whose numbers are known from how they were built, and malformed files that
// must each be refused with the exact message in <case>.error.txt.
#include <gtest/gtest.h>

#include <algorithm>

#include <glm/gtc/matrix_transform.hpp>

#include "engine/assets/gltf_model.h"
#include "engine/core/error.h"
#include "tests/support/text_file.h"

namespace xrviz::assets {
namespace {

const std::filesystem::path kGltf = std::filesystem::path(XRVIZ_TEST_DATA_DIR) / "gltf";

GltfModel load_valid(const char* name) { return load_gltf(kGltf / "valid" / name); }

void expect_near(glm::vec3 actual, glm::vec3 expected) {
    for (int k = 0; k < 3; ++k) EXPECT_NEAR(actual[k], expected[k], 1e-5f) << "component " << k;
}

TEST(GltfModel, RedCubeHasOneNodeOneBoxAndItsMaterial) {
    const GltfModel model = load_valid("red_cube.gltf");
    ASSERT_EQ(model.nodes.size(), 1u);
    ASSERT_EQ(model.geometries.size(), 1u);
    const MeshGeometry& cube = model.geometries[0];
    EXPECT_EQ(cube.vertices.size(), 24u);
    EXPECT_EQ(cube.indices.size(), 36u);
    expect_near(cube.bounds_min, glm::vec3(-0.5f));
    expect_near(cube.bounds_max, glm::vec3(0.5f));
    ASSERT_EQ(model.draw_items.size(), 1u);
    EXPECT_EQ(model.draw_items[0].material, 0);
    ASSERT_EQ(model.materials.size(), 1u);
    EXPECT_EQ(model.materials[0].base_colour, glm::vec4(1.0f, 0.0f, 0.0f, 1.0f));
    EXPECT_EQ(model.materials[0].base_colour_texture, -1);
    EXPECT_EQ(model.triangle_count(), 12u);
    EXPECT_TRUE(model.unsupported.empty());
    // Each face's normal points away from the centre, and its triangles wind
    // counter-clockwise seen from outside, as glTF requires.
    for (std::size_t t = 0; t < cube.indices.size(); t += 3) {
        const MeshVertex& a = cube.vertices[cube.indices[t]];
        const MeshVertex& b = cube.vertices[cube.indices[t + 1]];
        const MeshVertex& c = cube.vertices[cube.indices[t + 2]];
        const glm::vec3 face = glm::cross(b.position - a.position, c.position - a.position);
        EXPECT_GT(glm::dot(face, a.normal), 0.0f) << "triangle " << t / 3;
        EXPECT_GT(glm::dot(a.position, a.normal), 0.0f) << "triangle " << t / 3;
    }
}

TEST(GltfModel, BinaryAndTextFormsLoadTheSame) {
    const GltfModel text = load_valid("red_cube.gltf");
    const GltfModel binary = load_valid("red_cube.glb");
    ASSERT_EQ(binary.geometries.size(), 1u);
    ASSERT_EQ(binary.geometries[0].vertices.size(), text.geometries[0].vertices.size());
    for (std::size_t i = 0; i < text.geometries[0].vertices.size(); ++i) {
        EXPECT_EQ(binary.geometries[0].vertices[i].position, text.geometries[0].vertices[i].position);
        EXPECT_EQ(binary.geometries[0].vertices[i].normal, text.geometries[0].vertices[i].normal);
    }
    EXPECT_EQ(binary.geometries[0].indices, text.geometries[0].indices);
}

TEST(GltfModel, WorldTransformsFollowTheParentChain) {
    const GltfModel model = load_valid("hierarchy.gltf");
    ASSERT_EQ(model.nodes.size(), 3u);
    const GltfNode& parent = model.nodes[0];
    const GltfNode& child = model.nodes[1];
    EXPECT_EQ(parent.parent, -1);
    EXPECT_EQ(child.parent, 0);
    ASSERT_EQ(parent.children, std::vector<std::size_t>{1});
    // parent: translate (1,0,0), scale 2; child: translate (0,1,0), a quarter turn about y.
    const glm::mat4 expected_parent =
        glm::scale(glm::translate(glm::mat4(1.0f), glm::vec3(1, 0, 0)), glm::vec3(2.0f));
    const glm::mat4 expected_child =
        expected_parent * glm::rotate(glm::translate(glm::mat4(1.0f), glm::vec3(0, 1, 0)),
                                      1.5707963f, glm::vec3(0, 1, 0));
    for (int c = 0; c < 4; ++c) {
        for (int r = 0; r < 4; ++r) {
            EXPECT_NEAR(parent.world[c][r], expected_parent[c][r], 1e-5f);
            EXPECT_NEAR(child.world[c][r], expected_child[c][r], 1e-5f);
        }
    }
    // The child's origin lands at parent(0,1,0) = (1,2,0); the matrix node at (0,0,-3).
    expect_near(glm::vec3(child.world[3]), glm::vec3(1.0f, 2.0f, 0.0f));
    expect_near(glm::vec3(model.nodes[2].world[3]), glm::vec3(0.0f, 0.0f, -3.0f));
    ASSERT_EQ(model.draw_items.size(), 2u);
    // Bounds: the 0.5 m box scaled 2 around (1,2,0), and unscaled around (0,0,-3).
    expect_near(model.bounds_min, glm::vec3(-0.25f, -0.25f, -3.25f));
    expect_near(model.bounds_max, glm::vec3(1.5f, 2.5f, 0.5f));
}

TEST(GltfModel, StripWithoutNormalsBecomesFlatTriangles) {
    const GltfModel model = load_valid("flat_strip.gltf");
    ASSERT_EQ(model.geometries.size(), 1u);
    const MeshGeometry& strip = model.geometries[0];
    ASSERT_EQ(strip.indices.size(), 6u);  // two triangles from four vertices
    ASSERT_EQ(strip.vertices.size(), 6u);  // unshared, so each carries its face normal
    for (const MeshVertex& v : strip.vertices) expect_near(v.normal, glm::vec3(0, 0, 1));
}

TEST(GltfModel, TexturedQuadCarriesItsDecodedImageAndSampler) {
    const GltfModel model = load_valid("textured_quad.gltf");
    ASSERT_EQ(model.materials.size(), 1u);
    ASSERT_EQ(model.materials[0].base_colour_texture, 0);
    ASSERT_EQ(model.textures.size(), 1u);
    const GltfTexture& texture = model.textures[0];
    EXPECT_EQ(texture.sampler.mag_filter, TextureFilter::nearest);
    EXPECT_EQ(texture.sampler.min_filter, TextureFilter::nearest);
    EXPECT_FALSE(texture.sampler.mipmaps);
    EXPECT_EQ(texture.sampler.wrap_u, TextureWrap::clamp_to_edge);
    EXPECT_EQ(texture.sampler.wrap_v, TextureWrap::mirrored_repeat);
    ASSERT_LT(texture.image, model.images.size());
    const Image& image = model.images[texture.image];
    ASSERT_EQ(image.width, 2);
    ASSERT_EQ(image.height, 2);
    ASSERT_EQ(image.rgba.size(), 16u);
    EXPECT_EQ(image.rgba[0], 0);
    EXPECT_EQ(image.rgba[1], 200);
    EXPECT_EQ(image.rgba[3], 255);
    expect_near(glm::vec3(model.geometries[0].vertices[0].uv, 0.0f), glm::vec3(0, 1, 0));
}

TEST(GltfModel, UnsupportedFeaturesAreListedOnceAndTheRestLoads) {
    const GltfModel model = load_valid("unsupported.gltf");
    const std::vector<std::string> expected{
        "cameras (1)",
        "extension KHR_materials_clearcoat",
        "extension KHR_texture_transform (required by the file)",
        "alphaMode BLEND (drawn opaque)",
        "attribute COLOR_0",
        "primitive mode LINES (not drawn)",
    };
    EXPECT_EQ(model.unsupported, expected);
    ASSERT_EQ(model.draw_items.size(), 1u);  // the cube; the lines are left out
    EXPECT_EQ(model.triangle_count(), 12u);
}

std::vector<std::string> malformed_cases() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(kGltf / "malformed")) {
        const auto ext = entry.path().extension();
        if (ext == ".gltf" || ext == ".glb") names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

class MalformedGltf : public ::testing::TestWithParam<std::string> {};

TEST_P(MalformedGltf, IsRefusedWithTheExactError) {
    const std::filesystem::path file = kGltf / "malformed" / GetParam();
    auto expected_path = file;
    const std::string expected = testing::read_trimmed(expected_path.replace_extension(".error.txt"));
    ASSERT_FALSE(expected.empty()) << "missing " << expected_path;
    try {
        load_gltf(file);
        FAIL() << "loaded without an error";
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), file.string() + ": " + expected);
    }
}

INSTANTIATE_TEST_SUITE_P(Files, MalformedGltf, ::testing::ValuesIn(malformed_cases()),
                         [](const auto& test_case) {
                             std::string name = test_case.param;
                             std::replace(name.begin(), name.end(), '.', '_');
                             return name;
                         });

TEST(GltfModel, MissingFileIsAnErrorNamingIt) {
    const auto path = kGltf / "valid" / "no_such_file.gltf";
    try {
        load_gltf(path);
        FAIL() << "loaded a file that does not exist";
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), path.string() + ": cannot open the file");
    }
}

TEST(GltfModel, FromMemoryWithoutBaseDirReadsNoExternalFile) {
    const std::string text = testing::read_trimmed(kGltf / "malformed" / "missing_buffer.gltf");
    const std::span bytes(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
    EXPECT_THROW(load_gltf_from_memory(bytes, "memory", {}), Error);
}

}  // namespace
}  // namespace xrviz::assets
