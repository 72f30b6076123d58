#include "engine/vk/debug_names.h"

#include <cstdint>

namespace xrviz::vk {

DebugNames::DebugNames(VkInstance instance, VkDevice device)
    : device_(device),
      set_name_(reinterpret_cast<PFN_vkSetDebugUtilsObjectNameEXT>(
          vkGetInstanceProcAddr(instance, "vkSetDebugUtilsObjectNameEXT"))),
      begin_label_(reinterpret_cast<PFN_vkCmdBeginDebugUtilsLabelEXT>(
          vkGetInstanceProcAddr(instance, "vkCmdBeginDebugUtilsLabelEXT"))),
      end_label_(reinterpret_cast<PFN_vkCmdEndDebugUtilsLabelEXT>(
          vkGetInstanceProcAddr(instance, "vkCmdEndDebugUtilsLabelEXT"))) {}

void DebugNames::set_raw(std::uint64_t handle, VkObjectType type, const std::string& name) const {
    if (!set_name_ || handle == 0) return;
    const VkDebugUtilsObjectNameInfoEXT info{
        .sType = VK_STRUCTURE_TYPE_DEBUG_UTILS_OBJECT_NAME_INFO_EXT,
        .objectType = type,
        .objectHandle = handle,
        .pObjectName = name.c_str(),
    };
    // Naming is diagnostic only; a failure here must not take the app down.
    set_name_(device_, &info);
}

void DebugNames::begin_label(VkCommandBuffer cmd, const char* label) const {
    if (!begin_label_) return;
    const VkDebugUtilsLabelEXT info{.sType = VK_STRUCTURE_TYPE_DEBUG_UTILS_LABEL_EXT,
                                    .pLabelName = label};
    begin_label_(cmd, &info);
}

void DebugNames::end_label(VkCommandBuffer cmd) const {
    if (end_label_) end_label_(cmd);
}

}  // namespace xrviz::vk
