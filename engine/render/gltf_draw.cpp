#include "engine/render/gltf_draw.h"

#include <memory>

namespace xrviz::render {

GltfDrawList make_draw_list(const assets::GltfModel& model) {
    GltfDrawList list;
    list.bounds_min = model.bounds_min;
    list.bounds_max = model.bounds_max;
    for (const assets::MeshGeometry& geometry : model.geometries)
        list.meshes.push_back(std::make_shared<const assets::MeshGeometry>(geometry));
    for (const assets::GltfTexture& texture : model.textures) {
        // A texture whose image was not decoded (an unsupported format) stays empty and
        // draws as untextured.
        MeshTexture t{.sampler = texture.sampler};
        if (texture.image < model.images.size()) t.image = model.images[texture.image];
        list.textures.push_back(std::make_shared<const MeshTexture>(std::move(t)));
    }
    for (const assets::GltfDrawItem& item : model.draw_items) {
        GltfDrawList::Item out{.mesh = item.geometry, .world = item.world};
        if (item.material >= 0) {
            const assets::GltfMaterial& m = model.materials[static_cast<std::size_t>(item.material)];
            out.texture = m.base_colour_texture;
            out.colour = m.base_colour;
            out.double_sided = m.double_sided;
        }
        list.items.push_back(out);
    }
    return list;
}

void append_instances(const GltfDrawList& list, const glm::mat4& placement,
                      std::vector<MeshInstance>& out) {
    for (const GltfDrawList::Item& item : list.items) {
        out.push_back(MeshInstance{
            .mesh = list.meshes[item.mesh],
            .texture = item.texture >= 0 ? list.textures[static_cast<std::size_t>(item.texture)]
                                         : SharedTexture{},
            .model = placement * item.world,
            .colour = item.colour,
            .double_sided = item.double_sided,
        });
    }
}

}  // namespace xrviz::render
