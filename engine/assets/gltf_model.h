#pragma once
// A glTF 2.0 file (.gltf with embedded or external buffers, or .glb) read with tinygltf
// into plain memory: node hierarchy with world transforms, triangle geometry, base-colour
// materials and their decoded textures. No Vulkan here; the renderer uploads what it needs.
//
// Supported: triangles (strips and fans become lists), POSITION, NORMAL (flat normals are
// made when absent), TEXCOORD_0, PBR base colour factor and texture (PNG or JPEG) with
// its sampler. Everything else a file uses is listed in GltfModel::unsupported, once per
// feature, and ignored; a file that is wrong (bad JSON, missing buffer, an index or an
// accessor out of range, a wrong component type) throws xrviz::Error naming the file and
// the fault, and nothing of it is returned.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "engine/assets/image_io.h"
#include "engine/assets/mesh_geometry.h"

namespace xrviz::assets {

enum class TextureWrap { repeat, clamp_to_edge, mirrored_repeat };
enum class TextureFilter { nearest, linear };

struct TextureSampler {
    TextureWrap wrap_u = TextureWrap::repeat;
    TextureWrap wrap_v = TextureWrap::repeat;
    TextureFilter mag_filter = TextureFilter::linear;
    TextureFilter min_filter = TextureFilter::linear;
    bool mipmaps = true;  // the file's minification filter samples mip levels
};

struct GltfTexture {
    std::size_t image = 0;  // index into GltfModel::images
    TextureSampler sampler;
};

struct GltfMaterial {
    std::string name;
    glm::vec4 base_colour{1.0f};  // linear rgba, the PBR base colour factor
    int base_colour_texture = -1;  // index into GltfModel::textures, -1 for none
    bool double_sided = false;
};

struct GltfPrimitive {
    std::size_t geometry = 0;  // index into GltfModel::geometries
    int material = -1;         // index into GltfModel::materials, -1: glTF's default
};

struct GltfMesh {
    std::string name;
    std::vector<GltfPrimitive> primitives;
};

struct GltfNode {
    std::string name;
    int parent = -1;
    std::vector<std::size_t> children;
    int mesh = -1;  // index into GltfModel::meshes
    glm::mat4 local{1.0f};
    glm::mat4 world{1.0f};  // parent chain applied
};

// One primitive placed in the world by one node: what a renderer draws.
struct GltfDrawItem {
    std::size_t node = 0;
    std::size_t geometry = 0;
    int material = -1;
    glm::mat4 world{1.0f};
};

struct GltfModel {
    std::string source;  // the file name, for labels and messages
    std::vector<GltfNode> nodes;
    std::vector<std::size_t> scene_roots;  // nodes of the scene shown (glTF's default)
    std::vector<GltfMesh> meshes;
    std::vector<MeshGeometry> geometries;  // one per primitive, in its mesh's space
    std::vector<GltfMaterial> materials;
    std::vector<GltfTexture> textures;
    std::vector<Image> images;  // RGBA8, sRGB-encoded as glTF requires for base colour
    std::vector<GltfDrawItem> draw_items;  // every primitive of every node in the scene
    glm::vec3 bounds_min{0.0f};            // world space, over draw_items
    glm::vec3 bounds_max{0.0f};
    // Features the file uses that are ignored here, each once, in the order met, e.g.
    // "animations (2)", "extension KHR_materials_clearcoat". Logged once as warnings.
    std::vector<std::string> unsupported;

    std::size_t triangle_count() const;  // over draw_items (instances counted each)
};

// Reads a .gltf or .glb (told apart by the binary header, not the name). External
// buffers and images are looked up next to the file.
GltfModel load_gltf(const std::filesystem::path& path);

// The same from bytes already in memory; `name` is used in messages and `base_dir` for
// external URIs (empty: external URIs are refused). For tests and the fuzz target.
GltfModel load_gltf_from_memory(std::span<const std::uint8_t> bytes, const std::string& name,
                                const std::filesystem::path& base_dir);

}  // namespace xrviz::assets
