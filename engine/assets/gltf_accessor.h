#pragma once
// Reading glTF accessors into typed arrays, every offset and count checked against the
// buffers first: a file may claim anything, and a claim past the end is an error, never
// a read out of bounds. Internal to the glTF loader.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "engine/assets/tiny_gltf_include.h"

namespace xrviz::assets::gltf {

// Thrown with a message that names the glTF object ("accessor 3: ..."); the loader adds
// the file name. Plain runtime_error so these helpers need not know the file.
struct FileFault : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The accessor at `index`, checked to exist; `what` names the use ("POSITION").
const tinygltf::Accessor& accessor_at(const tinygltf::Model& model, int index,
                                      const std::string& what);

// FLOAT VEC3 (positions, normals).
std::vector<glm::vec3> read_vec3(const tinygltf::Model& model, int index, const std::string& what);
// FLOAT VEC2, or normalized UNSIGNED_BYTE / UNSIGNED_SHORT VEC2 (texture coordinates).
std::vector<glm::vec2> read_uv(const tinygltf::Model& model, int index, const std::string& what);
// UNSIGNED_BYTE / UNSIGNED_SHORT / UNSIGNED_INT SCALAR.
std::vector<std::uint32_t> read_indices(const tinygltf::Model& model, int index,
                                        const std::string& what);

}  // namespace xrviz::assets::gltf
