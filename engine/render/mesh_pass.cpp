#include "engine/render/mesh_pass.h"

#include <array>
#include <cstring>
#include <string>

#include <glm/matrix.hpp>

#include "engine/vk/check.h"
#include "engine/vk/context.h"
#include "engine/vk/pipeline.h"
#include "engine/vk/upload.h"
#include "shaders/mesh.frag.h"
#include "shaders/mesh.vert.h"

namespace xrviz::render {
namespace {

// Matches MeshInstance in shaders/mesh.vert (std430).
struct GpuMeshInstance {
    glm::mat4 model;
    glm::mat4 normal_matrix;  // inverse transpose of the model's 3x3, for non-uniform scale
    glm::vec4 colour;
};
static_assert(sizeof(GpuMeshInstance) == 144);

template <std::size_t N>
std::span<const std::uint32_t> spirv(const std::uint32_t (&code)[N]) {
    return std::span<const std::uint32_t>(code, N);
}

vk::UniqueDescriptorPool make_pool(const vk::Context& context,
                                   std::span<const VkDescriptorPoolSize> sizes,
                                   const std::string& name) {
    const VkDescriptorPoolCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO,
        .maxSets = 1,
        .poolSizeCount = static_cast<std::uint32_t>(sizes.size()),
        .pPoolSizes = sizes.data(),
    };
    VkDescriptorPool pool = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateDescriptorPool(context.device(), &info, nullptr, &pool), name);
    context.names().set(pool, VK_OBJECT_TYPE_DESCRIPTOR_POOL, name);
    return vk::UniqueDescriptorPool(context.device(), pool);
}

VkDescriptorSet allocate_set(const vk::Context& context, VkDescriptorPool pool,
                             VkDescriptorSetLayout layout, const std::string& name) {
    const VkDescriptorSetAllocateInfo info{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO,
        .descriptorPool = pool,
        .descriptorSetCount = 1,
        .pSetLayouts = &layout,
    };
    VkDescriptorSet set = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkAllocateDescriptorSets(context.device(), &info, &set), name);
    context.names().set(set, VK_OBJECT_TYPE_DESCRIPTOR_SET, name);
    return set;
}

VkSamplerAddressMode address_mode(assets::TextureWrap wrap) {
    switch (wrap) {
        case assets::TextureWrap::clamp_to_edge: return VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_EDGE;
        case assets::TextureWrap::mirrored_repeat: return VK_SAMPLER_ADDRESS_MODE_MIRRORED_REPEAT;
        default: return VK_SAMPLER_ADDRESS_MODE_REPEAT;
    }
}

VkFilter filter(assets::TextureFilter f) {
    return f == assets::TextureFilter::nearest ? VK_FILTER_NEAREST : VK_FILTER_LINEAR;
}

}  // namespace

struct MeshPass::Pipelines {
    vk::UniquePipeline culled;
    vk::UniquePipeline two_sided;
};

MeshPass::MeshPass(const vk::Context& context, vk::MemoryAllocator& allocator,
                   vk::FrameRing& frames)
    : context_(context), allocator_(allocator), frames_(frames) {
    const std::array frame_bindings{
        VkDescriptorSetLayoutBinding{0, VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, 1,
                                     VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT,
                                     nullptr},
        VkDescriptorSetLayoutBinding{1, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 1,
                                     VK_SHADER_STAGE_VERTEX_BIT, nullptr},
    };
    frame_layout_ = vk::create_descriptor_set_layout(context, frame_bindings, "mesh frame descriptors");
    const std::array texture_bindings{
        VkDescriptorSetLayoutBinding{0, VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 1,
                                     VK_SHADER_STAGE_FRAGMENT_BIT, nullptr},
    };
    texture_layout_ = vk::create_descriptor_set_layout(context, texture_bindings, "mesh texture descriptors");

    const std::array set_layouts{frame_layout_.get(), texture_layout_.get()};
    const VkPipelineLayoutCreateInfo layout_info{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO,
        .setLayoutCount = static_cast<std::uint32_t>(set_layouts.size()),
        .pSetLayouts = set_layouts.data(),
    };
    VkPipelineLayout layout = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreatePipelineLayout(context.device(), &layout_info, nullptr, &layout),
                   "mesh pipeline layout");
    pipeline_layout_ = vk::UniquePipelineLayout(context.device(), layout);
    context.names().set(layout, VK_OBJECT_TYPE_PIPELINE_LAYOUT, "mesh pipeline layout");

    const std::array frame_sizes{
        VkDescriptorPoolSize{VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, 1},
        VkDescriptorPoolSize{VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 1},
    };
    for (std::uint32_t i = 0; i < frames.frames_in_flight(); ++i)
        frame_pools_.push_back(
            make_pool(context, frame_sizes, "mesh descriptors, frame slot " + std::to_string(i)));

    MeshTexture white;
    white.image = {.width = 1, .height = 1, .rgba = {255, 255, 255, 255}};
    white.sampler.mipmaps = false;
    white_ = upload_texture(white, "untextured mesh (white)");
}

MeshPass::~MeshPass() {
    // Frames in flight may still read the cached meshes and textures.
    frames_.wait_all();
}

void MeshPass::build_pipelines(VkRenderPass render_pass, VkSampleCountFlagBits samples) {
    const std::vector<VkVertexInputBindingDescription> binding{
        {0, sizeof(assets::MeshVertex), VK_VERTEX_INPUT_RATE_VERTEX}};
    const std::vector<VkVertexInputAttributeDescription> attributes{
        {0, 0, VK_FORMAT_R32G32B32_SFLOAT, offsetof(assets::MeshVertex, position)},
        {1, 0, VK_FORMAT_R32G32B32_SFLOAT, offsetof(assets::MeshVertex, normal)},
        {2, 0, VK_FORMAT_R32G32_SFLOAT, offsetof(assets::MeshVertex, uv)},
    };
    vk::GraphicsPipelineDesc desc{
        .name = "meshes",
        .vertex_spirv = spirv(mesh_vert_spv),
        .fragment_spirv = spirv(mesh_frag_spv),
        .vertex_bindings = binding,
        .vertex_attributes = attributes,
        .samples = samples,
        .layout = pipeline_layout_.get(),
        .render_pass = render_pass,
    };
    auto p = std::make_unique<Pipelines>();
    p->culled = vk::create_graphics_pipeline(context_, desc);
    desc.name = "meshes, two-sided";
    desc.cull = VK_CULL_MODE_NONE;
    p->two_sided = vk::create_graphics_pipeline(context_, desc);
    pipelines_ = std::move(p);
}

void MeshPass::release_pipelines() { pipelines_.reset(); }

MeshPass::GpuTexture MeshPass::upload_texture(const MeshTexture& texture, const std::string& name) {
    GpuTexture gpu;
    vk::Uploader uploader(context_, allocator_);
    gpu.image = uploader.upload_image(
        std::as_bytes(std::span(texture.image.rgba)),
        vk::ImageDesc{
            // glTF base colour texels are sRGB-encoded: the sampler decodes them to linear.
            .format = VK_FORMAT_R8G8B8A8_SRGB,
            .extent = {static_cast<std::uint32_t>(texture.image.width),
                       static_cast<std::uint32_t>(texture.image.height)},
        },
        name);
    const assets::TextureSampler& s = texture.sampler;
    // One mip level only: mipmapped filters fall back to their base-level filter.
    const VkSamplerCreateInfo sampler_info{
        .sType = VK_STRUCTURE_TYPE_SAMPLER_CREATE_INFO,
        .magFilter = filter(s.mag_filter),
        .minFilter = filter(s.min_filter),
        .mipmapMode = VK_SAMPLER_MIPMAP_MODE_NEAREST,
        .addressModeU = address_mode(s.wrap_u),
        .addressModeV = address_mode(s.wrap_v),
        .addressModeW = VK_SAMPLER_ADDRESS_MODE_REPEAT,
        .maxLod = 0.0f,
    };
    VkSampler sampler = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateSampler(context_.device(), &sampler_info, nullptr, &sampler),
                   "sampler of " + name);
    gpu.sampler = vk::UniqueSampler(context_.device(), sampler);
    context_.names().set(sampler, VK_OBJECT_TYPE_SAMPLER, name + " sampler");

    const std::array sizes{VkDescriptorPoolSize{VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 1}};
    gpu.pool = make_pool(context_, sizes, name + " descriptors");
    gpu.set = allocate_set(context_, gpu.pool.get(), texture_layout_.get(), name + " descriptors");
    const VkDescriptorImageInfo image_info{sampler, gpu.image.view(),
                                           VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL};
    const VkWriteDescriptorSet write{
        .sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET,
        .dstSet = gpu.set,
        .dstBinding = 0,
        .descriptorCount = 1,
        .descriptorType = VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER,
        .pImageInfo = &image_info,
    };
    vkUpdateDescriptorSets(context_.device(), 1, &write, 0, nullptr);
    return gpu;
}

const MeshPass::GpuMesh& MeshPass::mesh_for(const SharedMesh& mesh) {
    auto found = meshes_.find(mesh.get());
    // The same address with its owner gone is a new mesh that reuses the memory.
    if (found != meshes_.end() && found->second.owner.lock() == mesh) return found->second;
    if (found != meshes_.end()) {
        frames_.defer_release(std::move(found->second));
        meshes_.erase(found);
    }
    const std::string name = mesh->name.empty() ? std::string("mesh") : "mesh " + mesh->name;
    vk::Uploader uploader(context_, allocator_);
    GpuMesh gpu{
        .owner = mesh,
        .vertices = uploader.upload_buffer(std::as_bytes(std::span(mesh->vertices)),
                                           VK_BUFFER_USAGE_VERTEX_BUFFER_BIT, name + " vertices"),
        .indices = uploader.upload_buffer(std::as_bytes(std::span(mesh->indices)),
                                          VK_BUFFER_USAGE_INDEX_BUFFER_BIT, name + " indices"),
        .index_count = static_cast<std::uint32_t>(mesh->indices.size()),
    };
    return meshes_.emplace(mesh.get(), std::move(gpu)).first->second;
}

const MeshPass::GpuTexture& MeshPass::texture_for(const SharedTexture& texture) {
    if (!texture || texture->image.rgba.empty()) return white_;
    auto found = textures_.find(texture.get());
    if (found != textures_.end() && found->second.owner.lock() == texture) return found->second;
    if (found != textures_.end()) {
        frames_.defer_release(std::move(found->second));
        textures_.erase(found);
    }
    GpuTexture gpu = upload_texture(*texture, "mesh texture " + std::to_string(textures_.size()));
    gpu.owner = texture;
    return textures_.emplace(texture.get(), std::move(gpu)).first->second;
}

void MeshPass::release_unused() {
    // Released after the GPU finishes this frame: earlier frames may still draw them.
    const auto sweep = [&](auto& cache) {
        for (auto it = cache.begin(); it != cache.end();) {
            if (!it->second.owner.expired()) {
                ++it;
                continue;
            }
            frames_.defer_release(std::move(it->second));
            it = cache.erase(it);
        }
    };
    sweep(meshes_);
    sweep(textures_);
}

void MeshPass::prepare(std::span<const MeshInstance> instances, const vk::ArenaSlice& uniforms) {
    release_unused();
    batches_ = batch_instances(instances);
    frame_set_ = VK_NULL_HANDLE;
    if (batches_.batches.empty()) return;

    const vk::ArenaSlice slice =
        frames_.allocate(batches_.order.size() * sizeof(GpuMeshInstance), 16);
    auto* out = static_cast<GpuMeshInstance*>(slice.data);
    for (std::size_t k = 0; k < batches_.order.size(); ++k) {
        const MeshInstance& m = instances[batches_.order[k]];
        out[k] = GpuMeshInstance{m.model, glm::mat4(glm::transpose(glm::inverse(glm::mat3(m.model)))),
                                 m.colour};
    }
    // Uploads, when new, once per batch: every instance of a batch shares mesh and texture.
    for (const MeshBatch& batch : batches_.batches) {
        const MeshInstance& first = instances[batches_.order[batch.first]];
        mesh_for(first.mesh);
        texture_for(first.texture);
    }

    const VkDescriptorPool pool = frame_pools_[frames_.slot()].get();
    XRVIZ_VK_CHECK(vkResetDescriptorPool(context_.device(), pool, 0), "mesh descriptor pool");
    frame_set_ = allocate_set(context_, pool, frame_layout_.get(),
                              "mesh descriptors, frame slot " + std::to_string(frames_.slot()));
    const VkDescriptorBufferInfo uniform_info{uniforms.buffer, uniforms.offset, uniforms.size};
    const VkDescriptorBufferInfo instance_info{slice.buffer, slice.offset, slice.size};
    const std::array writes{
        VkWriteDescriptorSet{.sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET,
                             .dstSet = frame_set_,
                             .dstBinding = 0,
                             .descriptorCount = 1,
                             .descriptorType = VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER,
                             .pBufferInfo = &uniform_info},
        VkWriteDescriptorSet{.sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET,
                             .dstSet = frame_set_,
                             .dstBinding = 1,
                             .descriptorCount = 1,
                             .descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER,
                             .pBufferInfo = &instance_info},
    };
    vkUpdateDescriptorSets(context_.device(), static_cast<std::uint32_t>(writes.size()),
                           writes.data(), 0, nullptr);
}

MeshPassStats MeshPass::draw(VkCommandBuffer cmd) {
    MeshPassStats stats;
    if (frame_set_ == VK_NULL_HANDLE || !pipelines_) return stats;
    context_.names().begin_label(cmd, "meshes");
    vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline_layout_.get(), 0, 1,
                            &frame_set_, 0, nullptr);
    VkPipeline bound = VK_NULL_HANDLE;
    for (const MeshBatch& batch : batches_.batches) {
        const VkPipeline pipeline =
            batch.cull_back_faces ? pipelines_->culled.get() : pipelines_->two_sided.get();
        if (pipeline != bound) {
            vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline);
            bound = pipeline;
        }
        const GpuMesh& mesh = meshes_.at(batch.mesh);
        const GpuTexture* texture = &white_;
        if (batch.texture != nullptr && !batch.texture->image.rgba.empty())
            texture = &textures_.at(batch.texture);
        vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline_layout_.get(), 1, 1,
                                &texture->set, 0, nullptr);
        const VkBuffer vertices = mesh.vertices.get();
        const VkDeviceSize zero = 0;
        vkCmdBindVertexBuffers(cmd, 0, 1, &vertices, &zero);
        vkCmdBindIndexBuffer(cmd, mesh.indices.get(), 0, VK_INDEX_TYPE_UINT32);
        vkCmdDrawIndexed(cmd, mesh.index_count, batch.count, 0, 0, batch.first);
        ++stats.draw_calls;
        stats.instances += batch.count;
    }
    context_.names().end_label(cmd);
    return stats;
}

}  // namespace xrviz::render
