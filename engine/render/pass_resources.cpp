#include "engine/render/pass_resources.h"

#include <array>
#include <vector>

#include "engine/vk/check.h"
#include "engine/vk/context.h"

namespace xrviz::render {
namespace {

vk::UniqueRenderPass create_render_pass(const vk::Context& context, const TargetFormat& format) {
    const bool msaa = format.samples != VK_SAMPLE_COUNT_1_BIT;
    std::vector<VkAttachmentDescription> attachments;
    // 0: where the colour is drawn (the MSAA image, or the target itself).
    attachments.push_back({
        .format = format.colour_format,
        .samples = format.samples,
        .loadOp = VK_ATTACHMENT_LOAD_OP_CLEAR,
        .storeOp = msaa ? VK_ATTACHMENT_STORE_OP_DONT_CARE : VK_ATTACHMENT_STORE_OP_STORE,
        .stencilLoadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE,
        .stencilStoreOp = VK_ATTACHMENT_STORE_OP_DONT_CARE,
        .initialLayout = VK_IMAGE_LAYOUT_UNDEFINED,
        .finalLayout = msaa ? VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL : format.final_layout,
    });
    // 1: depth, never needed after the pass.
    attachments.push_back({
        .format = kDepthFormat,
        .samples = format.samples,
        .loadOp = VK_ATTACHMENT_LOAD_OP_CLEAR,
        .storeOp = VK_ATTACHMENT_STORE_OP_DONT_CARE,
        .stencilLoadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE,
        .stencilStoreOp = VK_ATTACHMENT_STORE_OP_DONT_CARE,
        .initialLayout = VK_IMAGE_LAYOUT_UNDEFINED,
        .finalLayout = VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL,
    });
    if (msaa) {
        // 2: the target, written only by the resolve.
        attachments.push_back({
            .format = format.colour_format,
            .samples = VK_SAMPLE_COUNT_1_BIT,
            .loadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE,
            .storeOp = VK_ATTACHMENT_STORE_OP_STORE,
            .stencilLoadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE,
            .stencilStoreOp = VK_ATTACHMENT_STORE_OP_DONT_CARE,
            .initialLayout = VK_IMAGE_LAYOUT_UNDEFINED,
            .finalLayout = format.final_layout,
        });
    }
    const VkAttachmentReference colour_ref{0, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL};
    const VkAttachmentReference depth_ref{1, VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL};
    const VkAttachmentReference resolve_ref{2, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL};
    const VkSubpassDescription subpass{
        .pipelineBindPoint = VK_PIPELINE_BIND_POINT_GRAPHICS,
        .colorAttachmentCount = 1,
        .pColorAttachments = &colour_ref,
        .pResolveAttachments = msaa ? &resolve_ref : nullptr,
        .pDepthStencilAttachment = &depth_ref,
    };
    const std::array dependencies{
        // The previous frame's use of the same attachments and of the target must finish
        // before this frame clears them.
        VkSubpassDependency{
            .srcSubpass = VK_SUBPASS_EXTERNAL,
            .dstSubpass = 0,
            .srcStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT |
                            VK_PIPELINE_STAGE_LATE_FRAGMENT_TESTS_BIT |
                            VK_PIPELINE_STAGE_TRANSFER_BIT,
            .dstStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT |
                            VK_PIPELINE_STAGE_EARLY_FRAGMENT_TESTS_BIT,
            .srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT |
                             VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT |
                             VK_ACCESS_TRANSFER_READ_BIT,
            .dstAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT |
                             VK_ACCESS_COLOR_ATTACHMENT_READ_BIT |
                             VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT |
                             VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_READ_BIT,
        },
        // Whoever reads the target next (readback, present, a compositor) waits for it.
        VkSubpassDependency{
            .srcSubpass = 0,
            .dstSubpass = VK_SUBPASS_EXTERNAL,
            .srcStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
            .dstStageMask = VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT,
            .srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
            .dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT,
        },
    };
    const std::uint32_t view_mask = (1u << format.view_count) - 1u;
    const VkRenderPassMultiviewCreateInfo multiview{
        .sType = VK_STRUCTURE_TYPE_RENDER_PASS_MULTIVIEW_CREATE_INFO,
        .subpassCount = 1,
        .pViewMasks = &view_mask,
        .correlationMaskCount = 1,
        .pCorrelationMasks = &view_mask,
    };
    const VkRenderPassCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_RENDER_PASS_CREATE_INFO,
        .pNext = format.view_count > 1 ? &multiview : nullptr,
        .attachmentCount = static_cast<std::uint32_t>(attachments.size()),
        .pAttachments = attachments.data(),
        .subpassCount = 1,
        .pSubpasses = &subpass,
        .dependencyCount = static_cast<std::uint32_t>(dependencies.size()),
        .pDependencies = dependencies.data(),
    };
    VkRenderPass pass = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateRenderPass(context.device(), &info, nullptr, &pass), "scene pass");
    context.names().set(pass, VK_OBJECT_TYPE_RENDER_PASS, "scene pass");
    return vk::UniqueRenderPass(context.device(), pass);
}

}  // namespace

PassResources::PassResources(const vk::Context& context, vk::MemoryAllocator& allocator,
                             const TargetFormat& format)
    : context_(context), format_(format), render_pass_(create_render_pass(context, format)) {
    if (format.samples != VK_SAMPLE_COUNT_1_BIT) {
        msaa_colour_ = vk::Image(context, allocator,
                                 vk::ImageDesc{
                                     .format = format.colour_format,
                                     .extent = format.extent,
                                     .layers = format.view_count,
                                     .samples = format.samples,
                                     .usage = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT |
                                              VK_IMAGE_USAGE_TRANSIENT_ATTACHMENT_BIT,
                                 },
                                 "msaa colour");
    }
    depth_ = vk::Image(context, allocator,
                       vk::ImageDesc{
                           .format = kDepthFormat,
                           .extent = format.extent,
                           .layers = format.view_count,
                           .samples = format.samples,
                           .usage = VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT |
                                    VK_IMAGE_USAGE_TRANSIENT_ATTACHMENT_BIT,
                           .aspect = VK_IMAGE_ASPECT_DEPTH_BIT,
                       },
                       "depth");
}

VkFramebuffer PassResources::framebuffer_for(VkImageView target_view) {
    auto found = framebuffers_.find(target_view);
    if (found != framebuffers_.end()) return found->second.get();
    std::vector<VkImageView> views;
    if (msaa_colour_.get()) {
        views = {msaa_colour_.view(), depth_.view(), target_view};
    } else {
        views = {target_view, depth_.view()};
    }
    const VkFramebufferCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_FRAMEBUFFER_CREATE_INFO,
        .renderPass = render_pass_.get(),
        .attachmentCount = static_cast<std::uint32_t>(views.size()),
        .pAttachments = views.data(),
        .width = format_.extent.width,
        .height = format_.extent.height,
        // With multiview the layer count comes from the view mask; it must be 1 here.
        .layers = 1,
    };
    VkFramebuffer framebuffer = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateFramebuffer(context_.device(), &info, nullptr, &framebuffer),
                   "scene framebuffer");
    context_.names().set(framebuffer, VK_OBJECT_TYPE_FRAMEBUFFER, "scene framebuffer");
    return framebuffers_.emplace(target_view, vk::UniqueFramebuffer(context_.device(), framebuffer))
        .first->second.get();
}

}  // namespace xrviz::render
