#pragma once
// One glTF mesh primitive as triangle-list MeshGeometry, and the list of features a file
// uses that the loader ignores. Internal to the glTF loader.
#include <optional>
#include <string>
#include <vector>

#include "engine/assets/mesh_geometry.h"
#include "engine/assets/tiny_gltf_include.h"

namespace xrviz::assets::gltf {

// Each ignored feature once, in the order first met.
class Unsupported {
public:
    void add(const std::string& feature);
    std::vector<std::string> take() { return std::move(features_); }

private:
    std::vector<std::string> features_;
};

// Throws FileFault for a primitive that is wrong; returns nothing, after noting it in
// `unsupported`, for one that is valid but not triangles (points, lines).
std::optional<MeshGeometry> read_primitive(const tinygltf::Model& model,
                                           const tinygltf::Primitive& primitive,
                                           const std::string& name, Unsupported& unsupported);

}  // namespace xrviz::assets::gltf
