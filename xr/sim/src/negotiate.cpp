// The loader's entry into the runtime: interface negotiation and xrGetInstanceProcAddr.
#include "api.h"
#include "loader_negotiation.h"
#include "registry.h"

#include <cstring>

namespace xrviz::sim {
namespace {

struct Entry {
    const char* name;
    PFN_xrVoidFunction function;
    const char* extension;  // null for core functions
};

template <class F>
PFN_xrVoidFunction fn(F* function) {
    return reinterpret_cast<PFN_xrVoidFunction>(function);
}

const Entry kEntries[] = {
    {"xrGetInstanceProcAddr", fn(&GetInstanceProcAddr), nullptr},
    {"xrEnumerateApiLayerProperties", fn(&EnumerateApiLayerProperties), nullptr},
    {"xrEnumerateInstanceExtensionProperties", fn(&EnumerateInstanceExtensionProperties), nullptr},
    {"xrCreateInstance", fn(&CreateInstance), nullptr},
    {"xrDestroyInstance", fn(&DestroyInstance), nullptr},
    {"xrGetInstanceProperties", fn(&GetInstanceProperties), nullptr},
    {"xrPollEvent", fn(&PollEvent), nullptr},
    {"xrResultToString", fn(&ResultToString), nullptr},
    {"xrStructureTypeToString", fn(&StructureTypeToString), nullptr},
    {"xrGetSystem", fn(&GetSystem), nullptr},
    {"xrGetSystemProperties", fn(&GetSystemProperties), nullptr},
    {"xrEnumerateEnvironmentBlendModes", fn(&EnumerateEnvironmentBlendModes), nullptr},
    {"xrCreateSession", fn(&CreateSession), nullptr},
    {"xrDestroySession", fn(&DestroySession), nullptr},
    {"xrEnumerateReferenceSpaces", fn(&EnumerateReferenceSpaces), nullptr},
    {"xrCreateReferenceSpace", fn(&CreateReferenceSpace), nullptr},
    {"xrGetReferenceSpaceBoundsRect", fn(&GetReferenceSpaceBoundsRect), nullptr},
    {"xrCreateActionSpace", fn(&CreateActionSpace), nullptr},
    {"xrLocateSpace", fn(&LocateSpace), nullptr},
    {"xrDestroySpace", fn(&DestroySpace), nullptr},
    {"xrEnumerateViewConfigurations", fn(&EnumerateViewConfigurations), nullptr},
    {"xrGetViewConfigurationProperties", fn(&GetViewConfigurationProperties), nullptr},
    {"xrEnumerateViewConfigurationViews", fn(&EnumerateViewConfigurationViews), nullptr},
    {"xrEnumerateSwapchainFormats", fn(&EnumerateSwapchainFormats), nullptr},
    {"xrCreateSwapchain", fn(&CreateSwapchain), nullptr},
    {"xrDestroySwapchain", fn(&DestroySwapchain), nullptr},
    {"xrEnumerateSwapchainImages", fn(&EnumerateSwapchainImages), nullptr},
    {"xrAcquireSwapchainImage", fn(&AcquireSwapchainImage), nullptr},
    {"xrWaitSwapchainImage", fn(&WaitSwapchainImage), nullptr},
    {"xrReleaseSwapchainImage", fn(&ReleaseSwapchainImage), nullptr},
    {"xrBeginSession", fn(&BeginSession), nullptr},
    {"xrEndSession", fn(&EndSession), nullptr},
    {"xrRequestExitSession", fn(&RequestExitSession), nullptr},
    {"xrWaitFrame", fn(&WaitFrame), nullptr},
    {"xrBeginFrame", fn(&BeginFrame), nullptr},
    {"xrEndFrame", fn(&EndFrame), nullptr},
    {"xrLocateViews", fn(&LocateViews), nullptr},
    {"xrStringToPath", fn(&StringToPath), nullptr},
    {"xrPathToString", fn(&PathToString), nullptr},
    {"xrCreateActionSet", fn(&CreateActionSet), nullptr},
    {"xrDestroyActionSet", fn(&DestroyActionSet), nullptr},
    {"xrCreateAction", fn(&CreateAction), nullptr},
    {"xrDestroyAction", fn(&DestroyAction), nullptr},
    {"xrSuggestInteractionProfileBindings", fn(&SuggestInteractionProfileBindings), nullptr},
    {"xrAttachSessionActionSets", fn(&AttachSessionActionSets), nullptr},
    {"xrGetCurrentInteractionProfile", fn(&GetCurrentInteractionProfile), nullptr},
    {"xrGetActionStateBoolean", fn(&GetActionStateBoolean), nullptr},
    {"xrGetActionStateFloat", fn(&GetActionStateFloat), nullptr},
    {"xrGetActionStateVector2f", fn(&GetActionStateVector2f), nullptr},
    {"xrGetActionStatePose", fn(&GetActionStatePose), nullptr},
    {"xrSyncActions", fn(&SyncActions), nullptr},
    {"xrEnumerateBoundSourcesForAction", fn(&EnumerateBoundSourcesForAction), nullptr},
    {"xrGetInputSourceLocalizedName", fn(&GetInputSourceLocalizedName), nullptr},
    {"xrApplyHapticFeedback", fn(&ApplyHapticFeedback), nullptr},
    {"xrStopHapticFeedback", fn(&StopHapticFeedback), nullptr},
    {"xrGetVulkanInstanceExtensionsKHR", fn(&GetVulkanInstanceExtensionsKHR),
     XR_KHR_VULKAN_ENABLE_EXTENSION_NAME},
    {"xrGetVulkanDeviceExtensionsKHR", fn(&GetVulkanDeviceExtensionsKHR),
     XR_KHR_VULKAN_ENABLE_EXTENSION_NAME},
    {"xrGetVulkanGraphicsDeviceKHR", fn(&GetVulkanGraphicsDeviceKHR),
     XR_KHR_VULKAN_ENABLE_EXTENSION_NAME},
    {"xrGetVulkanGraphicsRequirementsKHR", fn(&GetVulkanGraphicsRequirementsKHR),
     XR_KHR_VULKAN_ENABLE_EXTENSION_NAME},
    {"xrCreateVulkanInstanceKHR", fn(&CreateVulkanInstanceKHR),
     XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME},
    {"xrCreateVulkanDeviceKHR", fn(&CreateVulkanDeviceKHR), XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME},
    {"xrGetVulkanGraphicsDevice2KHR", fn(&GetVulkanGraphicsDevice2KHR),
     XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME},
    {"xrGetVulkanGraphicsRequirements2KHR", fn(&GetVulkanGraphicsRequirementsKHR),
     XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME},
    {"xrSetDebugUtilsObjectNameEXT", fn(&SetDebugUtilsObjectNameEXT),
     XR_EXT_DEBUG_UTILS_EXTENSION_NAME},
    {"xrCreateDebugUtilsMessengerEXT", fn(&CreateDebugUtilsMessengerEXT),
     XR_EXT_DEBUG_UTILS_EXTENSION_NAME},
    {"xrDestroyDebugUtilsMessengerEXT", fn(&DestroyDebugUtilsMessengerEXT),
     XR_EXT_DEBUG_UTILS_EXTENSION_NAME},
    {"xrSubmitDebugUtilsMessageEXT", fn(&SubmitDebugUtilsMessageEXT),
     XR_EXT_DEBUG_UTILS_EXTENSION_NAME},
    {"xrSessionBeginDebugUtilsLabelRegionEXT", fn(&SessionBeginDebugUtilsLabelRegionEXT),
     XR_EXT_DEBUG_UTILS_EXTENSION_NAME},
    {"xrSessionEndDebugUtilsLabelRegionEXT", fn(&SessionEndDebugUtilsLabelRegionEXT),
     XR_EXT_DEBUG_UTILS_EXTENSION_NAME},
    {"xrSessionInsertDebugUtilsLabelEXT", fn(&SessionInsertDebugUtilsLabelEXT),
     XR_EXT_DEBUG_UTILS_EXTENSION_NAME},
    {"xrConvertTimespecTimeToTimeKHR", fn(&ConvertTimespecTimeToTimeKHR),
     XR_KHR_CONVERT_TIMESPEC_TIME_EXTENSION_NAME},
    {"xrConvertTimeToTimespecTimeKHR", fn(&ConvertTimeToTimespecTimeKHR),
     XR_KHR_CONVERT_TIMESPEC_TIME_EXTENSION_NAME},
};

bool allowedWithoutInstance(const char* name) {
    return std::strcmp(name, "xrEnumerateInstanceExtensionProperties") == 0 ||
           std::strcmp(name, "xrEnumerateApiLayerProperties") == 0 ||
           std::strcmp(name, "xrCreateInstance") == 0;
}

}  // namespace

XrResult XRAPI_CALL GetInstanceProcAddr(XrInstance instance, const char* name,
                                        PFN_xrVoidFunction* function) {
    return guarded(__func__, [&] {
        if (name == nullptr || function == nullptr) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        *function = nullptr;
        const Instance* object = nullptr;
        if (instance == XR_NULL_HANDLE) {
            if (!allowedWithoutInstance(name)) {
                return XR_ERROR_HANDLE_INVALID;
            }
        } else if ((object = lookup<Instance>(instance)) == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        for (const Entry& entry : kEntries) {
            if (std::strcmp(entry.name, name) != 0) {
                continue;
            }
            if (entry.extension != nullptr &&
                (object == nullptr || !object->hasExtension(entry.extension))) {
                return XR_ERROR_FUNCTION_UNSUPPORTED;
            }
            *function = entry.function;
            return XR_SUCCESS;
        }
        return XR_ERROR_FUNCTION_UNSUPPORTED;
    });
}

}  // namespace xrviz::sim

extern "C" __attribute__((visibility("default"))) XrResult XRAPI_CALL
xrNegotiateLoaderRuntimeInterface(const XrNegotiateLoaderInfo* loaderInfo,
                                  XrNegotiateRuntimeRequest* runtimeRequest) {
    if (loaderInfo == nullptr || runtimeRequest == nullptr ||
        loaderInfo->structType != XR_LOADER_INTERFACE_STRUCT_LOADER_INFO ||
        loaderInfo->structVersion != XR_LOADER_INFO_STRUCT_VERSION ||
        loaderInfo->structSize != sizeof(XrNegotiateLoaderInfo) ||
        runtimeRequest->structType != XR_LOADER_INTERFACE_STRUCT_RUNTIME_REQUEST ||
        runtimeRequest->structVersion != XR_RUNTIME_INFO_STRUCT_VERSION ||
        runtimeRequest->structSize != sizeof(XrNegotiateRuntimeRequest)) {
        return XR_ERROR_INITIALIZATION_FAILED;
    }
    if (loaderInfo->minInterfaceVersion > XR_CURRENT_LOADER_RUNTIME_VERSION ||
        loaderInfo->maxInterfaceVersion < XR_CURRENT_LOADER_RUNTIME_VERSION) {
        return XR_ERROR_INITIALIZATION_FAILED;
    }
    const XrVersion api = XR_CURRENT_API_VERSION;
    if (loaderInfo->minApiVersion > api || loaderInfo->maxApiVersion < XR_MAKE_VERSION(1, 0, 0)) {
        return XR_ERROR_INITIALIZATION_FAILED;
    }
    runtimeRequest->runtimeInterfaceVersion = XR_CURRENT_LOADER_RUNTIME_VERSION;
    runtimeRequest->runtimeApiVersion = api;
    runtimeRequest->getInstanceProcAddr = &xrviz::sim::GetInstanceProcAddr;
    return XR_SUCCESS;
}
