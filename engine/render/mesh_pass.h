#pragma once
// Draws FrameDescription::meshes: uploads each shared mesh and texture to device memory
// the first time it appears (kept while the scene holds it, released a frame after it
// lets go), writes this frame's instances, and issues one instanced draw per batch
// (mesh_batches.h). Lit like the boxes; base colour textures are sampled as sRGB.
#include <cstdint>
#include <memory>
#include <span>
#include <unordered_map>
#include <vector>

#include "engine/render/mesh_batches.h"
#include "engine/render/mesh_draw.h"
#include "engine/vk/buffer.h"
#include "engine/vk/frame_ring.h"
#include "engine/vk/image.h"

namespace xrviz::vk {
class Context;
}

namespace xrviz::render {

struct MeshPassStats {
    std::uint32_t draw_calls = 0;
    std::uint64_t instances = 0;
};

class MeshPass {
public:
    MeshPass(const vk::Context& context, vk::MemoryAllocator& allocator, vk::FrameRing& frames);
    ~MeshPass();
    MeshPass(const MeshPass&) = delete;
    MeshPass& operator=(const MeshPass&) = delete;

    // For the renderer's current render pass and sample count (again after a resize).
    void build_pipelines(VkRenderPass render_pass, VkSampleCountFlagBits samples);
    void release_pipelines();

    // Outside the render pass: uploads what is new, writes instances and descriptors.
    // `uniforms` is the renderer's FrameUniforms slice (shaders/frame.glsl).
    void prepare(std::span<const MeshInstance> instances, const vk::ArenaSlice& uniforms);
    // Inside the render pass, after prepare().
    MeshPassStats draw(VkCommandBuffer cmd);

    // Device copies held now: a scene that hands the same pointers every frame keeps
    // these constant.
    std::size_t cached_meshes() const { return meshes_.size(); }
    std::size_t cached_textures() const { return textures_.size(); }

private:
    struct GpuMesh {
        std::weak_ptr<const assets::MeshGeometry> owner;  // gone: release the copy
        vk::Buffer vertices;
        vk::Buffer indices;
        std::uint32_t index_count = 0;
    };
    struct GpuTexture {
        std::weak_ptr<const MeshTexture> owner;
        vk::Image image;
        vk::UniqueSampler sampler;
        vk::UniqueDescriptorPool pool;  // holds `set`; destroyed with it
        VkDescriptorSet set = VK_NULL_HANDLE;
    };
    struct Pipelines;
    const GpuMesh& mesh_for(const SharedMesh& mesh);
    const GpuTexture& texture_for(const SharedTexture& texture);
    GpuTexture upload_texture(const MeshTexture& texture, const std::string& name);
    void release_unused();

    const vk::Context& context_;
    vk::MemoryAllocator& allocator_;
    vk::FrameRing& frames_;
    vk::UniqueDescriptorSetLayout frame_layout_;    // set 0: uniforms + instances
    vk::UniqueDescriptorSetLayout texture_layout_;  // set 1: base colour texture
    vk::UniquePipelineLayout pipeline_layout_;
    std::vector<vk::UniqueDescriptorPool> frame_pools_;  // one per frame in flight
    std::unordered_map<const assets::MeshGeometry*, GpuMesh> meshes_;
    std::unordered_map<const MeshTexture*, GpuTexture> textures_;
    GpuTexture white_;  // stands in for "no texture"
    std::unique_ptr<Pipelines> pipelines_;
    // This frame's work, between prepare() and draw().
    MeshBatches batches_;
    VkDescriptorSet frame_set_ = VK_NULL_HANDLE;
};

}  // namespace xrviz::render
