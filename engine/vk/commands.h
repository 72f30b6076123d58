#pragma once
// Command pools and one-time submissions for set-up work (uploads, readbacks).
#include <vulkan/vulkan.h>

#include <functional>
#include <string>

#include "engine/vk/handle.h"

namespace xrviz::vk {

class Context;

UniqueCommandPool create_command_pool(const Context& context, VkCommandPoolCreateFlags flags,
                                      const std::string& name);
UniqueFence create_fence(const Context& context, bool signaled, const std::string& name);

// Records with `record`, submits to the context's queue and waits for completion. For
// set-up and readback, never per frame.
void submit_and_wait(const Context& context, VkCommandPool pool,
                     const std::function<void(VkCommandBuffer)>& record, const std::string& what);

// A full pipeline barrier on one image's layers, the common case for uploads and readback.
void transition_image(VkCommandBuffer cmd, VkImage image, VkImageAspectFlags aspect,
                      std::uint32_t layers, VkImageLayout from, VkImageLayout to,
                      VkPipelineStageFlags src_stage, VkAccessFlags src_access,
                      VkPipelineStageFlags dst_stage, VkAccessFlags dst_access);

}  // namespace xrviz::vk
