// The Vulkan objects the runtime creates on the app's device: RAII wrappers, the session's
// binding (device, queue, command pool) and a swapchain's images. Every VkResult is
// checked; a failure throws VulkanError naming the call and what it was for.
#pragma once

#include "common.h"

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace xrviz::sim {

struct VulkanError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

void vkCheck(VkResult result, const char* call, const std::string& what);

// A device-owned handle destroyed with the given function; move-only.
template <class Handle, void (*Destroy)(VkDevice, Handle, const VkAllocationCallbacks*)>
class DeviceHandle {
public:
    DeviceHandle() = default;
    DeviceHandle(VkDevice device, Handle handle) : device_(device), handle_(handle) {}
    DeviceHandle(DeviceHandle&& other) noexcept : device_(other.device_), handle_(other.handle_) {
        other.handle_ = VK_NULL_HANDLE;
    }
    DeviceHandle& operator=(DeviceHandle&& other) noexcept {
        if (this != &other) {
            reset();
            device_ = other.device_;
            handle_ = other.handle_;
            other.handle_ = VK_NULL_HANDLE;
        }
        return *this;
    }
    DeviceHandle(const DeviceHandle&) = delete;
    DeviceHandle& operator=(const DeviceHandle&) = delete;
    ~DeviceHandle() { reset(); }

    Handle get() const { return handle_; }
    void reset() {
        if (handle_ != VK_NULL_HANDLE) {
            Destroy(device_, handle_, nullptr);
            handle_ = VK_NULL_HANDLE;
        }
    }

private:
    VkDevice device_ = VK_NULL_HANDLE;
    Handle handle_ = VK_NULL_HANDLE;
};

using Memory = DeviceHandle<VkDeviceMemory, vkFreeMemory>;
using Image = DeviceHandle<VkImage, vkDestroyImage>;
using Buffer = DeviceHandle<VkBuffer, vkDestroyBuffer>;
using CommandPool = DeviceHandle<VkCommandPool, vkDestroyCommandPool>;
using Fence = DeviceHandle<VkFence, vkDestroyFence>;

// The app's device as the session's graphics binding names it.
class VulkanBinding {
public:
    // debugUtils: the app's instance has VK_EXT_debug_utils, so objects get names.
    VulkanBinding(const XrGraphicsBindingVulkanKHR& binding, bool debugUtils);

    // Names a Vulkan object "xrviz-sim: <what>" for validation messages and captures.
    void name(VkObjectType type, uint64_t handle, const std::string& what) const;

    VkDevice device() const { return device_; }
    VkPhysicalDevice physicalDevice() const { return physicalDevice_; }
    uint32_t memoryType(uint32_t typeBits, VkMemoryPropertyFlags flags) const;
    Memory allocate(const VkMemoryRequirements& requirements, VkMemoryPropertyFlags flags,
                    const std::string& what) const;

    // Records commands, submits them on the app's queue after its own work, waits.
    void submitAndWait(const std::function<void(VkCommandBuffer)>& record, const std::string& what);

private:
    VkPhysicalDevice physicalDevice_;
    VkDevice device_;
    VkQueue queue_ = VK_NULL_HANDLE;
    PFN_vkSetDebugUtilsObjectNameEXT setName_ = nullptr;
    VkPhysicalDeviceMemoryProperties memoryProperties_{};
    CommandPool pool_;
    Fence fence_;
};

// The images of one swapchain, with their memory; left in the layout the app expects.
class SwapchainImages {
public:
    SwapchainImages(VulkanBinding& vulkan, const XrSwapchainCreateInfo& info, uint32_t count);

    const std::vector<VkImage>& handles() const { return handles_; }
    VkFormat format() const { return format_; }
    VkImageLayout layout() const { return layout_; }
    VkImageAspectFlags aspect() const { return aspect_; }

private:
    VkFormat format_;
    VkImageLayout layout_;
    VkImageAspectFlags aspect_;
    std::vector<Memory> memory_;
    std::vector<Image> images_;
    std::vector<VkImage> handles_;
};

bool isDepthFormat(VkFormat format);
// The Vulkan usage of a swapchain's images: what the app asked for, plus what the runtime
// needs (transfer source for captures, attachment for the hand-over layout).
VkImageUsageFlags swapchainImageUsage(XrSwapchainUsageFlags usage, VkFormat format);
// Whether the device can make images for this swapchain (usage, size, layers, samples).
bool supportsSwapchain(VkPhysicalDevice physicalDevice, const XrSwapchainCreateInfo& info);
bool hasStencil(VkFormat format);

}  // namespace xrviz::sim
