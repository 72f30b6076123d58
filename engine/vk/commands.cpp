#include "engine/vk/commands.h"

#include "engine/vk/check.h"
#include "engine/vk/context.h"

namespace xrviz::vk {

UniqueCommandPool create_command_pool(const Context& context, VkCommandPoolCreateFlags flags,
                                      const std::string& name) {
    const VkCommandPoolCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO,
        .flags = flags,
        .queueFamilyIndex = context.queue_family(),
    };
    VkCommandPool pool = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateCommandPool(context.device(), &info, nullptr, &pool),
                   "command pool " + name);
    context.names().set(pool, VK_OBJECT_TYPE_COMMAND_POOL, name);
    return UniqueCommandPool(context.device(), pool);
}

UniqueFence create_fence(const Context& context, bool signaled, const std::string& name) {
    const VkFenceCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO,
        .flags = signaled ? VkFenceCreateFlags{VK_FENCE_CREATE_SIGNALED_BIT} : 0u,
    };
    VkFence fence = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateFence(context.device(), &info, nullptr, &fence), "fence " + name);
    context.names().set(fence, VK_OBJECT_TYPE_FENCE, name);
    return UniqueFence(context.device(), fence);
}

void submit_and_wait(const Context& context, VkCommandPool pool,
                     const std::function<void(VkCommandBuffer)>& record, const std::string& what) {
    const VkCommandBufferAllocateInfo alloc{
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO,
        .commandPool = pool,
        .level = VK_COMMAND_BUFFER_LEVEL_PRIMARY,
        .commandBufferCount = 1,
    };
    VkCommandBuffer cmd = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkAllocateCommandBuffers(context.device(), &alloc, &cmd), what);
    struct FreeOnExit {
        VkDevice device;
        VkCommandPool pool;
        VkCommandBuffer cmd;
        ~FreeOnExit() { vkFreeCommandBuffers(device, pool, 1, &cmd); }
    } free_on_exit{context.device(), pool, cmd};

    const VkCommandBufferBeginInfo begin{
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO,
        .flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT,
    };
    XRVIZ_VK_CHECK(vkBeginCommandBuffer(cmd, &begin), what);
    record(cmd);
    XRVIZ_VK_CHECK(vkEndCommandBuffer(cmd), what);

    const UniqueFence fence = create_fence(context, false, what);
    const VkSubmitInfo submit{
        .sType = VK_STRUCTURE_TYPE_SUBMIT_INFO,
        .commandBufferCount = 1,
        .pCommandBuffers = &cmd,
    };
    XRVIZ_VK_CHECK(vkQueueSubmit(context.queue(), 1, &submit, fence.get()), what);
    const VkFence f = fence.get();
    XRVIZ_VK_CHECK(vkWaitForFences(context.device(), 1, &f, VK_TRUE, UINT64_MAX), what);
}

void transition_image(VkCommandBuffer cmd, VkImage image, VkImageAspectFlags aspect,
                      std::uint32_t layers, VkImageLayout from, VkImageLayout to,
                      VkPipelineStageFlags src_stage, VkAccessFlags src_access,
                      VkPipelineStageFlags dst_stage, VkAccessFlags dst_access) {
    const VkImageMemoryBarrier barrier{
        .sType = VK_STRUCTURE_TYPE_IMAGE_MEMORY_BARRIER,
        .srcAccessMask = src_access,
        .dstAccessMask = dst_access,
        .oldLayout = from,
        .newLayout = to,
        .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .image = image,
        .subresourceRange = {aspect, 0, 1, 0, layers},
    };
    vkCmdPipelineBarrier(cmd, src_stage, dst_stage, 0, 0, nullptr, 0, nullptr, 1, &barrier);
}

}  // namespace xrviz::vk
