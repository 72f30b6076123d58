#pragma once
// The Vulkan instance, physical device, device and graphics queue. How the instance and
// device come to be is a parameter (VulkanCreator): created directly for the desktop and
// headless modes, or through OpenXR's xrCreateVulkanInstanceKHR / xrCreateVulkanDeviceKHR.
#include <vulkan/vulkan.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/vk/debug_names.h"

namespace xrviz::vk {

class VulkanCreator {
public:
    virtual ~VulkanCreator() = default;
    virtual VkInstance create_instance(const VkInstanceCreateInfo& info) = 0;
    virtual VkPhysicalDevice choose_physical_device(VkInstance instance) = 0;
    virtual VkDevice create_device(VkPhysicalDevice physical_device,
                                   const VkDeviceCreateInfo& info) = 0;
};

// vkCreateInstance / vkCreateDevice, preferring a discrete GPU over an integrated one over
// a CPU implementation such as lavapipe.
std::unique_ptr<VulkanCreator> make_direct_creator();

struct ContextOptions {
    std::string app_name = "xrviz";
    bool validation = false;  // VK_LAYER_KHRONOS_validation, every message counted
    std::vector<std::string> instance_extensions;
    std::vector<std::string> device_extensions;
    VulkanCreator* creator = nullptr;  // nullptr: create directly
};

class Context {
public:
    explicit Context(const ContextOptions& options);
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    VkInstance instance() const { return instance_; }
    VkPhysicalDevice physical_device() const { return physical_device_; }
    VkDevice device() const { return device_; }
    VkQueue queue() const { return queue_; }
    std::uint32_t queue_family() const { return queue_family_; }
    const VkPhysicalDeviceProperties& properties() const { return properties_; }
    const DebugNames& names() const { return names_; }

    // Render passes are made with vkCreateRenderPass2 (Vulkan 1.2, or VK_KHR_create_renderpass2
    // on 1.1): the only way to resolve multisampled depth into a target.
    VkRenderPass create_render_pass(const VkRenderPassCreateInfo2& info, const char* what) const;
    // VK_KHR_depth_stencil_resolve with sample-zero resolve: MSAA depth can be handed to an
    // OpenXR compositor. Without it, a target only receives depth when rendered unsampled.
    bool can_resolve_depth() const { return depth_resolve_; }

    // Warnings and errors reported by the validation layer since creation.
    std::uint64_t validation_message_count() const { return validation_messages_->load(); }

    void wait_idle() const;

private:
    void create_instance(const ContextOptions& options, VulkanCreator& creator);
    void create_device(const ContextOptions& options, VulkanCreator& creator);
    void destroy();

    std::unique_ptr<std::atomic<std::uint64_t>> validation_messages_;
    VkInstance instance_ = VK_NULL_HANDLE;
    VkDebugUtilsMessengerEXT messenger_ = VK_NULL_HANDLE;
    VkPhysicalDevice physical_device_ = VK_NULL_HANDLE;
    VkPhysicalDeviceProperties properties_{};
    VkDevice device_ = VK_NULL_HANDLE;
    VkQueue queue_ = VK_NULL_HANDLE;
    std::uint32_t queue_family_ = 0;
    PFN_vkCreateRenderPass2KHR create_render_pass2_ = nullptr;
    bool depth_resolve_ = false;
    DebugNames names_;
};

}  // namespace xrviz::vk
