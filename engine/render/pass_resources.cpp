#include "engine/render/pass_resources.h"

#include <array>
#include <vector>

#include "engine/core/error.h"
#include "engine/vk/check.h"
#include "engine/vk/context.h"

namespace xrviz::render {
namespace {

VkAttachmentDescription2 attachment(VkFormat format, VkSampleCountFlagBits samples,
                                    VkAttachmentLoadOp load, VkAttachmentStoreOp store,
                                    VkImageLayout final_layout) {
    return VkAttachmentDescription2{
        .sType = VK_STRUCTURE_TYPE_ATTACHMENT_DESCRIPTION_2,
        .format = format,
        .samples = samples,
        .loadOp = load,
        .storeOp = store,
        .stencilLoadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE,
        .stencilStoreOp = VK_ATTACHMENT_STORE_OP_DONT_CARE,
        .initialLayout = VK_IMAGE_LAYOUT_UNDEFINED,
        .finalLayout = final_layout,
    };
}

VkAttachmentReference2 reference(std::uint32_t index, VkImageLayout layout,
                                 VkImageAspectFlags aspect) {
    return VkAttachmentReference2{.sType = VK_STRUCTURE_TYPE_ATTACHMENT_REFERENCE_2,
                                  .attachment = index,
                                  .layout = layout,
                                  .aspectMask = aspect};
}

// Attachments in framebuffer order: 0 where colour is drawn (the MSAA image or the target),
// 1 where depth is tested (ours, or the target's when it receives depth unsampled), then the
// target's colour and depth as resolve destinations when multisampled.
vk::UniqueRenderPass create_render_pass(const vk::Context& context, const TargetFormat& format) {
    const bool msaa = format.samples != VK_SAMPLE_COUNT_1_BIT;
    const bool depth_is_target = format.receives_depth && !msaa;
    const bool resolve_depth = format.receives_depth && msaa;
    constexpr VkImageLayout kColour = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
    constexpr VkImageLayout kDepth = VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL;
    constexpr auto kClear = VK_ATTACHMENT_LOAD_OP_CLEAR;
    constexpr auto kStore = VK_ATTACHMENT_STORE_OP_STORE;
    constexpr auto kDiscard = VK_ATTACHMENT_STORE_OP_DONT_CARE;

    std::vector<VkAttachmentDescription2> attachments{
        attachment(format.colour_format, format.samples, kClear, msaa ? kDiscard : kStore,
                   msaa ? kColour : format.final_layout),
        attachment(format.depth_format, format.samples, kClear,
                   depth_is_target ? kStore : kDiscard, kDepth),
    };
    if (msaa) {
        attachments.push_back(attachment(format.colour_format, VK_SAMPLE_COUNT_1_BIT,
                                         VK_ATTACHMENT_LOAD_OP_DONT_CARE, kStore,
                                         format.final_layout));
    }
    if (resolve_depth) {
        attachments.push_back(attachment(format.depth_format, VK_SAMPLE_COUNT_1_BIT,
                                         VK_ATTACHMENT_LOAD_OP_DONT_CARE, kStore, kDepth));
    }
    const auto colour_ref = reference(0, kColour, VK_IMAGE_ASPECT_COLOR_BIT);
    const auto depth_ref = reference(1, kDepth, VK_IMAGE_ASPECT_DEPTH_BIT);
    const auto resolve_ref = reference(2, kColour, VK_IMAGE_ASPECT_COLOR_BIT);
    const auto depth_resolve_ref = reference(3, kDepth, VK_IMAGE_ASPECT_DEPTH_BIT);
    // The compositor reprojects with one plausible depth per pixel: sample zero is one.
    const VkSubpassDescriptionDepthStencilResolve depth_resolve{
        .sType = VK_STRUCTURE_TYPE_SUBPASS_DESCRIPTION_DEPTH_STENCIL_RESOLVE,
        .depthResolveMode = VK_RESOLVE_MODE_SAMPLE_ZERO_BIT,
        .stencilResolveMode = VK_RESOLVE_MODE_NONE,
        .pDepthStencilResolveAttachment = &depth_resolve_ref,
    };
    const std::uint32_t view_mask = format.view_count > 1 ? (1u << format.view_count) - 1u : 0u;
    const VkSubpassDescription2 subpass{
        .sType = VK_STRUCTURE_TYPE_SUBPASS_DESCRIPTION_2,
        .pNext = resolve_depth ? &depth_resolve : nullptr,
        .pipelineBindPoint = VK_PIPELINE_BIND_POINT_GRAPHICS,
        .viewMask = view_mask,
        .colorAttachmentCount = 1,
        .pColorAttachments = &colour_ref,
        .pResolveAttachments = msaa ? &resolve_ref : nullptr,
        .pDepthStencilAttachment = &depth_ref,
    };
    constexpr VkPipelineStageFlags kAttachmentStages =
        VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT | VK_PIPELINE_STAGE_EARLY_FRAGMENT_TESTS_BIT |
        VK_PIPELINE_STAGE_LATE_FRAGMENT_TESTS_BIT;
    constexpr VkAccessFlags kAttachmentWrites =
        VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT | VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT;
    const std::array dependencies{
        // The previous frame's use of the same attachments and of the target must finish
        // before this frame clears them.
        VkSubpassDependency2{
            .sType = VK_STRUCTURE_TYPE_SUBPASS_DEPENDENCY_2,
            .srcSubpass = VK_SUBPASS_EXTERNAL,
            .dstSubpass = 0,
            .srcStageMask = kAttachmentStages | VK_PIPELINE_STAGE_TRANSFER_BIT,
            .dstStageMask = kAttachmentStages,
            .srcAccessMask = kAttachmentWrites | VK_ACCESS_TRANSFER_READ_BIT,
            .dstAccessMask = kAttachmentWrites | VK_ACCESS_COLOR_ATTACHMENT_READ_BIT |
                             VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_READ_BIT,
        },
        // Whoever reads the target next (readback, present, a compositor) waits for it.
        VkSubpassDependency2{
            .sType = VK_STRUCTURE_TYPE_SUBPASS_DEPENDENCY_2,
            .srcSubpass = 0,
            .dstSubpass = VK_SUBPASS_EXTERNAL,
            .srcStageMask = kAttachmentStages,
            .dstStageMask = VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT,
            .srcAccessMask = kAttachmentWrites,
            .dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT,
        },
    };
    const VkRenderPassCreateInfo2 info{
        .sType = VK_STRUCTURE_TYPE_RENDER_PASS_CREATE_INFO_2,
        .attachmentCount = static_cast<std::uint32_t>(attachments.size()),
        .pAttachments = attachments.data(),
        .subpassCount = 1,
        .pSubpasses = &subpass,
        .dependencyCount = static_cast<std::uint32_t>(dependencies.size()),
        .pDependencies = dependencies.data(),
        .correlatedViewMaskCount = view_mask != 0 ? 1u : 0u,
        .pCorrelatedViewMasks = view_mask != 0 ? &view_mask : nullptr,
    };
    return vk::UniqueRenderPass(context.device(), context.create_render_pass(info, "scene pass"));
}

}  // namespace

PassResources::PassResources(const vk::Context& context, vk::MemoryAllocator& allocator,
                             const TargetFormat& format)
    : context_(context), format_(format) {
    const bool msaa = format.samples != VK_SAMPLE_COUNT_1_BIT;
    if (format.receives_depth && msaa && !context.can_resolve_depth()) {
        fail("this Vulkan device cannot resolve multisampled depth "
             "(VK_KHR_depth_stencil_resolve, sample zero): render the target's depth unsampled");
    }
    render_pass_ = create_render_pass(context, format);
    // Attachments that live only inside the pass: transient, so tilers keep them on chip.
    const auto transient = [&](VkFormat image_format, VkImageUsageFlags usage,
                               VkImageAspectFlags aspect, const char* name) {
        return vk::Image(context, allocator,
                         vk::ImageDesc{
                             .format = image_format,
                             .extent = format.extent,
                             .layers = format.view_count,
                             .samples = format.samples,
                             .usage = usage | VK_IMAGE_USAGE_TRANSIENT_ATTACHMENT_BIT,
                             .aspect = aspect,
                         },
                         name);
    };
    if (msaa) {
        msaa_colour_ = transient(format.colour_format, VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT,
                                 VK_IMAGE_ASPECT_COLOR_BIT, "msaa colour");
    }
    if (!format.receives_depth || msaa) {
        depth_ = transient(format.depth_format, VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT,
                           VK_IMAGE_ASPECT_DEPTH_BIT, "depth");
    }
}

VkFramebuffer PassResources::framebuffer_for(const RenderTarget& target) {
    const VkImageView colour = target.colour_view();
    auto found = framebuffers_.find(colour);
    if (found != framebuffers_.end()) return found->second.get();
    const VkImageView target_depth = target.depth_view();
    if (format_.receives_depth && target_depth == VK_NULL_HANDLE) {
        fail("the render target's format says it receives depth, but it has no depth view");
    }
    std::vector<VkImageView> views;
    if (msaa_colour_.get()) {
        views = {msaa_colour_.view(), depth_.view(), colour};
        if (format_.receives_depth) views.push_back(target_depth);
    } else {
        views = {colour, format_.receives_depth ? target_depth : depth_.view()};
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
    return framebuffers_.emplace(colour, vk::UniqueFramebuffer(context_.device(), framebuffer))
        .first->second.get();
}

}  // namespace xrviz::render
