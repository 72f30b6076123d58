#pragma once
// Every Vulkan call is checked where it is made; a failure throws xrviz::Error naming the
// call, the object it was for and the result code.
#include <vulkan/vulkan.h>

#include <string_view>

namespace xrviz::vk {

const char* to_string(VkResult result);

// Throws unless result is VK_SUCCESS or a positive (non-error) status such as
// VK_SUBOPTIMAL_KHR, which callers that care inspect themselves.
VkResult check(VkResult result, std::string_view call, std::string_view object,
               const char* file = __builtin_FILE(), int line = __builtin_LINE());

}  // namespace xrviz::vk

// XRVIZ_VK_CHECK(vkCreateBuffer(...), "vertex buffer 'boxes'")
#define XRVIZ_VK_CHECK(call, object) ::xrviz::vk::check((call), #call, (object))
