// XR_KHR_vulkan_enable and XR_KHR_vulkan_enable2: graphics requirements (Vulkan 1.0 to
// 1.3), the physical device to use (the first one the Vulkan instance reports: lavapipe on
// machines without a GPU), and for enable2 the instance and device created for the app
// through its own vkGetInstanceProcAddr.
#include "api.h"
#include "log.h"
#include "registry.h"
#include "session.h"

namespace xrviz::sim {
namespace {

Instance* checkedInstance(XrInstance instance, XrSystemId systemId, const char* function,
                          XrResult& result) {
    Instance* object = lookup<Instance>(instance);
    if (object == nullptr) {
        result = XR_ERROR_HANDLE_INVALID;
        return nullptr;
    }
    result = checkSystem(*object, systemId, function);
    return XR_SUCCEEDED(result) ? object : nullptr;
}

XrResult pickPhysicalDevice(Instance& instance, VkInstance vkInstance,
                            PFN_vkGetInstanceProcAddr getProcAddr,
                            VkPhysicalDevice* physicalDevice) {
    auto enumerate = reinterpret_cast<PFN_vkEnumeratePhysicalDevices>(
        getProcAddr(vkInstance, "vkEnumeratePhysicalDevices"));
    if (enumerate == nullptr) {
        return misuse("xrGetVulkanGraphicsDevice", XR_ERROR_RUNTIME_FAILURE,
                      "vkEnumeratePhysicalDevices not found");
    }
    uint32_t count = 0;
    VkResult result = enumerate(vkInstance, &count, nullptr);
    std::vector<VkPhysicalDevice> devices(count);
    if (result == VK_SUCCESS && count > 0) {
        result = enumerate(vkInstance, &count, devices.data());
    }
    if (result < 0 || count == 0) {
        logError("xrGetVulkanGraphicsDevice: no Vulkan physical device (VkResult %d)", result);
        return XR_ERROR_RUNTIME_FAILURE;
    }
    instance.vkInstance = vkInstance;
    instance.vkPhysicalDevice = devices[0];
    *physicalDevice = devices[0];
    VkPhysicalDeviceProperties properties{};
    vkGetPhysicalDeviceProperties(devices[0], &properties);
    logInfo("Vulkan physical device: %s", properties.deviceName);
    return XR_SUCCESS;
}

}  // namespace

XrResult XRAPI_CALL GetVulkanInstanceExtensionsKHR(XrInstance instance, XrSystemId systemId,
                                                   uint32_t capacity, uint32_t* count,
                                                   char* buffer) {
    return guarded(__func__, [&] {
        XrResult result = XR_SUCCESS;
        if (checkedInstance(instance, systemId, __func__, result) == nullptr) {
            return result;
        }
        return twoCallString(capacity, count, buffer, "");  // the sim needs none
    });
}

XrResult XRAPI_CALL GetVulkanDeviceExtensionsKHR(XrInstance instance, XrSystemId systemId,
                                                 uint32_t capacity, uint32_t* count, char* buffer) {
    return guarded(__func__, [&] {
        XrResult result = XR_SUCCESS;
        if (checkedInstance(instance, systemId, __func__, result) == nullptr) {
            return result;
        }
        return twoCallString(capacity, count, buffer, "");
    });
}

XrResult XRAPI_CALL GetVulkanGraphicsRequirementsKHR(
    XrInstance instance, XrSystemId systemId, XrGraphicsRequirementsVulkanKHR* requirements) {
    return guarded(__func__, [&] {
        XrResult result = XR_SUCCESS;
        Instance* object = checkedInstance(instance, systemId, __func__, result);
        if (object == nullptr) {
            return result;
        }
        if (requirements == nullptr ||
            requirements->type != XR_TYPE_GRAPHICS_REQUIREMENTS_VULKAN_KHR) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        requirements->minApiVersionSupported = XR_MAKE_VERSION(1, 0, 0);
        requirements->maxApiVersionSupported = XR_MAKE_VERSION(1, 3, 0);
        object->graphicsRequirementsQueried = true;
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL GetVulkanGraphicsDeviceKHR(XrInstance instance, XrSystemId systemId,
                                               VkInstance vkInstance,
                                               VkPhysicalDevice* physicalDevice) {
    return guarded(__func__, [&] {
        XrResult result = XR_SUCCESS;
        Instance* object = checkedInstance(instance, systemId, __func__, result);
        if (object == nullptr) {
            return result;
        }
        if (vkInstance == VK_NULL_HANDLE || physicalDevice == nullptr) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        return pickPhysicalDevice(*object, vkInstance, &vkGetInstanceProcAddr, physicalDevice);
    });
}

XrResult XRAPI_CALL GetVulkanGraphicsDevice2KHR(XrInstance instance,
                                                const XrVulkanGraphicsDeviceGetInfoKHR* getInfo,
                                                VkPhysicalDevice* physicalDevice) {
    return guarded(__func__, [&] {
        if (getInfo == nullptr || physicalDevice == nullptr ||
            getInfo->type != XR_TYPE_VULKAN_GRAPHICS_DEVICE_GET_INFO_KHR ||
            getInfo->vulkanInstance == VK_NULL_HANDLE) {
            return lookup<Instance>(instance) == nullptr ? XR_ERROR_HANDLE_INVALID
                                                         : XR_ERROR_VALIDATION_FAILURE;
        }
        XrResult result = XR_SUCCESS;
        Instance* object = checkedInstance(instance, getInfo->systemId, __func__, result);
        if (object == nullptr) {
            return result;
        }
        PFN_vkGetInstanceProcAddr getProcAddr = object->vkGetInstanceProcAddr != nullptr
                                                    ? object->vkGetInstanceProcAddr
                                                    : &vkGetInstanceProcAddr;
        return pickPhysicalDevice(*object, getInfo->vulkanInstance, getProcAddr, physicalDevice);
    });
}

XrResult XRAPI_CALL CreateVulkanInstanceKHR(XrInstance instance,
                                            const XrVulkanInstanceCreateInfoKHR* createInfo,
                                            VkInstance* vulkanInstance, VkResult* vulkanResult) {
    return guarded(__func__, [&] {
        if (createInfo == nullptr || vulkanInstance == nullptr || vulkanResult == nullptr ||
            createInfo->type != XR_TYPE_VULKAN_INSTANCE_CREATE_INFO_KHR ||
            createInfo->pfnGetInstanceProcAddr == nullptr ||
            createInfo->vulkanCreateInfo == nullptr) {
            return lookup<Instance>(instance) == nullptr ? XR_ERROR_HANDLE_INVALID
                                                         : XR_ERROR_VALIDATION_FAILURE;
        }
        XrResult result = XR_SUCCESS;
        Instance* object = checkedInstance(instance, createInfo->systemId, __func__, result);
        if (object == nullptr) {
            return result;
        }
        if (createInfo->createFlags != 0) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        auto create = reinterpret_cast<PFN_vkCreateInstance>(
            createInfo->pfnGetInstanceProcAddr(VK_NULL_HANDLE, "vkCreateInstance"));
        if (create == nullptr) {
            return XR_ERROR_RUNTIME_FAILURE;
        }
        // The sim needs no instance extension of its own: the app's create info goes as is.
        *vulkanResult =
            create(createInfo->vulkanCreateInfo, createInfo->vulkanAllocator, vulkanInstance);
        if (*vulkanResult == VK_SUCCESS) {
            object->vkInstance = *vulkanInstance;
            object->vkGetInstanceProcAddr = createInfo->pfnGetInstanceProcAddr;
            object->vkDebugUtils = false;
            const VkInstanceCreateInfo& vkInfo = *createInfo->vulkanCreateInfo;
            for (uint32_t i = 0; i < vkInfo.enabledExtensionCount; ++i) {
                if (std::strcmp(vkInfo.ppEnabledExtensionNames[i],
                                VK_EXT_DEBUG_UTILS_EXTENSION_NAME) == 0) {
                    object->vkDebugUtils = true;
                }
            }
        } else {
            logInfo("xrCreateVulkanInstanceKHR: vkCreateInstance returned %d", *vulkanResult);
        }
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL CreateVulkanDeviceKHR(XrInstance instance,
                                          const XrVulkanDeviceCreateInfoKHR* createInfo,
                                          VkDevice* vulkanDevice, VkResult* vulkanResult) {
    return guarded(__func__, [&] {
        if (createInfo == nullptr || vulkanDevice == nullptr || vulkanResult == nullptr ||
            createInfo->type != XR_TYPE_VULKAN_DEVICE_CREATE_INFO_KHR ||
            createInfo->pfnGetInstanceProcAddr == nullptr ||
            createInfo->vulkanCreateInfo == nullptr) {
            return lookup<Instance>(instance) == nullptr ? XR_ERROR_HANDLE_INVALID
                                                         : XR_ERROR_VALIDATION_FAILURE;
        }
        XrResult result = XR_SUCCESS;
        Instance* object = checkedInstance(instance, createInfo->systemId, __func__, result);
        if (object == nullptr) {
            return result;
        }
        if (createInfo->createFlags != 0) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (object->vkPhysicalDevice == VK_NULL_HANDLE ||
            createInfo->vulkanPhysicalDevice != object->vkPhysicalDevice) {
            return misuse(__func__, XR_ERROR_GRAPHICS_DEVICE_INVALID,
                          "not the device xrGetVulkanGraphicsDevice2KHR returned");
        }
        auto create = reinterpret_cast<PFN_vkCreateDevice>(
            createInfo->pfnGetInstanceProcAddr(object->vkInstance, "vkCreateDevice"));
        if (create == nullptr) {
            return XR_ERROR_RUNTIME_FAILURE;
        }
        *vulkanResult = create(createInfo->vulkanPhysicalDevice, createInfo->vulkanCreateInfo,
                               createInfo->vulkanAllocator, vulkanDevice);
        if (*vulkanResult != VK_SUCCESS) {
            logInfo("xrCreateVulkanDeviceKHR: vkCreateDevice returned %d", *vulkanResult);
        }
        return XR_SUCCESS;
    });
}

}  // namespace xrviz::sim
