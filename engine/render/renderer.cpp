#include "engine/render/renderer.h"

#include <array>
#include <cstring>
#include <span>
#include <string>

#include <glm/geometric.hpp>

#include "engine/core/error.h"
#include "engine/render/box_mesh.h"
#include "engine/vk/check.h"
#include "engine/vk/context.h"
#include "engine/vk/pipeline.h"
#include "engine/vk/upload.h"
#include "shaders/box.frag.h"
#include "shaders/box.vert.h"
#include "shaders/grid.frag.h"
#include "shaders/grid.vert.h"
#include "shaders/line.frag.h"
#include "shaders/line.vert.h"
#include "shaders/text.frag.h"
#include "shaders/text.vert.h"

namespace xrviz::render {
namespace {

// Matches FrameUniforms in shaders/frame.glsl (std140).
struct FrameUniforms {
    glm::mat4 view_projection[2];
    glm::vec4 eye_position[2];
    glm::vec4 light_direction;
    glm::vec4 fog_colour;
    glm::vec4 grid_colour;
    glm::vec4 grid_area;
    glm::vec4 grid_spacing;
    glm::vec4 grid_floor;
    glm::vec4 text;
};

// Matches BoxInstance in shaders/box.vert (std430).
struct GpuBox {
    glm::vec4 center_yaw;
    glm::vec4 half_size_flags;
    glm::vec4 colour;
};
static_assert(sizeof(GpuBox) == 48);

constexpr std::uint32_t kMaxSetsPerFrame = 4;

template <std::size_t N>
std::span<const std::uint32_t> spirv(const std::uint32_t (&code)[N]) {
    return std::span<const std::uint32_t>(code, N);
}

std::span<const std::byte> bytes_of(const auto& container) {
    return std::as_bytes(std::span(container));
}

}  // namespace

struct Renderer::Pipelines {
    vk::UniquePipeline boxes;
    vk::UniquePipeline translucent_boxes;
    vk::UniquePipeline grid;
    vk::UniquePipeline lines;
    vk::UniquePipeline text;
};

Renderer::Renderer(const vk::Context& context, vk::MemoryAllocator& allocator,
                   vk::FrameRing& frames, const TargetFormat& format,
                   const assets::FontAtlas& font)
    : context_(context),
      allocator_(allocator),
      frames_(frames),
      font_(font),
      mesh_pass_(context, allocator, frames),
      text_batch_(font) {
    const VkDevice device = context.device();
    const std::array bindings{
        VkDescriptorSetLayoutBinding{0, VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, 1,
                                     VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT,
                                     nullptr},
        VkDescriptorSetLayoutBinding{1, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 1,
                                     VK_SHADER_STAGE_VERTEX_BIT, nullptr},
        VkDescriptorSetLayoutBinding{2, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 1,
                                     VK_SHADER_STAGE_VERTEX_BIT, nullptr},
        VkDescriptorSetLayoutBinding{3, VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 1,
                                     VK_SHADER_STAGE_FRAGMENT_BIT, nullptr},
    };
    const VkDescriptorSetLayoutCreateInfo set_info{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO,
        .bindingCount = static_cast<std::uint32_t>(bindings.size()),
        .pBindings = bindings.data(),
    };
    VkDescriptorSetLayout set_layout = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateDescriptorSetLayout(device, &set_info, nullptr, &set_layout),
                   "scene descriptor set layout");
    set_layout_ = vk::UniqueDescriptorSetLayout(device, set_layout);
    context.names().set(set_layout, VK_OBJECT_TYPE_DESCRIPTOR_SET_LAYOUT, "scene descriptors");

    const VkPipelineLayoutCreateInfo layout_info{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO,
        .setLayoutCount = 1,
        .pSetLayouts = &set_layout,
    };
    VkPipelineLayout pipeline_layout = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreatePipelineLayout(device, &layout_info, nullptr, &pipeline_layout),
                   "scene pipeline layout");
    pipeline_layout_ = vk::UniquePipelineLayout(device, pipeline_layout);
    context.names().set(pipeline_layout, VK_OBJECT_TYPE_PIPELINE_LAYOUT, "scene pipeline layout");

    const std::array pool_sizes{
        VkDescriptorPoolSize{VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, kMaxSetsPerFrame},
        VkDescriptorPoolSize{VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 2 * kMaxSetsPerFrame},
        VkDescriptorPoolSize{VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, kMaxSetsPerFrame},
    };
    for (std::uint32_t i = 0; i < frames.frames_in_flight(); ++i) {
        const VkDescriptorPoolCreateInfo pool_info{
            .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO,
            .maxSets = kMaxSetsPerFrame,
            .poolSizeCount = static_cast<std::uint32_t>(pool_sizes.size()),
            .pPoolSizes = pool_sizes.data(),
        };
        VkDescriptorPool pool = VK_NULL_HANDLE;
        XRVIZ_VK_CHECK(vkCreateDescriptorPool(device, &pool_info, nullptr, &pool),
                       "scene descriptor pool " + std::to_string(i));
        context.names().set(pool, VK_OBJECT_TYPE_DESCRIPTOR_POOL,
                            "scene descriptors, frame slot " + std::to_string(i));
        descriptor_pools_.emplace_back(device, pool);
        // One set per slot, made and named once and rewritten each frame: allocating and
        // naming a set per frame grows lavapipe's memory by the name (Mesa 22.3 keeps the
        // names of sets a pool reset frees), about 30 MiB over a day of frames.
        const VkDescriptorSetLayout layout = set_layout_.get();
        const VkDescriptorSetAllocateInfo alloc{
            .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO,
            .descriptorPool = pool,
            .descriptorSetCount = 1,
            .pSetLayouts = &layout,
        };
        VkDescriptorSet set = VK_NULL_HANDLE;
        XRVIZ_VK_CHECK(vkAllocateDescriptorSets(device, &alloc, &set), "scene descriptors");
        context.names().set(set, VK_OBJECT_TYPE_DESCRIPTOR_SET,
                            "scene descriptors, frame slot " + std::to_string(i));
        descriptor_sets_.push_back(set);
    }

    vk::Uploader uploader(context, allocator);
    const BoxMesh box = make_unit_box();
    box_vertices_ = uploader.upload_buffer(bytes_of(box.vertices),
                                           VK_BUFFER_USAGE_VERTEX_BUFFER_BIT, "box vertices");
    // Grid and glyphs expand this quad, one instance per glyph.
    const std::array<glm::vec2, 4> unit_quad{glm::vec2(0, 0), glm::vec2(1, 0), glm::vec2(1, 1),
                                             glm::vec2(0, 1)};
    const std::array<std::uint16_t, 6> quad_indices{0, 1, 2, 0, 2, 3};
    unit_quad_ = uploader.upload_buffer(bytes_of(unit_quad), VK_BUFFER_USAGE_VERTEX_BUFFER_BIT,
                                        "unit quad");
    quad_indices_ = uploader.upload_buffer(bytes_of(quad_indices),
                                           VK_BUFFER_USAGE_INDEX_BUFFER_BIT, "unit quad indices");
    box_indices_ = uploader.upload_buffer(bytes_of(box.indices), VK_BUFFER_USAGE_INDEX_BUFFER_BIT,
                                          "box indices");
    font_texture_ = uploader.upload_image(
        bytes_of(font.pixels()),
        vk::ImageDesc{
            .format = VK_FORMAT_R8_UNORM,
            .extent = {static_cast<std::uint32_t>(font.width()),
                       static_cast<std::uint32_t>(font.height())},
        },
        font.is_sdf() ? "label font atlas (SDF)" : "label font atlas (builtin)");
    const VkSamplerCreateInfo sampler_info{
        .sType = VK_STRUCTURE_TYPE_SAMPLER_CREATE_INFO,
        .magFilter = VK_FILTER_LINEAR,
        .minFilter = VK_FILTER_LINEAR,
        .mipmapMode = VK_SAMPLER_MIPMAP_MODE_NEAREST,
        .addressModeU = VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_EDGE,
        .addressModeV = VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_EDGE,
        .addressModeW = VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_EDGE,
        .maxLod = 0.0f,
    };
    VkSampler sampler = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateSampler(device, &sampler_info, nullptr, &sampler), "font sampler");
    font_sampler_ = vk::UniqueSampler(device, sampler);
    context.names().set(sampler, VK_OBJECT_TYPE_SAMPLER, "label font sampler");

    passes_ = std::make_unique<PassResources>(context, allocator, format);
    fleet_ = std::make_unique<FleetPass>(context, allocator, frames);
    build_pipelines();
}

Renderer::~Renderer() {
    // Frames in flight still use these pipelines, descriptor pools and buffers.
    frames_.wait_all();
}

void Renderer::build_pipelines() {
    const VkRenderPass pass = passes_->render_pass();
    const VkSampleCountFlagBits samples = passes_->format().samples;
    const VkPipelineLayout layout = pipeline_layout_.get();
    auto p = std::make_unique<Pipelines>();

    const std::vector<VkVertexInputBindingDescription> mesh_binding{
        {0, sizeof(MeshVertex), VK_VERTEX_INPUT_RATE_VERTEX}};
    const std::vector<VkVertexInputAttributeDescription> mesh_attributes{
        {0, 0, VK_FORMAT_R32G32B32_SFLOAT, offsetof(MeshVertex, position)},
        {1, 0, VK_FORMAT_R32G32B32_SFLOAT, offsetof(MeshVertex, normal)},
    };
    vk::GraphicsPipelineDesc box{
        .name = "opaque boxes",
        .vertex_spirv = spirv(box_vert_spv),
        .fragment_spirv = spirv(box_frag_spv),
        .vertex_bindings = mesh_binding,
        .vertex_attributes = mesh_attributes,
        .samples = samples,
        .layout = layout,
        .render_pass = pass,
    };
    p->boxes = vk::create_graphics_pipeline(context_, box);
    box.name = "translucent boxes";
    box.blend = vk::Blend::alpha;
    box.depth_write = false;
    p->translucent_boxes = vk::create_graphics_pipeline(context_, box);

    const std::vector<VkVertexInputBindingDescription> quad_binding{
        {0, sizeof(glm::vec2), VK_VERTEX_INPUT_RATE_VERTEX}};
    const std::vector<VkVertexInputAttributeDescription> quad_attributes{
        {0, 0, VK_FORMAT_R32G32_SFLOAT, 0}};
    // Grid and labels: the unit quad, both faces, blended over what is there, never
    // hiding what comes later.
    vk::GraphicsPipelineDesc quad{
        .name = "floor grid",
        .vertex_spirv = spirv(grid_vert_spv),
        .fragment_spirv = spirv(grid_frag_spv),
        .vertex_bindings = quad_binding,
        .vertex_attributes = quad_attributes,
        .cull = VK_CULL_MODE_NONE,
        .blend = vk::Blend::alpha,
        .depth_write = false,
        .samples = samples,
        .layout = layout,
        .render_pass = pass,
    };
    p->grid = vk::create_graphics_pipeline(context_, quad);
    quad.name = "labels";
    quad.vertex_spirv = spirv(text_vert_spv);
    quad.fragment_spirv = spirv(text_frag_spv);
    p->text = vk::create_graphics_pipeline(context_, quad);
    p->lines = vk::create_graphics_pipeline(
        context_, {
                      .name = "lines",
                      .vertex_spirv = spirv(line_vert_spv),
                      .fragment_spirv = spirv(line_frag_spv),
                      .vertex_bindings = {{0, sizeof(LineVertex), VK_VERTEX_INPUT_RATE_VERTEX}},
                      .vertex_attributes =
                          {
                              {0, 0, VK_FORMAT_R32G32B32_SFLOAT, offsetof(LineVertex, position)},
                              {1, 0, VK_FORMAT_R32G32B32A32_SFLOAT, offsetof(LineVertex, colour)},
                          },
                      .topology = VK_PRIMITIVE_TOPOLOGY_LINE_LIST,
                      .cull = VK_CULL_MODE_NONE,
                      .blend = vk::Blend::alpha,
                      .samples = samples,
                      .layout = layout,
                      .render_pass = pass,
                  });
    pipelines_ = std::move(p);
    fleet_->build_pipelines(pass, samples);
    mesh_pass_.build_pipelines(pass, samples);
}

void Renderer::set_target_format(const TargetFormat& format) {
    if (format == passes_->format()) return;
    frames_.wait_all();
    pipelines_.reset();
    mesh_pass_.release_pipelines();
    passes_.reset();
    passes_ = std::make_unique<PassResources>(context_, allocator_, format);
    build_pipelines();
}

VkDescriptorSet Renderer::write_descriptors(const vk::ArenaSlice& uniforms,
                                            const vk::ArenaSlice& boxes,
                                            const vk::ArenaSlice& glyphs) {
    // The slot's previous frame has finished on the GPU (begin_frame waited), so its set
    // may be rewritten.
    const VkDescriptorSet set = descriptor_sets_[frames_.slot()];

    const VkDescriptorBufferInfo uniform_info{uniforms.buffer, uniforms.offset, uniforms.size};
    const VkDescriptorBufferInfo box_info{boxes.buffer, boxes.offset, boxes.size};
    const VkDescriptorBufferInfo glyph_info{glyphs.buffer, glyphs.offset, glyphs.size};
    const VkDescriptorImageInfo atlas_info{font_sampler_.get(), font_texture_.view(),
                                           VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL};
    auto write = [&](std::uint32_t binding, VkDescriptorType type,
                     const VkDescriptorBufferInfo* buffer, const VkDescriptorImageInfo* image) {
        return VkWriteDescriptorSet{
            .sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET,
            .dstSet = set,
            .dstBinding = binding,
            .descriptorCount = 1,
            .descriptorType = type,
            .pImageInfo = image,
            .pBufferInfo = buffer,
        };
    };
    const std::array writes{
        write(0, VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, &uniform_info, nullptr),
        write(1, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, &box_info, nullptr),
        write(2, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, &glyph_info, nullptr),
        write(3, VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, nullptr, &atlas_info),
    };
    vkUpdateDescriptorSets(context_.device(), static_cast<std::uint32_t>(writes.size()),
                           writes.data(), 0, nullptr);
    return set;
}

RenderStats Renderer::record(const FrameDescription& frame, RenderTarget& target) {
    const TargetFormat& format = passes_->format();
    if (!(target.format() == format)) fail("render target format differs from the renderer's");
    if (frame.views.size() != format.view_count) {
        fail("frame has " + std::to_string(frame.views.size()) + " views, target has " +
             std::to_string(format.view_count));
    }
    const VkCommandBuffer cmd = frames_.command_buffer();
    RenderStats stats;

    FrameUniforms uniforms{};
    glm::vec3 viewer(0.0f);
    for (std::size_t v = 0; v < frame.views.size(); ++v) {
        uniforms.view_projection[v] = frame.views[v].projection * frame.views[v].view;
        uniforms.eye_position[v] = glm::vec4(frame.views[v].eye, 1.0f);
        viewer += frame.views[v].eye / static_cast<float>(frame.views.size());
    }
    uniforms.light_direction = glm::vec4(glm::normalize(glm::vec3(0.35f, 0.8f, 0.5f)), 0.0f);
    uniforms.fog_colour = frame.clear_colour;
    const FloorGrid& grid = frame.grid;
    uniforms.grid_colour = grid.line_colour;
    uniforms.grid_area = glm::vec4(grid.min, grid.max);
    uniforms.grid_spacing =
        glm::vec4(grid.minor_spacing, grid.major_spacing, grid.fade_start, grid.fade_end);
    uniforms.grid_floor = grid.floor_colour;
    uniforms.text = glm::vec4(font_.is_sdf() ? 1.0f : 0.0f, font_.sdf_edge(), 0.0f, 0.0f);
    const vk::ArenaSlice uniform_slice = frames_.allocate(sizeof(uniforms), 16);
    std::memcpy(uniform_slice.data, &uniforms, sizeof(uniforms));

    // Opaque and translucent boxes share one buffer; the translucent draw starts at
    // firstInstance = the opaque count.
    const std::size_t box_count = frame.boxes.size() + frame.translucent_boxes.size();
    const vk::ArenaSlice box_slice =
        frames_.allocate(std::max<std::size_t>(box_count, 1) * sizeof(GpuBox), 16);
    auto* gpu_boxes = static_cast<GpuBox*>(box_slice.data);
    std::size_t b = 0;
    for (const auto* list : {&frame.boxes, &frame.translucent_boxes}) {
        for (const BoxInstance& box : *list) {
            gpu_boxes[b++] = GpuBox{glm::vec4(box.center, box.yaw),
                                    glm::vec4(box.half_size, static_cast<float>(box.flags)),
                                    box.colour};
        }
    }

    text_batch_.build(frame.labels, viewer, glyph_scratch_);
    const vk::ArenaSlice glyph_slice = frames_.allocate(
        std::max<std::size_t>(glyph_scratch_.size(), 1) * sizeof(GlyphInstance), 16);
    if (!glyph_scratch_.empty()) {
        std::memcpy(glyph_slice.data, glyph_scratch_.data(),
                    glyph_scratch_.size() * sizeof(GlyphInstance));
    }

    vk::ArenaSlice line_slice;
    if (!frame.lines.empty()) {
        line_slice = frames_.allocate(frame.lines.size() * sizeof(LineVertex), 16);
        std::memcpy(line_slice.data, frame.lines.data(), frame.lines.size() * sizeof(LineVertex));
    }

    const VkDescriptorSet set =
        write_descriptors(uniform_slice, box_slice, glyph_slice);
    mesh_pass_.prepare(frame.meshes, uniform_slice);

    const std::array clears{
        VkClearValue{.color = {{frame.clear_colour.r, frame.clear_colour.g, frame.clear_colour.b,
                                frame.clear_colour.a}}},
        VkClearValue{.depthStencil = {1.0f, 0}},
        VkClearValue{},
    };
    const VkRenderPassBeginInfo begin{
        .sType = VK_STRUCTURE_TYPE_RENDER_PASS_BEGIN_INFO,
        .renderPass = passes_->render_pass(),
        .framebuffer = passes_->framebuffer_for(target),
        .renderArea = {{0, 0}, format.extent},
        .clearValueCount = static_cast<std::uint32_t>(clears.size()),
        .pClearValues = clears.data(),
    };
    // Culling and level of detail run before the pass begins.
    fleet_->prepare(cmd, frame.fleet, frame.views);
    context_.names().begin_label(cmd, "scene");
    vkCmdBeginRenderPass(cmd, &begin, VK_SUBPASS_CONTENTS_INLINE);
    const VkViewport viewport{0.0f, 0.0f, static_cast<float>(format.extent.width),
                              static_cast<float>(format.extent.height), 0.0f, 1.0f};
    const VkRect2D scissor{{0, 0}, format.extent};
    vkCmdSetViewport(cmd, 0, 1, &viewport);
    vkCmdSetScissor(cmd, 0, 1, &scissor);
    vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline_layout_.get(), 0, 1,
                            &set, 0, nullptr);

    const VkDeviceSize zero = 0;
    if (!frame.boxes.empty()) {
        vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipelines_->boxes.get());
        const VkBuffer vertices = box_vertices_.get();
        vkCmdBindVertexBuffers(cmd, 0, 1, &vertices, &zero);
        vkCmdBindIndexBuffer(cmd, box_indices_.get(), 0, VK_INDEX_TYPE_UINT16);
        vkCmdDrawIndexed(cmd, 36, static_cast<std::uint32_t>(frame.boxes.size()), 0, 0, 0);
        ++stats.draw_calls;
        stats.instances += frame.boxes.size();
    }
    const MeshPassStats mesh_stats = mesh_pass_.draw(cmd);
    stats.draw_calls += mesh_stats.draw_calls;
    stats.instances += mesh_stats.instances;
    const std::uint32_t fleet_draws = fleet_->draw(cmd, uniform_slice);
    stats.draw_calls += fleet_draws;
    if (mesh_stats.draw_calls > 0 || fleet_draws > 0) {
        // The mesh and fleet passes bind their own set 0; the passes after them need the
        // scene's back.
        vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline_layout_.get(), 0,
                                1, &set, 0, nullptr);
    }
    if (frame.grid.visible) {
        vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipelines_->grid.get());
        const VkBuffer quad = unit_quad_.get();
        vkCmdBindVertexBuffers(cmd, 0, 1, &quad, &zero);
        vkCmdBindIndexBuffer(cmd, quad_indices_.get(), 0, VK_INDEX_TYPE_UINT16);
        vkCmdDrawIndexed(cmd, 6, 1, 0, 0, 0);
        ++stats.draw_calls;
    }
    if (!frame.lines.empty()) {
        vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipelines_->lines.get());
        vkCmdBindVertexBuffers(cmd, 0, 1, &line_slice.buffer, &line_slice.offset);
        vkCmdDraw(cmd, static_cast<std::uint32_t>(frame.lines.size()), 1, 0, 0);
        ++stats.draw_calls;
    }
    if (!frame.translucent_boxes.empty()) {
        vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS,
                          pipelines_->translucent_boxes.get());
        const VkBuffer vertices = box_vertices_.get();
        vkCmdBindVertexBuffers(cmd, 0, 1, &vertices, &zero);
        vkCmdBindIndexBuffer(cmd, box_indices_.get(), 0, VK_INDEX_TYPE_UINT16);
        vkCmdDrawIndexed(cmd, 36, static_cast<std::uint32_t>(frame.translucent_boxes.size()), 0,
                         0, static_cast<std::uint32_t>(frame.boxes.size()));
        ++stats.draw_calls;
        stats.instances += frame.translucent_boxes.size();
    }
    if (!glyph_scratch_.empty()) {
        vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipelines_->text.get());
        const VkBuffer quad = unit_quad_.get();
        vkCmdBindVertexBuffers(cmd, 0, 1, &quad, &zero);
        vkCmdBindIndexBuffer(cmd, quad_indices_.get(), 0, VK_INDEX_TYPE_UINT16);
        vkCmdDrawIndexed(cmd, 6, static_cast<std::uint32_t>(glyph_scratch_.size()), 0, 0, 0);
        ++stats.draw_calls;
        stats.instances += glyph_scratch_.size();
    }
    vkCmdEndRenderPass(cmd);
    context_.names().end_label(cmd);
    return stats;
}

}  // namespace xrviz::render
