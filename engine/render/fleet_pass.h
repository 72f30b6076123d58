#pragma once
// Draws a FleetDraw with culling and level of detail on the GPU: before the render pass a
// compute dispatch (shaders/fleet_cull.comp) turns rack indices into instances and counts
// them into one indexed indirect draw per mesh; inside the pass each mesh is drawn once
// with vkCmdDrawIndexedIndirect. Nothing per rack or per GPU lives in CPU memory.
#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "engine/render/fleet_description.h"
#include "engine/render/view.h"
#include "engine/vk/buffer.h"
#include "engine/vk/frame_ring.h"
#include "engine/vk/handle.h"

namespace xrviz::vk {
class Context;
class MemoryAllocator;
}  // namespace xrviz::vk

namespace xrviz::render {

class FleetPass {
public:
    FleetPass(const vk::Context& context, vk::MemoryAllocator& allocator, vk::FrameRing& frames);
    ~FleetPass();
    FleetPass(const FleetPass&) = delete;
    FleetPass& operator=(const FleetPass&) = delete;

    // Graphics pipelines for a render pass; again whenever the pass is rebuilt.
    void build_pipelines(VkRenderPass pass, VkSampleCountFlagBits samples);

    // Outside a render pass: resets the counts, culls, and leaves the indirect commands
    // and instances ready for draw(). Records nothing for an empty fleet.
    void prepare(VkCommandBuffer cmd, const FleetDraw& fleet, std::span<const View> views);
    // Inside the render pass, after prepare() in the same frame: one indirect draw per
    // mesh. Returns the number of draw calls.
    std::uint32_t draw(VkCommandBuffer cmd, const vk::ArenaSlice& frame_uniforms);

    // Instances each mesh (FleetMesh order) drew in the most recently prepared frame, read
    // back from the indirect commands; valid once that frame has finished on the GPU.
    // A test hook, and what a statistics panel may show a frame late.
    std::array<std::uint32_t, kFleetMeshCount> last_counts() const;

private:
    struct MeshRange {
        std::uint32_t index_count = 0;
        std::uint32_t first_index = 0;
        std::int32_t vertex_offset = 0;
    };
    void upload_meshes(const std::shared_ptr<const FleetMeshes>& meshes);
    void reserve_instances(const FleetLayout& layout);
    VkDescriptorSet allocate_set(VkDescriptorSetLayout layout);

    const vk::Context& context_;
    vk::MemoryAllocator& allocator_;
    vk::FrameRing& frames_;
    vk::UniqueDescriptorSetLayout compute_set_layout_;
    vk::UniquePipelineLayout compute_layout_;
    vk::UniquePipeline cull_pipeline_;
    vk::UniqueDescriptorSetLayout draw_set_layout_;
    vk::UniquePipelineLayout draw_layout_;
    vk::UniquePipeline draw_pipeline_;
    std::vector<vk::UniqueDescriptorPool> descriptor_pools_;  // one per frame in flight
    vk::Buffer commands_;  // kFleetMeshCount VkDrawIndexedIndirectCommand
    vk::Buffer readback_;  // instance counts, one group per frame in flight
    vk::Buffer instances_;
    std::array<std::uint32_t, kFleetMeshCount> region_base_{};
    std::array<std::uint32_t, kFleetMeshCount> region_capacity_{};
    std::shared_ptr<const FleetMeshes> meshes_;  // what vertices_ and indices_ hold
    vk::Buffer vertices_;
    vk::Buffer colours_;  // one linear rgb per vertex
    vk::Buffer indices_;
    std::array<MeshRange, kFleetMeshCount> ranges_{};
    bool prepared_ = false;  // this frame's prepare() recorded a dispatch
    std::uint32_t last_slot_ = 0;
};

}  // namespace xrviz::render
