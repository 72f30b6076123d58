#pragma once
// Triangle meshes in a frame description: plain data, no Vulkan. A scene makes each
// mesh (and texture) once and hands the same shared pointer every frame; the renderer
// uploads it to device memory the first time it sees it, keeps the copy while anybody
// holds the pointer, and draws all instances of one mesh with one instanced draw.
#include <memory>

#include <glm/mat4x4.hpp>
#include <glm/vec4.hpp>

#include "engine/assets/gltf_model.h"
#include "engine/assets/image_io.h"
#include "engine/assets/mesh_geometry.h"

namespace xrviz::render {

// A base colour texture: RGBA8 texels, sRGB-encoded (glTF's rule for base colour), so the
// renderer samples them through an sRGB format and shades in linear light.
struct MeshTexture {
    assets::Image image;
    assets::TextureSampler sampler;
};

using SharedMesh = std::shared_ptr<const assets::MeshGeometry>;
using SharedTexture = std::shared_ptr<const MeshTexture>;

struct MeshInstance {
    SharedMesh mesh;            // required; empty meshes draw nothing
    SharedTexture texture;      // optional; multiplies `colour`
    glm::mat4 model{1.0f};      // mesh space -> world (metres)
    glm::vec4 colour{1.0f};     // linear rgb base colour; a is ignored (opaque only)
    bool double_sided = false;  // glTF doubleSided: no back-face culling
};

}  // namespace xrviz::render
