#pragma once
// Names Vulkan objects through VK_EXT_debug_utils so that a validation message or a
// capture says which buffer or pass it is about. A no-op when the extension is absent.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <string>

namespace xrviz::vk {

class DebugNames {
public:
    DebugNames() = default;
    DebugNames(VkInstance instance, VkDevice device);

    template <typename Handle>
    void set(Handle handle, VkObjectType type, const std::string& name) const {
        set_raw(reinterpret_cast<std::uint64_t>(handle), type, name);
    }
    void begin_label(VkCommandBuffer cmd, const char* label) const;
    void end_label(VkCommandBuffer cmd) const;

private:
    void set_raw(std::uint64_t handle, VkObjectType type, const std::string& name) const;

    VkDevice device_ = VK_NULL_HANDLE;
    PFN_vkSetDebugUtilsObjectNameEXT set_name_ = nullptr;
    PFN_vkCmdBeginDebugUtilsLabelEXT begin_label_ = nullptr;
    PFN_vkCmdEndDebugUtilsLabelEXT end_label_ = nullptr;
};

}  // namespace xrviz::vk
