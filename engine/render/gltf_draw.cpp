#include "engine/render/gltf_draw.h"

#include <memory>
#include <string>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/matrix.hpp>

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

GltfDrawList make_merged_draw_list(const assets::GltfModel& model) {
    const GltfDrawList items = make_draw_list(model);
    GltfDrawList merged;
    merged.bounds_min = items.bounds_min;
    merged.bounds_max = items.bounds_max;
    merged.textures = items.textures;
    std::vector<assets::MeshGeometry> meshes;
    for (const GltfDrawList::Item& item : items.items) {
        // One merged mesh per look: the first item of that look opens it.
        std::size_t k = 0;
        while (k < merged.items.size() &&
               !(merged.items[k].colour == item.colour && merged.items[k].texture == item.texture &&
                 merged.items[k].double_sided == item.double_sided))
            ++k;
        if (k == merged.items.size()) {
            merged.items.push_back({.mesh = k, .texture = item.texture, .colour = item.colour,
                                    .double_sided = item.double_sided});
            meshes.push_back({.name = model.source + " merged " + std::to_string(k)});
        }
        assets::MeshGeometry& out = meshes[k];
        const assets::MeshGeometry& in = *items.meshes[item.mesh];
        const glm::mat3 normal_matrix = glm::transpose(glm::inverse(glm::mat3(item.world)));
        // A mirroring transform reverses the winding; swap two corners to keep it.
        const bool mirrored = glm::determinant(glm::mat3(item.world)) < 0.0f;
        const auto base = static_cast<std::uint32_t>(out.vertices.size());
        for (const assets::MeshVertex& v : in.vertices) {
            const glm::vec3 p(item.world * glm::vec4(v.position, 1.0f));
            out.vertices.push_back({p, glm::normalize(normal_matrix * v.normal), v.uv});
            out.bounds_min = out.vertices.size() == 1 ? p : glm::min(out.bounds_min, p);
            out.bounds_max = out.vertices.size() == 1 ? p : glm::max(out.bounds_max, p);
        }
        for (std::size_t t = 0; t + 2 < in.indices.size(); t += 3) {
            out.indices.push_back(base + in.indices[t]);
            out.indices.push_back(base + in.indices[t + (mirrored ? 2 : 1)]);
            out.indices.push_back(base + in.indices[t + (mirrored ? 1 : 2)]);
        }
    }
    for (assets::MeshGeometry& mesh : meshes)
        merged.meshes.push_back(std::make_shared<const assets::MeshGeometry>(std::move(mesh)));
    return merged;
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
