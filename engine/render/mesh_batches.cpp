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
    using Key = std::tuple<const assets::MeshGeometry*, const MeshTexture*, bool>;
    // Keys once per instance, not once per comparison: a hall has tens of thousands.
    std::vector<std::pair<Key, std::uint32_t>> keyed;
    keyed.reserve(instances.size());
    for (std::uint32_t i = 0; i < instances.size(); ++i) {
        const MeshInstance& m = instances[i];
        if (!m.mesh || m.mesh->indices.empty()) continue;
        keyed.emplace_back(Key{m.mesh.get(), m.texture.get(), culls(m)}, i);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    MeshBatches out;
    out.order.reserve(keyed.size());
    for (std::uint32_t k = 0; k < keyed.size(); ++k) {
        const auto& [key, instance] = keyed[k];
        const auto [mesh, texture, cull] = key;
        out.order.push_back(instance);
        if (k == 0 || keyed[k - 1].first != key)
            out.batches.push_back({.mesh = mesh, .texture = texture, .cull_back_faces = cull,
                                   .first = k, .count = 0});
        ++out.batches.back().count;
    }
    return out;
}

}  // namespace xrviz::render
