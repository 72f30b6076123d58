#pragma once
// Shader modules from SPIR-V embedded at build time, and graphics pipelines described by
// a plain struct with designated initializers at the call site.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "engine/vk/handle.h"

namespace xrviz::vk {

class Context;

UniqueShaderModule create_shader_module(const Context& context,
                                        std::span<const std::uint32_t> spirv,
                                        const std::string& name);

enum class Blend { opaque, alpha };

struct GraphicsPipelineDesc {
    std::string name;
    std::span<const std::uint32_t> vertex_spirv;
    std::span<const std::uint32_t> fragment_spirv;
    std::vector<VkVertexInputBindingDescription> vertex_bindings;
    std::vector<VkVertexInputAttributeDescription> vertex_attributes;
    VkPrimitiveTopology topology = VK_PRIMITIVE_TOPOLOGY_TRIANGLE_LIST;
    VkCullModeFlags cull = VK_CULL_MODE_BACK_BIT;
    Blend blend = Blend::opaque;
    bool depth_test = true;
    bool depth_write = true;
    VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
    bool alpha_to_coverage = false;
    VkPipelineLayout layout = VK_NULL_HANDLE;
    VkRenderPass render_pass = VK_NULL_HANDLE;
};

UniquePipeline create_graphics_pipeline(const Context& context, const GraphicsPipelineDesc& desc);

// A descriptor set layout, named for validation messages.
UniqueDescriptorSetLayout create_descriptor_set_layout(
    const Context& context, std::span<const VkDescriptorSetLayoutBinding> bindings,
    const std::string& name);

UniquePipeline create_compute_pipeline(const Context& context, std::span<const std::uint32_t> spirv,
                                       VkPipelineLayout layout, const std::string& name);

}  // namespace xrviz::vk
