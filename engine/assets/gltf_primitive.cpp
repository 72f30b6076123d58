#include "engine/assets/gltf_primitive.h"

#include <algorithm>

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include "engine/assets/gltf_accessor.h"

namespace xrviz::assets::gltf {
namespace {

// Strips and fans as plain triangle lists (glTF 2.0 spec, 3.7.2.1, the vertex order that
// keeps every triangle's winding).
std::vector<std::uint32_t> as_triangle_list(const std::vector<std::uint32_t>& in, int mode) {
    if (mode != TINYGLTF_MODE_TRIANGLE_STRIP && mode != TINYGLTF_MODE_TRIANGLE_FAN) return in;
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i + 2 < in.size(); ++i) {
        if (mode == TINYGLTF_MODE_TRIANGLE_STRIP) {
            const std::size_t odd = i % 2;
            out.insert(out.end(), {in[i], in[i + 1 + odd], in[i + 2 - odd]});
        } else {
            out.insert(out.end(), {in[i + 1], in[i + 2], in[0]});
        }
    }
    return out;
}

// glTF says a primitive without normals is drawn flat: every triangle gets its own
// three vertices carrying the face normal.
void make_flat(MeshGeometry& mesh) {
    std::vector<MeshVertex> flat;
    flat.reserve(mesh.indices.size());
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        MeshVertex a = mesh.vertices[mesh.indices[t]];
        MeshVertex b = mesh.vertices[mesh.indices[t + 1]];
        MeshVertex c = mesh.vertices[mesh.indices[t + 2]];
        const glm::vec3 n = glm::cross(b.position - a.position, c.position - a.position);
        const float length = glm::length(n);
        const glm::vec3 normal = length > 0.0f ? n / length : glm::vec3(0.0f, 1.0f, 0.0f);
        a.normal = b.normal = c.normal = normal;
        flat.insert(flat.end(), {a, b, c});
    }
    mesh.vertices = std::move(flat);
    for (std::size_t i = 0; i < mesh.indices.size(); ++i)
        mesh.indices[i] = static_cast<std::uint32_t>(i);
}

const char* mode_name(int mode) {
    switch (mode) {
        case TINYGLTF_MODE_POINTS: return "POINTS";
        case TINYGLTF_MODE_LINE: return "LINES";
        case TINYGLTF_MODE_LINE_LOOP: return "LINE_LOOP";
        default: return "LINE_STRIP";
    }
}

}  // namespace

void Unsupported::add(const std::string& feature) {
    if (std::find(features_.begin(), features_.end(), feature) == features_.end())
        features_.push_back(feature);
}

std::optional<MeshGeometry> read_primitive(const tinygltf::Model& model,
                                           const tinygltf::Primitive& primitive,
                                           const std::string& name, Unsupported& unsupported) {
    // tinygltf leaves -1 when the file gives no mode; glTF's default is triangles.
    const int mode = primitive.mode < 0 ? TINYGLTF_MODE_TRIANGLES : primitive.mode;
    if (mode > TINYGLTF_MODE_TRIANGLE_FAN)
        throw FileFault(name + ": mode " + std::to_string(mode) + " is not a glTF primitive mode");
    if (mode < TINYGLTF_MODE_TRIANGLES) {
        unsupported.add(std::string("primitive mode ") + mode_name(mode) + " (not drawn)");
        return std::nullopt;
    }
    if (!primitive.targets.empty()) unsupported.add("morph targets");
    for (const auto& [attribute, accessor] : primitive.attributes) {
        if (attribute == "POSITION" || attribute == "NORMAL" || attribute == "TEXCOORD_0" ||
            attribute == "TANGENT")  // tangents serve normal maps, which are not drawn
            continue;
        unsupported.add("attribute " + attribute);
    }
    for (const auto& [extension, value] : primitive.extensions) unsupported.add("extension " + extension);

    const auto position = primitive.attributes.find("POSITION");
    if (position == primitive.attributes.end())
        throw FileFault(name + ": no POSITION attribute");
    for (const auto& [attribute, accessor] : primitive.attributes)
        if (accessor_at(model, accessor, name + " " + attribute).sparse.isSparse)
            unsupported.add("sparse accessors (their substitutions are not applied)");

    MeshGeometry mesh;
    mesh.name = name;
    const std::vector<glm::vec3> positions = read_vec3(model, position->second, name + " POSITION");
    mesh.vertices.resize(positions.size());
    for (std::size_t i = 0; i < positions.size(); ++i) mesh.vertices[i].position = positions[i];

    const auto count_must_match = [&](std::size_t count, const char* attribute) {
        if (count != positions.size())
            throw FileFault(name + ": " + attribute + " has " + std::to_string(count) +
                            " elements but POSITION has " + std::to_string(positions.size()));
    };
    const auto normal = primitive.attributes.find("NORMAL");
    if (normal != primitive.attributes.end()) {
        const std::vector<glm::vec3> normals = read_vec3(model, normal->second, name + " NORMAL");
        count_must_match(normals.size(), "NORMAL");
        for (std::size_t i = 0; i < normals.size(); ++i) mesh.vertices[i].normal = normals[i];
    }
    const auto uv = primitive.attributes.find("TEXCOORD_0");
    if (uv != primitive.attributes.end()) {
        const std::vector<glm::vec2> uvs = read_uv(model, uv->second, name + " TEXCOORD_0");
        count_must_match(uvs.size(), "TEXCOORD_0");
        for (std::size_t i = 0; i < uvs.size(); ++i) mesh.vertices[i].uv = uvs[i];
    }

    std::vector<std::uint32_t> indices;
    if (primitive.indices >= 0) {
        indices = read_indices(model, primitive.indices, name + " indices");
        for (std::size_t i = 0; i < indices.size(); ++i)
            if (indices[i] >= positions.size())
                throw FileFault(name + ": index " + std::to_string(i) + " is " +
                                std::to_string(indices[i]) + ", past the last vertex (" +
                                std::to_string(positions.size()) + " vertices)");
    } else {
        indices.resize(positions.size());
        for (std::size_t i = 0; i < indices.size(); ++i) indices[i] = static_cast<std::uint32_t>(i);
    }
    if (mode == TINYGLTF_MODE_TRIANGLES && indices.size() % 3 != 0)
        throw FileFault(name + ": " + std::to_string(indices.size()) +
                        " vertices do not make whole triangles");
    mesh.indices = as_triangle_list(indices, mode);
    if (normal == primitive.attributes.end()) make_flat(mesh);

    if (!mesh.vertices.empty()) {
        mesh.bounds_min = mesh.bounds_max = mesh.vertices.front().position;
        for (const MeshVertex& v : mesh.vertices) {
            mesh.bounds_min = glm::min(mesh.bounds_min, v.position);
            mesh.bounds_max = glm::max(mesh.bounds_max, v.position);
        }
    }
    return mesh;
}

}  // namespace xrviz::assets::gltf
