#include "engine/render/mesh_batches.h"

#include <algorithm>
#include <tuple>

#include <glm/matrix.hpp>

namespace xrviz::render {
namespace {

// A transform that mirrors turns counter-clockwise triangles clockwise, so back-face
// culling would remove the faces the viewer should see.
bool culls(const MeshInstance& instance) {
    return !instance.double_sided && glm::determinant(glm::mat3(instance.model)) > 0.0f;
}

}  // namespace

MeshBatches batch_instances(std::span<const MeshInstance> instances) {
    MeshBatches out;
    out.order.reserve(instances.size());
    for (std::uint32_t i = 0; i < instances.size(); ++i)
        if (instances[i].mesh && !instances[i].mesh->indices.empty()) out.order.push_back(i);
    const auto key = [&](std::uint32_t i) {
        const MeshInstance& m = instances[i];
        return std::make_tuple(m.mesh.get(), m.texture.get(), culls(m));
    };
    std::stable_sort(out.order.begin(), out.order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
    for (std::uint32_t k = 0; k < out.order.size(); ++k) {
        const auto [mesh, texture, cull] = key(out.order[k]);
        if (out.batches.empty() || out.batches.back().mesh != mesh ||
            out.batches.back().texture != texture || out.batches.back().cull_back_faces != cull)
            out.batches.push_back({.mesh = mesh, .texture = texture, .cull_back_faces = cull,
                                   .first = k, .count = 0});
        ++out.batches.back().count;
    }
    return out;
}

}  // namespace xrviz::render
