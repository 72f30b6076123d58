#pragma once
// Draws a FrameDescription into a RenderTarget: one instanced draw per kind of thing
// (opaque boxes, translucent boxes, floor grid, lines, glyphs), one or two views in a
// single multiview pass, MSAA resolved into the target.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/assets/font_atlas.h"
#include "engine/render/fleet_pass.h"
#include "engine/render/frame_description.h"
#include "engine/render/mesh_pass.h"
#include "engine/render/pass_resources.h"
#include "engine/render/render_target.h"
#include "engine/render/text_batch.h"
#include "engine/vk/frame_ring.h"
#include "engine/vk/image.h"

namespace xrviz::render {

struct RenderStats {
    std::uint32_t draw_calls = 0;
    std::uint64_t instances = 0;
};

class Renderer {
public:
    Renderer(const vk::Context& context, vk::MemoryAllocator& allocator, vk::FrameRing& frames,
             const TargetFormat& format, const assets::FontAtlas& font);
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // Records the frame into the ring's current command buffer (between begin_frame and
    // end_frame). The target's format must be the one the renderer was made for.
    RenderStats record(const FrameDescription& frame, RenderTarget& target);

    // The target changed size or format: rebuild attachments and pipelines. Waits for the
    // frames in flight first.
    void set_target_format(const TargetFormat& format);
    const TargetFormat& target_format() const { return passes_->format(); }
    // Drops cached framebuffers of target images that no longer exist.
    void forget_target_views() { passes_->forget_target_views(); }
    // Instances per fleet mesh in the last recorded frame, once it has finished (a test
    // hook: the GPU decides them).
    std::array<std::uint32_t, kFleetMeshCount> fleet_counts() const {
        return fleet_->last_counts();
    }

private:
    struct Pipelines;
    VkDescriptorSet write_descriptors(const vk::ArenaSlice& uniforms, const vk::ArenaSlice& boxes,
                                      const vk::ArenaSlice& glyphs);
    void build_pipelines();

    const vk::Context& context_;
    vk::MemoryAllocator& allocator_;
    vk::FrameRing& frames_;
    const assets::FontAtlas& font_;
    vk::UniqueDescriptorSetLayout set_layout_;
    vk::UniquePipelineLayout pipeline_layout_;
    std::vector<vk::UniqueDescriptorPool> descriptor_pools_;  // one per frame in flight
    std::vector<VkDescriptorSet> descriptor_sets_;            // one per slot, in its pool
    vk::Buffer box_vertices_;
    vk::Buffer box_indices_;
    vk::Buffer unit_quad_;
    vk::Buffer quad_indices_;
    vk::Image font_texture_;
    vk::UniqueSampler font_sampler_;
    std::unique_ptr<PassResources> passes_;
    std::unique_ptr<Pipelines> pipelines_;
    std::unique_ptr<FleetPass> fleet_;
    MeshPass mesh_pass_;
    TextBatch text_batch_;
    std::vector<GlyphInstance> glyph_scratch_;  // reused every frame: no per-frame allocation
};

}  // namespace xrviz::render
