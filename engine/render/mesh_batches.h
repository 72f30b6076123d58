#pragma once
// Mesh instances grouped into instanced draws: one draw per (mesh, texture, culling),
// each a run of consecutive instances once the list is put in batch order. Pure, so the
// grouping is unit-tested without a GPU.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/render/mesh_draw.h"

namespace xrviz::render {

struct MeshBatch {
    const assets::MeshGeometry* mesh = nullptr;
    const MeshTexture* texture = nullptr;  // null: untextured
    bool cull_back_faces = true;  // false for double-sided materials and mirrored transforms
    std::uint32_t first = 0;      // into `order`
    std::uint32_t count = 0;
};

struct MeshBatches {
    std::vector<std::uint32_t> order;  // instance indices, batch by batch
    std::vector<MeshBatch> batches;
};

// Instances without a mesh, or with no triangles, are left out.
MeshBatches batch_instances(std::span<const MeshInstance> instances);

}  // namespace xrviz::render
