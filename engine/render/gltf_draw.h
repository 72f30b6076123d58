#pragma once
// A loaded glTF model as mesh draws: every geometry and texture shared once, every draw
// item with its material's colour and texture. Load once, make the list once, then place
// the model any number of times a frame (a hall of racks) with append_instances.
#include <cstddef>
#include <vector>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include "engine/assets/gltf_model.h"
#include "engine/render/mesh_draw.h"

namespace xrviz::render {

struct GltfDrawList {
    struct Item {
        std::size_t mesh = 0;  // into meshes
        int texture = -1;      // into textures, -1 for none
        glm::mat4 world{1.0f};  // in the model's own space (node chain applied)
        glm::vec4 colour{1.0f};
        bool double_sided = false;
    };
    std::vector<SharedMesh> meshes;      // one per GltfModel geometry
    std::vector<SharedTexture> textures;  // one per GltfModel texture
    std::vector<Item> items;
    glm::vec3 bounds_min{0.0f};  // model space, as GltfModel's
    glm::vec3 bounds_max{0.0f};
};

GltfDrawList make_draw_list(const assets::GltfModel& model);

// One instance per item, placed by `placement` (model space -> world).
void append_instances(const GltfDrawList& list, const glm::mat4& placement,
                      std::vector<MeshInstance>& out);

}  // namespace xrviz::render
