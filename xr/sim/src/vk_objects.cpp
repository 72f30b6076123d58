#include "vk_objects.h"

#include <string>

namespace xrviz::sim {

void vkCheck(VkResult result, const char* call, const std::string& what) {
    if (result < 0) {
        throw VulkanError(std::string(call) + " failed (VkResult " + std::to_string(result) +
                          ") for " + what);
    }
}

bool isDepthFormat(VkFormat format) {
    return format == VK_FORMAT_D16_UNORM || format == VK_FORMAT_D32_SFLOAT ||
           format == VK_FORMAT_D24_UNORM_S8_UINT || format == VK_FORMAT_D32_SFLOAT_S8_UINT ||
           format == VK_FORMAT_X8_D24_UNORM_PACK32 || format == VK_FORMAT_D16_UNORM_S8_UINT;
}

bool hasStencil(VkFormat format) {
    return format == VK_FORMAT_D24_UNORM_S8_UINT || format == VK_FORMAT_D32_SFLOAT_S8_UINT ||
           format == VK_FORMAT_D16_UNORM_S8_UINT;
}

VulkanBinding::VulkanBinding(const XrGraphicsBindingVulkanKHR& binding, bool debugUtils)
    : physicalDevice_(binding.physicalDevice), device_(binding.device) {
    vkGetDeviceQueue(device_, binding.queueFamilyIndex, binding.queueIndex, &queue_);
    if (debugUtils) {
        setName_ = reinterpret_cast<PFN_vkSetDebugUtilsObjectNameEXT>(
            vkGetDeviceProcAddr(device_, "vkSetDebugUtilsObjectNameEXT"));
    }
    vkGetPhysicalDeviceMemoryProperties(physicalDevice_, &memoryProperties_);

    const VkCommandPoolCreateInfo poolInfo{
        .sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO,
        .flags =
            VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT | VK_COMMAND_POOL_CREATE_TRANSIENT_BIT,
        .queueFamilyIndex = binding.queueFamilyIndex,
    };
    VkCommandPool pool = VK_NULL_HANDLE;
    vkCheck(vkCreateCommandPool(device_, &poolInfo, nullptr, &pool), "vkCreateCommandPool",
            "the sim runtime's transfer commands");
    pool_ = CommandPool(device_, pool);
    name(VK_OBJECT_TYPE_COMMAND_POOL, reinterpret_cast<uint64_t>(pool), "transfer command pool");

    const VkFenceCreateInfo fenceInfo{.sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO};
    VkFence fence = VK_NULL_HANDLE;
    vkCheck(vkCreateFence(device_, &fenceInfo, nullptr, &fence), "vkCreateFence",
            "the sim runtime's transfer fence");
    fence_ = Fence(device_, fence);
    name(VK_OBJECT_TYPE_FENCE, reinterpret_cast<uint64_t>(fence), "transfer fence");
}

void VulkanBinding::name(VkObjectType type, uint64_t handle, const std::string& what) const {
    if (setName_ == nullptr) {
        return;
    }
    const std::string text = "xrviz-sim: " + what;
    const VkDebugUtilsObjectNameInfoEXT info{
        .sType = VK_STRUCTURE_TYPE_DEBUG_UTILS_OBJECT_NAME_INFO_EXT,
        .objectType = type,
        .objectHandle = handle,
        .pObjectName = text.c_str(),
    };
    vkCheck(setName_(device_, &info), "vkSetDebugUtilsObjectNameEXT", what);
}

uint32_t VulkanBinding::memoryType(uint32_t typeBits, VkMemoryPropertyFlags flags) const {
    for (uint32_t i = 0; i < memoryProperties_.memoryTypeCount; ++i) {
        if ((typeBits & (1u << i)) != 0 &&
            (memoryProperties_.memoryTypes[i].propertyFlags & flags) == flags) {
            return i;
        }
    }
    throw VulkanError("no memory type with the properties needed");
}

Memory VulkanBinding::allocate(const VkMemoryRequirements& requirements,
                               VkMemoryPropertyFlags flags, const std::string& what) const {
    const VkMemoryAllocateInfo info{
        .sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO,
        .allocationSize = requirements.size,
        .memoryTypeIndex = memoryType(requirements.memoryTypeBits, flags),
    };
    VkDeviceMemory memory = VK_NULL_HANDLE;
    vkCheck(vkAllocateMemory(device_, &info, nullptr, &memory), "vkAllocateMemory", what);
    return Memory(device_, memory);
}

void VulkanBinding::submitAndWait(const std::function<void(VkCommandBuffer)>& record,
                                  const std::string& what) {
    const VkCommandBufferAllocateInfo allocateInfo{
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO,
        .commandPool = pool_.get(),
        .level = VK_COMMAND_BUFFER_LEVEL_PRIMARY,
        .commandBufferCount = 1,
    };
    VkCommandBuffer commands = VK_NULL_HANDLE;
    vkCheck(vkAllocateCommandBuffers(device_, &allocateInfo, &commands), "vkAllocateCommandBuffers",
            what);
    struct Free {
        VkDevice device;
        VkCommandPool pool;
        VkCommandBuffer commands;
        ~Free() { vkFreeCommandBuffers(device, pool, 1, &commands); }
    } freeOnExit{device_, pool_.get(), commands};

    const VkCommandBufferBeginInfo beginInfo{
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO,
        .flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT,
    };
    vkCheck(vkBeginCommandBuffer(commands, &beginInfo), "vkBeginCommandBuffer", what);
    record(commands);
    vkCheck(vkEndCommandBuffer(commands), "vkEndCommandBuffer", what);

    const VkSubmitInfo submit{
        .sType = VK_STRUCTURE_TYPE_SUBMIT_INFO,
        .commandBufferCount = 1,
        .pCommandBuffers = &commands,
    };
    VkFence fence = fence_.get();
    vkCheck(vkResetFences(device_, 1, &fence), "vkResetFences", what);
    vkCheck(vkQueueSubmit(queue_, 1, &submit, fence), "vkQueueSubmit", what);
    vkCheck(vkWaitForFences(device_, 1, &fence, VK_TRUE, UINT64_MAX), "vkWaitForFences", what);
}

VkImageUsageFlags swapchainImageUsage(XrSwapchainUsageFlags usage, VkFormat format) {
    VkImageUsageFlags flags = 0;
    if ((usage & XR_SWAPCHAIN_USAGE_COLOR_ATTACHMENT_BIT) != 0) {
        flags |= VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT;
    }
    if ((usage & XR_SWAPCHAIN_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT) != 0) {
        flags |= VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT;
    }
    if ((usage & XR_SWAPCHAIN_USAGE_UNORDERED_ACCESS_BIT) != 0) {
        flags |= VK_IMAGE_USAGE_STORAGE_BIT;
    }
    if ((usage & XR_SWAPCHAIN_USAGE_TRANSFER_SRC_BIT) != 0) {
        flags |= VK_IMAGE_USAGE_TRANSFER_SRC_BIT;
    }
    if ((usage & XR_SWAPCHAIN_USAGE_TRANSFER_DST_BIT) != 0) {
        flags |= VK_IMAGE_USAGE_TRANSFER_DST_BIT;
    }
    if ((usage & XR_SWAPCHAIN_USAGE_SAMPLED_BIT) != 0) {
        flags |= VK_IMAGE_USAGE_SAMPLED_BIT;
    }
    if ((usage & XR_SWAPCHAIN_USAGE_INPUT_ATTACHMENT_BIT_MND) != 0) {
        flags |= VK_IMAGE_USAGE_INPUT_ATTACHMENT_BIT;
    }
    // The compositor reads what the app submitted: here, the capture's copy. Colour and
    // depth images are always attachments, so that they can be handed over in the layout
    // XR_KHR_vulkan_enable names whatever usage the app asked for.
    flags |= VK_IMAGE_USAGE_TRANSFER_SRC_BIT;
    flags |= isDepthFormat(format)
                 ? VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT
                 : VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_SAMPLED_BIT;
    return flags;
}

bool supportsSwapchain(VkPhysicalDevice physicalDevice, const XrSwapchainCreateInfo& info) {
    const auto format = static_cast<VkFormat>(info.format);
    VkImageFormatProperties properties{};
    const VkImageCreateFlags flags = (info.usageFlags & XR_SWAPCHAIN_USAGE_MUTABLE_FORMAT_BIT) != 0
                                         ? VK_IMAGE_CREATE_MUTABLE_FORMAT_BIT
                                         : 0;
    if (vkGetPhysicalDeviceImageFormatProperties(
            physicalDevice, format, VK_IMAGE_TYPE_2D, VK_IMAGE_TILING_OPTIMAL,
            swapchainImageUsage(info.usageFlags, format), flags, &properties) != VK_SUCCESS) {
        return false;
    }
    return info.width <= properties.maxExtent.width && info.height <= properties.maxExtent.height &&
           info.arraySize <= properties.maxArrayLayers &&
           info.mipCount <= properties.maxMipLevels &&
           (properties.sampleCounts & info.sampleCount) != 0;
}

SwapchainImages::SwapchainImages(VulkanBinding& vulkan, const XrSwapchainCreateInfo& info,
                                 uint32_t count)
    : format_(static_cast<VkFormat>(info.format)) {
    const bool depth = isDepthFormat(format_);
    aspect_ = depth ? VK_IMAGE_ASPECT_DEPTH_BIT : VK_IMAGE_ASPECT_COLOR_BIT;
    if (hasStencil(format_)) {
        aspect_ |= VK_IMAGE_ASPECT_STENCIL_BIT;
    }
    // XR_KHR_vulkan_enable: colour images are handed over in COLOR_ATTACHMENT_OPTIMAL,
    // depth images in DEPTH_STENCIL_ATTACHMENT_OPTIMAL, and must come back so.
    layout_ = depth ? VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL
                    : VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;

    VkImageCreateFlags flags = 0;
    if ((info.usageFlags & XR_SWAPCHAIN_USAGE_MUTABLE_FORMAT_BIT) != 0) {
        flags |= VK_IMAGE_CREATE_MUTABLE_FORMAT_BIT;
    }
    const VkImageCreateInfo imageInfo{
        .sType = VK_STRUCTURE_TYPE_IMAGE_CREATE_INFO,
        .flags = flags,
        .imageType = VK_IMAGE_TYPE_2D,
        .format = format_,
        .extent = {info.width, info.height, 1},
        .mipLevels = info.mipCount,
        .arrayLayers = info.arraySize * info.faceCount,
        .samples = static_cast<VkSampleCountFlagBits>(info.sampleCount),
        .tiling = VK_IMAGE_TILING_OPTIMAL,
        .usage = swapchainImageUsage(info.usageFlags, format_),
        .sharingMode = VK_SHARING_MODE_EXCLUSIVE,
        .initialLayout = VK_IMAGE_LAYOUT_UNDEFINED,
    };
    for (uint32_t i = 0; i < count; ++i) {
        const std::string what = "swapchain image " + std::to_string(i);
        VkImage image = VK_NULL_HANDLE;
        vkCheck(vkCreateImage(vulkan.device(), &imageInfo, nullptr, &image), "vkCreateImage", what);
        images_.emplace_back(vulkan.device(), image);
        vulkan.name(VK_OBJECT_TYPE_IMAGE, reinterpret_cast<uint64_t>(image), what);
        VkMemoryRequirements requirements{};
        vkGetImageMemoryRequirements(vulkan.device(), image, &requirements);
        memory_.push_back(vulkan.allocate(requirements, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT, what));
        vulkan.name(VK_OBJECT_TYPE_DEVICE_MEMORY, reinterpret_cast<uint64_t>(memory_.back().get()),
                    what + " memory");
        vkCheck(vkBindImageMemory(vulkan.device(), image, memory_.back().get(), 0),
                "vkBindImageMemory", what);
        handles_.push_back(image);
    }

    vulkan.submitAndWait(
        [&](VkCommandBuffer commands) {
            std::vector<VkImageMemoryBarrier> barriers;
            for (VkImage image : handles_) {
                barriers.push_back({
                    .sType = VK_STRUCTURE_TYPE_IMAGE_MEMORY_BARRIER,
                    .srcAccessMask = 0,
                    .dstAccessMask = 0,
                    .oldLayout = VK_IMAGE_LAYOUT_UNDEFINED,
                    .newLayout = layout_,
                    .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
                    .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
                    .image = image,
                    .subresourceRange = {aspect_, 0, VK_REMAINING_MIP_LEVELS, 0,
                                         VK_REMAINING_ARRAY_LAYERS},
                });
            }
            vkCmdPipelineBarrier(commands, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT,
                                 VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, 0, 0, nullptr, 0, nullptr,
                                 static_cast<uint32_t>(barriers.size()), barriers.data());
        },
        "the initial layout of the swapchain images");
}

}  // namespace xrviz::sim
