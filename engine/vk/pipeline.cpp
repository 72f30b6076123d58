#include "engine/vk/pipeline.h"

#include <array>

#include "engine/vk/check.h"
#include "engine/vk/context.h"

namespace xrviz::vk {

UniqueShaderModule create_shader_module(const Context& context,
                                        std::span<const std::uint32_t> spirv,
                                        const std::string& name) {
    const VkShaderModuleCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO,
        .codeSize = spirv.size_bytes(),
        .pCode = spirv.data(),
    };
    VkShaderModule module = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateShaderModule(context.device(), &info, nullptr, &module),
                   "shader " + name);
    context.names().set(module, VK_OBJECT_TYPE_SHADER_MODULE, name);
    return UniqueShaderModule(context.device(), module);
}

UniquePipeline create_graphics_pipeline(const Context& context, const GraphicsPipelineDesc& desc) {
    const UniqueShaderModule vertex =
        create_shader_module(context, desc.vertex_spirv, desc.name + " vertex");
    const UniqueShaderModule fragment =
        create_shader_module(context, desc.fragment_spirv, desc.name + " fragment");
    const std::array stages{
        VkPipelineShaderStageCreateInfo{.sType = VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO,
                                        .stage = VK_SHADER_STAGE_VERTEX_BIT,
                                        .module = vertex.get(),
                                        .pName = "main"},
        VkPipelineShaderStageCreateInfo{.sType = VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO,
                                        .stage = VK_SHADER_STAGE_FRAGMENT_BIT,
                                        .module = fragment.get(),
                                        .pName = "main"},
    };
    const VkPipelineVertexInputStateCreateInfo vertex_input{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_VERTEX_INPUT_STATE_CREATE_INFO,
        .vertexBindingDescriptionCount = static_cast<std::uint32_t>(desc.vertex_bindings.size()),
        .pVertexBindingDescriptions = desc.vertex_bindings.data(),
        .vertexAttributeDescriptionCount =
            static_cast<std::uint32_t>(desc.vertex_attributes.size()),
        .pVertexAttributeDescriptions = desc.vertex_attributes.data(),
    };
    const VkPipelineInputAssemblyStateCreateInfo input_assembly{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_INPUT_ASSEMBLY_STATE_CREATE_INFO,
        .topology = desc.topology,
    };
    const VkPipelineViewportStateCreateInfo viewport{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_VIEWPORT_STATE_CREATE_INFO,
        .viewportCount = 1,
        .scissorCount = 1,
    };
    const VkPipelineRasterizationStateCreateInfo raster{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_RASTERIZATION_STATE_CREATE_INFO,
        .polygonMode = VK_POLYGON_MODE_FILL,
        .cullMode = desc.cull,
        .frontFace = VK_FRONT_FACE_COUNTER_CLOCKWISE,
        .lineWidth = 1.0f,
    };
    const VkPipelineMultisampleStateCreateInfo multisample{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_MULTISAMPLE_STATE_CREATE_INFO,
        .rasterizationSamples = desc.samples,
        .alphaToCoverageEnable = desc.alpha_to_coverage ? VK_TRUE : VK_FALSE,
    };
    const VkPipelineDepthStencilStateCreateInfo depth{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_DEPTH_STENCIL_STATE_CREATE_INFO,
        .depthTestEnable = desc.depth_test ? VK_TRUE : VK_FALSE,
        .depthWriteEnable = desc.depth_write ? VK_TRUE : VK_FALSE,
        .depthCompareOp = VK_COMPARE_OP_LESS_OR_EQUAL,
    };
    const bool alpha = desc.blend == Blend::alpha;
    // Premultiplied alpha: the shaders output colour * alpha, so layers composite correctly
    // and a transparent (AR) background keeps alpha 0 where nothing is drawn.
    const VkPipelineColorBlendAttachmentState blend_attachment{
        .blendEnable = alpha ? VK_TRUE : VK_FALSE,
        .srcColorBlendFactor = VK_BLEND_FACTOR_ONE,
        .dstColorBlendFactor = VK_BLEND_FACTOR_ONE_MINUS_SRC_ALPHA,
        .colorBlendOp = VK_BLEND_OP_ADD,
        .srcAlphaBlendFactor = VK_BLEND_FACTOR_ONE,
        .dstAlphaBlendFactor = VK_BLEND_FACTOR_ONE_MINUS_SRC_ALPHA,
        .alphaBlendOp = VK_BLEND_OP_ADD,
        .colorWriteMask = VK_COLOR_COMPONENT_R_BIT | VK_COLOR_COMPONENT_G_BIT |
                          VK_COLOR_COMPONENT_B_BIT | VK_COLOR_COMPONENT_A_BIT,
    };
    const VkPipelineColorBlendStateCreateInfo blend{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_COLOR_BLEND_STATE_CREATE_INFO,
        .attachmentCount = 1,
        .pAttachments = &blend_attachment,
    };
    const std::array dynamic_states{VK_DYNAMIC_STATE_VIEWPORT, VK_DYNAMIC_STATE_SCISSOR};
    const VkPipelineDynamicStateCreateInfo dynamic{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_DYNAMIC_STATE_CREATE_INFO,
        .dynamicStateCount = static_cast<std::uint32_t>(dynamic_states.size()),
        .pDynamicStates = dynamic_states.data(),
    };
    const VkGraphicsPipelineCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_GRAPHICS_PIPELINE_CREATE_INFO,
        .stageCount = static_cast<std::uint32_t>(stages.size()),
        .pStages = stages.data(),
        .pVertexInputState = &vertex_input,
        .pInputAssemblyState = &input_assembly,
        .pViewportState = &viewport,
        .pRasterizationState = &raster,
        .pMultisampleState = &multisample,
        .pDepthStencilState = &depth,
        .pColorBlendState = &blend,
        .pDynamicState = &dynamic,
        .layout = desc.layout,
        .renderPass = desc.render_pass,
    };
    VkPipeline pipeline = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(
        vkCreateGraphicsPipelines(context.device(), VK_NULL_HANDLE, 1, &info, nullptr, &pipeline),
        "pipeline " + desc.name);
    context.names().set(pipeline, VK_OBJECT_TYPE_PIPELINE, desc.name);
    return UniquePipeline(context.device(), pipeline);
}

UniqueDescriptorSetLayout create_descriptor_set_layout(
    const Context& context, std::span<const VkDescriptorSetLayoutBinding> bindings,
    const std::string& name) {
    const VkDescriptorSetLayoutCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO,
        .bindingCount = static_cast<std::uint32_t>(bindings.size()),
        .pBindings = bindings.data(),
    };
    VkDescriptorSetLayout layout = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateDescriptorSetLayout(context.device(), &info, nullptr, &layout), name);
    context.names().set(layout, VK_OBJECT_TYPE_DESCRIPTOR_SET_LAYOUT, name);
    return UniqueDescriptorSetLayout(context.device(), layout);
}

UniquePipeline create_compute_pipeline(const Context& context, std::span<const std::uint32_t> spirv,
                                       VkPipelineLayout layout, const std::string& name) {
    const UniqueShaderModule module = create_shader_module(context, spirv, name + " compute");
    const VkComputePipelineCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO,
        .stage = {.sType = VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO,
                  .stage = VK_SHADER_STAGE_COMPUTE_BIT,
                  .module = module.get(),
                  .pName = "main"},
        .layout = layout,
    };
    VkPipeline pipeline = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(
        vkCreateComputePipelines(context.device(), VK_NULL_HANDLE, 1, &info, nullptr, &pipeline),
        "pipeline " + name);
    context.names().set(pipeline, VK_OBJECT_TYPE_PIPELINE, name);
    return UniquePipeline(context.device(), pipeline);
}

}  // namespace xrviz::vk
