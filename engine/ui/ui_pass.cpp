#include "engine/ui/ui_pass.h"

#include <array>
#include <string>

#include <backends/imgui_impl_vulkan.h>

#include "engine/core/error.h"
#include "engine/ui/ui_context.h"
#include "engine/vk/check.h"
#include "engine/vk/commands.h"
#include "engine/vk/context.h"

namespace xrviz::ui {
namespace {

// ImGui's backend reports results through a plain function pointer; a failure throws like
// every other Vulkan call of ours.
void check_imgui_result(VkResult result) {
    if (result < 0)
        xrviz::vk::check(result, "ImGui Vulkan backend", "ImGui draw data");
}

vk::UniqueRenderPass create_render_pass(const vk::Context& context, const UiPassFormat& format) {
    const bool load = format.initial_layout != VK_IMAGE_LAYOUT_UNDEFINED;
    const VkAttachmentDescription colour{
        .format = format.colour_format,
        .samples = VK_SAMPLE_COUNT_1_BIT,
        .loadOp = load ? VK_ATTACHMENT_LOAD_OP_LOAD : VK_ATTACHMENT_LOAD_OP_CLEAR,
        .storeOp = VK_ATTACHMENT_STORE_OP_STORE,
        .stencilLoadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE,
        .stencilStoreOp = VK_ATTACHMENT_STORE_OP_DONT_CARE,
        .initialLayout = format.initial_layout,
        .finalLayout = format.final_layout,
    };
    const VkAttachmentReference colour_ref{0, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL};
    const VkSubpassDescription subpass{
        .pipelineBindPoint = VK_PIPELINE_BIND_POINT_GRAPHICS,
        .colorAttachmentCount = 1,
        .pColorAttachments = &colour_ref,
    };
    const std::array dependencies{
        // The scene pass's writes to the image come first (and, for a fresh image, the
        // swapchain's acquire, waited on at this stage).
        VkSubpassDependency{
            .srcSubpass = VK_SUBPASS_EXTERNAL,
            .dstSubpass = 0,
            .srcStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
            .dstStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
            .srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
            .dstAccessMask =
                VK_ACCESS_COLOR_ATTACHMENT_READ_BIT | VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
        },
        // Present, a copy for a screenshot, or a shader sampling the panel texture next.
        VkSubpassDependency{
            .srcSubpass = 0,
            .dstSubpass = VK_SUBPASS_EXTERNAL,
            .srcStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
            .dstStageMask = VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_FRAGMENT_SHADER_BIT |
                            VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT,
            .srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
            .dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT | VK_ACCESS_SHADER_READ_BIT,
        },
    };
    const VkRenderPassCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_RENDER_PASS_CREATE_INFO,
        .attachmentCount = 1,
        .pAttachments = &colour,
        .subpassCount = 1,
        .pSubpasses = &subpass,
        .dependencyCount = static_cast<std::uint32_t>(dependencies.size()),
        .pDependencies = dependencies.data(),
    };
    VkRenderPass pass = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateRenderPass(context.device(), &info, nullptr, &pass), "ui pass");
    context.names().set(pass, VK_OBJECT_TYPE_RENDER_PASS, "ui pass");
    return vk::UniqueRenderPass(context.device(), pass);
}

vk::UniqueDescriptorPool create_descriptor_pool(const vk::Context& context) {
    // The backend needs one combined image sampler (the font); a few spare for panel images.
    const VkDescriptorPoolSize size{VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 16};
    const VkDescriptorPoolCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO,
        .flags = VK_DESCRIPTOR_POOL_CREATE_FREE_DESCRIPTOR_SET_BIT,
        .maxSets = 16,
        .poolSizeCount = 1,
        .pPoolSizes = &size,
    };
    VkDescriptorPool pool = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateDescriptorPool(context.device(), &info, nullptr, &pool),
                   "ui descriptor pool");
    context.names().set(pool, VK_OBJECT_TYPE_DESCRIPTOR_POOL, "ui descriptor pool");
    return vk::UniqueDescriptorPool(context.device(), pool);
}

}  // namespace

UiPass::UiPass(const vk::Context& context, UiContext& ui, const UiPassFormat& format)
    : context_(context),
      ui_(ui),
      format_(format),
      render_pass_(create_render_pass(context, format)),
      descriptor_pool_(create_descriptor_pool(context)) {
    ImGui::SetCurrentContext(ui_.get());
    // The backend cycles its vertex buffers over ImageCount draws; one more than the
    // frames in flight means a buffer is only rewritten after the GPU finished with it.
    const std::uint32_t buffers = format.frames_in_flight + 1;
    ImGui_ImplVulkan_InitInfo info{};
    info.Instance = context.instance();
    info.PhysicalDevice = context.physical_device();
    info.Device = context.device();
    info.QueueFamily = context.queue_family();
    info.Queue = context.queue();
    info.PipelineCache = VK_NULL_HANDLE;
    info.DescriptorPool = descriptor_pool_.get();
    info.Subpass = 0;
    info.MinImageCount = buffers;
    info.ImageCount = buffers;
    info.MSAASamples = VK_SAMPLE_COUNT_1_BIT;
    info.Allocator = nullptr;
    info.CheckVkResultFn = check_imgui_result;
    if (!ImGui_ImplVulkan_Init(&info, render_pass_.get()))
        fail("ImGui's Vulkan backend failed");
    backend_initialized_ = true;
    try {
        upload_fonts();
    } catch (...) {
        ImGui_ImplVulkan_Shutdown();
        throw;
    }
}

UiPass::~UiPass() {
    if (!backend_initialized_)
        return;
    // The backend destroys its buffers at once: no frame may still use them.
    vkDeviceWaitIdle(context_.device());
    ImGui::SetCurrentContext(ui_.get());
    ImGui_ImplVulkan_Shutdown();
}

void UiPass::upload_fonts() {
    const vk::UniqueCommandPool pool =
        vk::create_command_pool(context_, VK_COMMAND_POOL_CREATE_TRANSIENT_BIT, "ui font upload");
    vk::submit_and_wait(
        context_, pool.get(),
        [](VkCommandBuffer cmd) {
            if (!ImGui_ImplVulkan_CreateFontsTexture(cmd))
                fail("ImGui font upload failed");
        },
        "ui font upload");
    ImGui_ImplVulkan_DestroyFontUploadObjects();
}

VkFramebuffer UiPass::framebuffer_for(VkImageView view, VkExtent2D extent) {
    auto found = framebuffers_.find(view);
    if (found != framebuffers_.end() && found->second.extent.width == extent.width &&
        found->second.extent.height == extent.height) {
        return found->second.framebuffer.get();
    }
    const VkFramebufferCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_FRAMEBUFFER_CREATE_INFO,
        .renderPass = render_pass_.get(),
        .attachmentCount = 1,
        .pAttachments = &view,
        .width = extent.width,
        .height = extent.height,
        .layers = 1,
    };
    VkFramebuffer framebuffer = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateFramebuffer(context_.device(), &info, nullptr, &framebuffer),
                   "ui framebuffer");
    context_.names().set(framebuffer, VK_OBJECT_TYPE_FRAMEBUFFER, "ui framebuffer");
    auto& cached = framebuffers_[view];
    cached = CachedFramebuffer{extent, vk::UniqueFramebuffer(context_.device(), framebuffer)};
    return cached.framebuffer.get();
}

void UiPass::record(VkCommandBuffer cmd, VkImageView target, VkExtent2D extent,
                    ImDrawData* draw_data) {
    const auto& c = format_.clear_colour;
    const VkClearValue clear{.color = {{c[0], c[1], c[2], c[3]}}};
    const VkRenderPassBeginInfo begin{
        .sType = VK_STRUCTURE_TYPE_RENDER_PASS_BEGIN_INFO,
        .renderPass = render_pass_.get(),
        .framebuffer = framebuffer_for(target, extent),
        .renderArea = {{0, 0}, extent},
        .clearValueCount = 1,
        .pClearValues = &clear,
    };
    context_.names().begin_label(cmd, "ui");
    vkCmdBeginRenderPass(cmd, &begin, VK_SUBPASS_CONTENTS_INLINE);
    if (draw_data) {
        ImGui::SetCurrentContext(ui_.get());
        ImGui_ImplVulkan_RenderDrawData(draw_data, cmd);
    }
    vkCmdEndRenderPass(cmd);
    context_.names().end_label(cmd);
}

}  // namespace xrviz::ui
