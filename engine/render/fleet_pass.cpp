#include "engine/render/fleet_pass.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>

#include "engine/core/error.h"
#include "engine/vk/check.h"
#include "engine/vk/context.h"
#include "engine/vk/pipeline.h"
#include "engine/vk/upload.h"
#include "shaders/fleet.frag.h"
#include "shaders/fleet.vert.h"
#include "shaders/fleet_cull.comp.h"

namespace xrviz::render {
namespace {

// Matches FleetParams in shaders/fleet_cull.comp (std140).
struct FleetParams {
    glm::uvec4 counts;
    glm::uvec4 grid;
    glm::vec4 rack_size;
    glm::vec4 stacking;
    glm::vec4 gpu_origin;
    glm::vec4 hall;
    glm::vec4 gpu_lod;
    glm::vec4 far_lod;
    glm::vec4 eyes[2];
    glm::vec4 planes[12];
    glm::vec4 colours[kFleetMeshCount];
    glm::uvec4 regions[kFleetMeshCount];
    glm::ivec4 draws[kFleetMeshCount];
};

// Matches FleetInstance in shaders/fleet_instance.glsl (std430).
constexpr VkDeviceSize kInstanceBytes = 32;
constexpr std::uint32_t kCommandStride = sizeof(VkDrawIndexedIndirectCommand);
constexpr std::uint32_t kWorkgroupSize = 64;  // local_size_x of fleet_cull.comp

// Servers and GPUs are only drawn near the eyes: their regions hold what the detail
// distances can reach, not the whole fleet. A rack that finds them full is drawn as a
// block (servers) or without its GPUs, so a full region degrades, never overflows.
constexpr std::uint32_t kServerSlots = 1u << 15;
constexpr std::uint32_t kGpuSlots = 1u << 16;

template <std::size_t N>
std::span<const std::uint32_t> spirv(const std::uint32_t (&code)[N]) {
    return std::span<const std::uint32_t>(code, N);
}

std::uint32_t rack_count(const FleetLayout& layout) {
    const std::uint32_t per_rack = layout.gpus_per_server * layout.servers_per_rack;
    return (layout.gpu_count + per_rack - 1) / per_rack;
}

// Six inward planes of a Vulkan clip volume (depth 0..1), normalised: a point p is inside
// when dot(n, p) + w >= 0 for all six.
void frustum_planes(const glm::mat4& m, glm::vec4* planes) {
    auto row = [&](int i) { return glm::vec4(m[0][i], m[1][i], m[2][i], m[3][i]); };
    const std::array<glm::vec4, 6> raw{row(3) + row(0), row(3) - row(0), row(3) + row(1),
                                       row(3) - row(1), row(2),          row(3) - row(2)};
    for (std::size_t i = 0; i < raw.size(); ++i) {
        planes[i] = raw[i] / glm::length(glm::vec3(raw[i]));
    }
}

vk::UniquePipelineLayout make_pipeline_layout(const vk::Context& context,
                                              VkDescriptorSetLayout set_layout,
                                              const VkPushConstantRange* push,
                                              const std::string& name) {
    const VkPipelineLayoutCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO,
        .setLayoutCount = 1,
        .pSetLayouts = &set_layout,
        .pushConstantRangeCount = push ? 1u : 0u,
        .pPushConstantRanges = push,
    };
    VkPipelineLayout layout = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreatePipelineLayout(context.device(), &info, nullptr, &layout), name);
    context.names().set(layout, VK_OBJECT_TYPE_PIPELINE_LAYOUT, name);
    return vk::UniquePipelineLayout(context.device(), layout);
}

void memory_barrier(VkCommandBuffer cmd, VkPipelineStageFlags src_stages, VkAccessFlags src_access,
                    VkPipelineStageFlags dst_stages, VkAccessFlags dst_access) {
    const VkMemoryBarrier barrier{
        .sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER,
        .srcAccessMask = src_access,
        .dstAccessMask = dst_access,
    };
    vkCmdPipelineBarrier(cmd, src_stages, dst_stages, 0, 1, &barrier, 0, nullptr, 0, nullptr);
}

// Points each binding of `set`, in order from 0, at one buffer.
void write_buffers(VkDevice device, VkDescriptorSet set, std::span<const VkDescriptorType> types,
                   std::span<const VkDescriptorBufferInfo> buffers) {
    std::array<VkWriteDescriptorSet, 3> writes{};
    for (std::uint32_t i = 0; i < types.size(); ++i) {
        writes[i] = VkWriteDescriptorSet{.sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET,
                                         .dstSet = set,
                                         .dstBinding = i,
                                         .descriptorCount = 1,
                                         .descriptorType = types[i],
                                         .pBufferInfo = &buffers[i]};
    }
    vkUpdateDescriptorSets(device, static_cast<std::uint32_t>(types.size()), writes.data(), 0,
                           nullptr);
}

}  // namespace

FleetPass::FleetPass(const vk::Context& context, vk::MemoryAllocator& allocator,
                     vk::FrameRing& frames)
    : context_(context), allocator_(allocator), frames_(frames) {
    const std::array compute_bindings{
        VkDescriptorSetLayoutBinding{0, VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, 1,
                                     VK_SHADER_STAGE_COMPUTE_BIT, nullptr},
        VkDescriptorSetLayoutBinding{1, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 1,
                                     VK_SHADER_STAGE_COMPUTE_BIT, nullptr},
        VkDescriptorSetLayoutBinding{2, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 1,
                                     VK_SHADER_STAGE_COMPUTE_BIT, nullptr},
    };
    compute_set_layout_ =
        vk::create_descriptor_set_layout(context, compute_bindings, "fleet cull descriptors");
    compute_layout_ = make_pipeline_layout(context, compute_set_layout_.get(), nullptr,
                                           "fleet cull pipeline layout");
    cull_pipeline_ = vk::create_compute_pipeline(context, spirv(fleet_cull_comp_spv),
                                                 compute_layout_.get(), "fleet cull");

    const std::array draw_bindings{
        VkDescriptorSetLayoutBinding{0, VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, 1,
                                     VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT,
                                     nullptr},
        VkDescriptorSetLayoutBinding{1, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 1,
                                     VK_SHADER_STAGE_VERTEX_BIT, nullptr},
    };
    draw_set_layout_ =
        vk::create_descriptor_set_layout(context, draw_bindings, "fleet draw descriptors");
    const VkPushConstantRange region{VK_SHADER_STAGE_VERTEX_BIT, 0, sizeof(std::uint32_t)};
    draw_layout_ = make_pipeline_layout(context, draw_set_layout_.get(), &region,
                                        "fleet draw pipeline layout");

    const std::array pool_sizes{
        VkDescriptorPoolSize{VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, 2},
        VkDescriptorPoolSize{VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 3},
    };
    for (std::uint32_t i = 0; i < frames.frames_in_flight(); ++i) {
        const VkDescriptorPoolCreateInfo info{
            .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO,
            .maxSets = 2,
            .poolSizeCount = static_cast<std::uint32_t>(pool_sizes.size()),
            .pPoolSizes = pool_sizes.data(),
        };
        VkDescriptorPool pool = VK_NULL_HANDLE;
        const std::string name = "fleet descriptors, frame slot " + std::to_string(i);
        XRVIZ_VK_CHECK(vkCreateDescriptorPool(context.device(), &info, nullptr, &pool), name);
        context.names().set(pool, VK_OBJECT_TYPE_DESCRIPTOR_POOL, name);
        descriptor_pools_.emplace_back(context.device(), pool);
    }

    commands_ =
        vk::Buffer(context, allocator, kFleetMeshCount * kCommandStride,
                   VK_BUFFER_USAGE_INDIRECT_BUFFER_BIT | VK_BUFFER_USAGE_STORAGE_BUFFER_BIT |
                       VK_BUFFER_USAGE_TRANSFER_DST_BIT | VK_BUFFER_USAGE_TRANSFER_SRC_BIT,
                   vk::MemoryUsage::device_local, "fleet indirect draws");
    readback_ = vk::Buffer(context, allocator,
                           frames.frames_in_flight() * kFleetMeshCount * sizeof(std::uint32_t),
                           VK_BUFFER_USAGE_TRANSFER_DST_BIT, vk::MemoryUsage::host_visible,
                           "fleet instance counts (read back)");
    std::memset(readback_.mapped(), 0, readback_.size());
}

FleetPass::~FleetPass() {
    // Frames in flight still read the buffers and descriptor pools.
    frames_.wait_all();
}

void FleetPass::build_pipelines(VkRenderPass pass, VkSampleCountFlagBits samples) {
    draw_pipeline_ = vk::create_graphics_pipeline(
        context_,
        {
            .name = "fleet meshes",
            .vertex_spirv = spirv(fleet_vert_spv),
            .fragment_spirv = spirv(fleet_frag_spv),
            .vertex_bindings = {{0, sizeof(assets::MeshVertex), VK_VERTEX_INPUT_RATE_VERTEX},
                                {1, sizeof(glm::vec3), VK_VERTEX_INPUT_RATE_VERTEX}},
            .vertex_attributes =
                {
                    {0, 0, VK_FORMAT_R32G32B32_SFLOAT, offsetof(assets::MeshVertex, position)},
                    {1, 0, VK_FORMAT_R32G32B32_SFLOAT, offsetof(assets::MeshVertex, normal)},
                    {2, 1, VK_FORMAT_R32G32B32_SFLOAT, 0},
                },
            .samples = samples,
            .layout = draw_layout_.get(),
            .render_pass = pass,
        });
}

void FleetPass::upload_meshes(const std::shared_ptr<const FleetMeshes>& meshes) {
    if (meshes == meshes_)
        return;
    std::vector<assets::MeshVertex> vertices;
    std::vector<glm::vec3> colours;
    std::vector<std::uint32_t> indices;
    const std::array parts{&meshes->rack_frame, &meshes->rack_block, &meshes->server,
                           &meshes->gpu,        &meshes->rack_box,   &meshes->row_box};
    for (std::size_t m = 0; m < parts.size(); ++m) {
        const assets::MeshGeometry& mesh = parts[m]->geometry;
        if (mesh.indices.empty())
            fail("fleet mesh \"" + mesh.name + "\" has no triangles");
        const std::vector<glm::vec3>& shape_colours = parts[m]->colours;
        if (!shape_colours.empty() && shape_colours.size() != mesh.vertices.size()) {
            fail("fleet mesh \"" + mesh.name + "\" has " + std::to_string(shape_colours.size()) +
                 " colours for " + std::to_string(mesh.vertices.size()) + " vertices");
        }
        ranges_[m] = MeshRange{static_cast<std::uint32_t>(mesh.indices.size()),
                               static_cast<std::uint32_t>(indices.size()),
                               static_cast<std::int32_t>(vertices.size())};
        vertices.insert(vertices.end(), mesh.vertices.begin(), mesh.vertices.end());
        if (shape_colours.empty()) {
            colours.insert(colours.end(), mesh.vertices.size(), glm::vec3(1.0f));
        } else {
            colours.insert(colours.end(), shape_colours.begin(), shape_colours.end());
        }
        indices.insert(indices.end(), mesh.indices.begin(), mesh.indices.end());
    }
    // The previous meshes may still be drawn by a frame in flight.
    if (vertices_)
        frames_.defer_release(std::move(vertices_));
    if (colours_)
        frames_.defer_release(std::move(colours_));
    if (indices_)
        frames_.defer_release(std::move(indices_));
    vk::Uploader uploader(context_, allocator_);
    vertices_ = uploader.upload_buffer(std::as_bytes(std::span(vertices)),
                                       VK_BUFFER_USAGE_VERTEX_BUFFER_BIT, "fleet mesh vertices");
    colours_ = uploader.upload_buffer(std::as_bytes(std::span(colours)),
                                      VK_BUFFER_USAGE_VERTEX_BUFFER_BIT, "fleet mesh colours");
    indices_ = uploader.upload_buffer(std::as_bytes(std::span(indices)),
                                      VK_BUFFER_USAGE_INDEX_BUFFER_BIT, "fleet mesh indices");
    meshes_ = meshes;
}

void FleetPass::reserve_instances(const FleetLayout& layout) {
    const std::uint32_t racks = rack_count(layout);
    const std::uint32_t servers = racks * layout.servers_per_rack;
    const std::uint32_t rows = (racks + layout.racks_per_row - 1) / layout.racks_per_row;
    const std::array<std::uint32_t, kFleetMeshCount> capacity{
        racks, racks, std::min(servers, kServerSlots), std::min(layout.gpu_count, kGpuSlots),
        racks, rows};
    std::uint32_t total = 0;
    for (std::size_t m = 0; m < capacity.size(); ++m) {
        region_base_[m] = total;
        region_capacity_[m] = capacity[m];
        total += capacity[m];
    }
    const VkDeviceSize bytes = std::max<VkDeviceSize>(total, 1) * kInstanceBytes;
    if (instances_ && instances_.size() >= bytes)
        return;
    if (instances_)
        frames_.defer_release(std::move(instances_));
    instances_ = vk::Buffer(context_, allocator_, bytes, VK_BUFFER_USAGE_STORAGE_BUFFER_BIT,
                            vk::MemoryUsage::device_local, "fleet instances");
}

VkDescriptorSet FleetPass::allocate_set(VkDescriptorSetLayout layout) {
    const VkDescriptorSetAllocateInfo info{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO,
        .descriptorPool = descriptor_pools_[frames_.slot()].get(),
        .descriptorSetCount = 1,
        .pSetLayouts = &layout,
    };
    VkDescriptorSet set = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkAllocateDescriptorSets(context_.device(), &info, &set), "fleet descriptors");
    return set;
}

void FleetPass::prepare(VkCommandBuffer cmd, const FleetDraw& fleet, std::span<const View> views) {
    prepared_ = false;
    if (fleet.empty())
        return;
    const FleetLayout& layout = fleet.layout;
    if (layout.gpus_per_server == 0 || layout.servers_per_rack == 0 || layout.racks_per_row == 0 ||
        layout.rows_per_hall == 0 || layout.halls_per_row == 0 || layout.gpu_columns == 0) {
        fail("fleet layout has a zero count");
    }
    if (views.empty() || views.size() > 2)
        fail("fleet culling needs one or two views");
    upload_meshes(fleet.meshes);
    reserve_instances(layout);

    FleetParams params{};
    const std::uint32_t racks = rack_count(layout);
    params.counts = {layout.gpu_count, layout.gpus_per_server, layout.servers_per_rack,
                     layout.racks_per_row};
    params.grid = {layout.rows_per_hall, layout.halls_per_row, layout.gpu_columns, racks};
    params.rack_size = glm::vec4(layout.rack_size, layout.cold_aisle);
    params.stacking =
        glm::vec4(layout.hot_aisle, layout.server_base, layout.server_pitch, layout.server_z);
    params.gpu_origin = glm::vec4(layout.gpu_origin, 0.0f);
    params.hall = glm::vec4(layout.hall_origin, layout.hall_pitch);
    params.gpu_lod = glm::vec4(layout.gpu_spacing, fleet.detail_distance, fleet.block_distance);
    for (std::size_t v = 0; v < views.size(); ++v) {
        params.eyes[v] = glm::vec4(views[v].eye, 1.0f);
        frustum_planes(views[v].projection * views[v].view, &params.planes[v * 6]);
    }
    params.far_lod = glm::vec4(fleet.box_distance, fleet.row_distance, 0.0f, 0.0f);
    const std::array<glm::vec4, kFleetMeshCount> colours{fleet.rack_colour,   fleet.rack_colour,
                                                         fleet.server_colour, fleet.gpu_colour,
                                                         fleet.rack_colour,   fleet.rack_colour};
    for (std::size_t m = 0; m < kFleetMeshCount; ++m) {
        params.colours[m] = colours[m];
        params.regions[m] = glm::uvec4(region_base_[m], region_capacity_[m], 0, 0);
        params.draws[m] = glm::ivec4(static_cast<std::int32_t>(ranges_[m].index_count),
                                     static_cast<std::int32_t>(ranges_[m].first_index),
                                     ranges_[m].vertex_offset, 0);
    }
    const vk::ArenaSlice params_slice = frames_.allocate(sizeof(params), 16);
    std::memcpy(params_slice.data, &params, sizeof(params));

    XRVIZ_VK_CHECK(
        vkResetDescriptorPool(context_.device(), descriptor_pools_[frames_.slot()].get(), 0),
        "fleet descriptor pool");
    const VkDescriptorSet set = allocate_set(compute_set_layout_.get());
    const std::array<VkDescriptorType, 3> types{VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER,
                                                VK_DESCRIPTOR_TYPE_STORAGE_BUFFER,
                                                VK_DESCRIPTOR_TYPE_STORAGE_BUFFER};
    const std::array<VkDescriptorBufferInfo, 3> buffers{
        VkDescriptorBufferInfo{params_slice.buffer, params_slice.offset, params_slice.size},
        VkDescriptorBufferInfo{commands_.get(), 0, VK_WHOLE_SIZE},
        VkDescriptorBufferInfo{instances_.get(), 0, VK_WHOLE_SIZE}};
    write_buffers(context_.device(), set, types, buffers);

    context_.names().begin_label(cmd, "fleet cull");
    // The previous frame's draws and count copy read these buffers: let them finish
    // before the fill and the dispatch overwrite them (write after read: ordering only).
    memory_barrier(cmd,
                   VK_PIPELINE_STAGE_DRAW_INDIRECT_BIT | VK_PIPELINE_STAGE_VERTEX_SHADER_BIT |
                       VK_PIPELINE_STAGE_TRANSFER_BIT,
                   0, VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, 0);
    vkCmdFillBuffer(cmd, commands_.get(), 0, VK_WHOLE_SIZE, 0);
    memory_barrier(cmd, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT,
                   VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT,
                   VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT);
    vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_COMPUTE, cull_pipeline_.get());
    vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_COMPUTE, compute_layout_.get(), 0, 1, &set,
                            0, nullptr);
    // One invocation per rack; at least one group, whose first invocation writes the
    // commands' fixed fields.
    vkCmdDispatch(cmd, std::max<std::uint32_t>((racks + kWorkgroupSize - 1) / kWorkgroupSize, 1), 1,
                  1);
    memory_barrier(cmd, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_ACCESS_SHADER_WRITE_BIT,
                   VK_PIPELINE_STAGE_DRAW_INDIRECT_BIT | VK_PIPELINE_STAGE_VERTEX_SHADER_BIT |
                       VK_PIPELINE_STAGE_TRANSFER_BIT,
                   VK_ACCESS_INDIRECT_COMMAND_READ_BIT | VK_ACCESS_SHADER_READ_BIT |
                       VK_ACCESS_TRANSFER_READ_BIT);
    std::array<VkBufferCopy, kFleetMeshCount> copies{};
    const VkDeviceSize readback_base = frames_.slot() * kFleetMeshCount * sizeof(std::uint32_t);
    for (std::uint32_t m = 0; m < kFleetMeshCount; ++m) {
        copies[m] =
            VkBufferCopy{m * kCommandStride + offsetof(VkDrawIndexedIndirectCommand, instanceCount),
                         readback_base + m * sizeof(std::uint32_t), sizeof(std::uint32_t)};
    }
    vkCmdCopyBuffer(cmd, commands_.get(), readback_.get(),
                    static_cast<std::uint32_t>(copies.size()), copies.data());
    memory_barrier(cmd, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT,
                   VK_PIPELINE_STAGE_HOST_BIT, VK_ACCESS_HOST_READ_BIT);
    context_.names().end_label(cmd);
    last_slot_ = frames_.slot();
    prepared_ = true;
}

std::uint32_t FleetPass::draw(VkCommandBuffer cmd, const vk::ArenaSlice& frame_uniforms) {
    if (!prepared_)
        return 0;
    prepared_ = false;
    const VkDescriptorSet set = allocate_set(draw_set_layout_.get());
    const std::array<VkDescriptorType, 2> types{VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER,
                                                VK_DESCRIPTOR_TYPE_STORAGE_BUFFER};
    const std::array<VkDescriptorBufferInfo, 2> buffers{
        VkDescriptorBufferInfo{frame_uniforms.buffer, frame_uniforms.offset, frame_uniforms.size},
        VkDescriptorBufferInfo{instances_.get(), 0, VK_WHOLE_SIZE}};
    write_buffers(context_.device(), set, types, buffers);

    vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, draw_pipeline_.get());
    vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, draw_layout_.get(), 0, 1, &set, 0,
                            nullptr);
    const std::array<VkBuffer, 2> vertex_buffers{vertices_.get(), colours_.get()};
    const std::array<VkDeviceSize, 2> offsets{0, 0};
    vkCmdBindVertexBuffers(cmd, 0, 2, vertex_buffers.data(), offsets.data());
    vkCmdBindIndexBuffer(cmd, indices_.get(), 0, VK_INDEX_TYPE_UINT32);
    for (std::uint32_t m = 0; m < kFleetMeshCount; ++m) {
        vkCmdPushConstants(cmd, draw_layout_.get(), VK_SHADER_STAGE_VERTEX_BIT, 0,
                           sizeof(std::uint32_t), &region_base_[m]);
        vkCmdDrawIndexedIndirect(cmd, commands_.get(), m * kCommandStride, 1, kCommandStride);
    }
    return kFleetMeshCount;
}

std::array<std::uint32_t, kFleetMeshCount> FleetPass::last_counts() const {
    std::array<std::uint32_t, kFleetMeshCount> counts{};
    std::memcpy(counts.data(),
                static_cast<const char*>(readback_.mapped()) +
                    last_slot_ * kFleetMeshCount * sizeof(std::uint32_t),
                sizeof(counts));
    return counts;
}

}  // namespace xrviz::render
