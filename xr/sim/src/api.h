// Every OpenXR function the simulated runtime implements; negotiate.cpp hands them to
// the loader through xrGetInstanceProcAddr. Grouped by the file that defines them.
#pragma once

#include "common.h"

#include <ctime>

namespace xrviz::sim {

// negotiate.cpp
XrResult XRAPI_CALL GetInstanceProcAddr(XrInstance instance, const char* name,
                                        PFN_xrVoidFunction* function);

// instance.cpp
XrResult XRAPI_CALL EnumerateApiLayerProperties(uint32_t capacity, uint32_t* count,
                                                XrApiLayerProperties* properties);
XrResult XRAPI_CALL EnumerateInstanceExtensionProperties(const char* layerName, uint32_t capacity,
                                                         uint32_t* count,
                                                         XrExtensionProperties* properties);
XrResult XRAPI_CALL CreateInstance(const XrInstanceCreateInfo* createInfo, XrInstance* instance);
XrResult XRAPI_CALL DestroyInstance(XrInstance instance);
XrResult XRAPI_CALL GetInstanceProperties(XrInstance instance, XrInstanceProperties* properties);
XrResult XRAPI_CALL PollEvent(XrInstance instance, XrEventDataBuffer* eventData);
XrResult XRAPI_CALL GetSystem(XrInstance instance, const XrSystemGetInfo* getInfo,
                              XrSystemId* systemId);
XrResult XRAPI_CALL GetSystemProperties(XrInstance instance, XrSystemId systemId,
                                        XrSystemProperties* properties);
XrResult XRAPI_CALL EnumerateEnvironmentBlendModes(XrInstance instance, XrSystemId systemId,
                                                   XrViewConfigurationType viewConfigurationType,
                                                   uint32_t capacity, uint32_t* count,
                                                   XrEnvironmentBlendMode* modes);
XrResult XRAPI_CALL EnumerateViewConfigurations(XrInstance instance, XrSystemId systemId,
                                                uint32_t capacity, uint32_t* count,
                                                XrViewConfigurationType* types);
XrResult XRAPI_CALL GetViewConfigurationProperties(XrInstance instance, XrSystemId systemId,
                                                   XrViewConfigurationType type,
                                                   XrViewConfigurationProperties* properties);
XrResult XRAPI_CALL EnumerateViewConfigurationViews(XrInstance instance, XrSystemId systemId,
                                                    XrViewConfigurationType type, uint32_t capacity,
                                                    uint32_t* count,
                                                    XrViewConfigurationView* views);
XrResult XRAPI_CALL ConvertTimespecTimeToTimeKHR(XrInstance instance,
                                                 const struct timespec* timespecTime, XrTime* time);
XrResult XRAPI_CALL ConvertTimeToTimespecTimeKHR(XrInstance instance, XrTime time,
                                                 struct timespec* timespecTime);

// paths.cpp
XrResult XRAPI_CALL ResultToString(XrInstance instance, XrResult value,
                                   char buffer[XR_MAX_RESULT_STRING_SIZE]);
XrResult XRAPI_CALL StructureTypeToString(XrInstance instance, XrStructureType value,
                                          char buffer[XR_MAX_STRUCTURE_NAME_SIZE]);
XrResult XRAPI_CALL StringToPath(XrInstance instance, const char* pathString, XrPath* path);
XrResult XRAPI_CALL PathToString(XrInstance instance, XrPath path, uint32_t capacity,
                                 uint32_t* count, char* buffer);

// session.cpp
XrResult XRAPI_CALL CreateSession(XrInstance instance, const XrSessionCreateInfo* createInfo,
                                  XrSession* session);
XrResult XRAPI_CALL DestroySession(XrSession session);
XrResult XRAPI_CALL BeginSession(XrSession session, const XrSessionBeginInfo* beginInfo);
XrResult XRAPI_CALL EndSession(XrSession session);
XrResult XRAPI_CALL RequestExitSession(XrSession session);

// frame.cpp
XrResult XRAPI_CALL WaitFrame(XrSession session, const XrFrameWaitInfo* waitInfo,
                              XrFrameState* frameState);
XrResult XRAPI_CALL BeginFrame(XrSession session, const XrFrameBeginInfo* beginInfo);
XrResult XRAPI_CALL EndFrame(XrSession session, const XrFrameEndInfo* endInfo);

// spaces.cpp
XrResult XRAPI_CALL EnumerateReferenceSpaces(XrSession session, uint32_t capacity, uint32_t* count,
                                             XrReferenceSpaceType* spaces);
XrResult XRAPI_CALL CreateReferenceSpace(XrSession session,
                                         const XrReferenceSpaceCreateInfo* createInfo,
                                         XrSpace* space);
XrResult XRAPI_CALL GetReferenceSpaceBoundsRect(XrSession session, XrReferenceSpaceType type,
                                                XrExtent2Df* bounds);
XrResult XRAPI_CALL CreateActionSpace(XrSession session, const XrActionSpaceCreateInfo* createInfo,
                                      XrSpace* space);
XrResult XRAPI_CALL LocateSpace(XrSpace space, XrSpace baseSpace, XrTime time,
                                XrSpaceLocation* location);
XrResult XRAPI_CALL DestroySpace(XrSpace space);
XrResult XRAPI_CALL LocateViews(XrSession session, const XrViewLocateInfo* locateInfo,
                                XrViewState* viewState, uint32_t capacity, uint32_t* count,
                                XrView* views);

// swapchain.cpp
XrResult XRAPI_CALL EnumerateSwapchainFormats(XrSession session, uint32_t capacity, uint32_t* count,
                                              int64_t* formats);
XrResult XRAPI_CALL CreateSwapchain(XrSession session, const XrSwapchainCreateInfo* createInfo,
                                    XrSwapchain* swapchain);
XrResult XRAPI_CALL DestroySwapchain(XrSwapchain swapchain);
XrResult XRAPI_CALL EnumerateSwapchainImages(XrSwapchain swapchain, uint32_t capacity,
                                             uint32_t* count, XrSwapchainImageBaseHeader* images);
XrResult XRAPI_CALL AcquireSwapchainImage(XrSwapchain swapchain,
                                          const XrSwapchainImageAcquireInfo* acquireInfo,
                                          uint32_t* index);
XrResult XRAPI_CALL WaitSwapchainImage(XrSwapchain swapchain,
                                       const XrSwapchainImageWaitInfo* waitInfo);
XrResult XRAPI_CALL ReleaseSwapchainImage(XrSwapchain swapchain,
                                          const XrSwapchainImageReleaseInfo* releaseInfo);

// actions.cpp
XrResult XRAPI_CALL CreateActionSet(XrInstance instance, const XrActionSetCreateInfo* createInfo,
                                    XrActionSet* actionSet);
XrResult XRAPI_CALL DestroyActionSet(XrActionSet actionSet);
XrResult XRAPI_CALL CreateAction(XrActionSet actionSet, const XrActionCreateInfo* createInfo,
                                 XrAction* action);
XrResult XRAPI_CALL DestroyAction(XrAction action);
XrResult XRAPI_CALL SuggestInteractionProfileBindings(
    XrInstance instance, const XrInteractionProfileSuggestedBinding* suggestedBindings);
XrResult XRAPI_CALL AttachSessionActionSets(XrSession session,
                                            const XrSessionActionSetsAttachInfo* attachInfo);
XrResult XRAPI_CALL GetCurrentInteractionProfile(XrSession session, XrPath topLevelUserPath,
                                                 XrInteractionProfileState* profile);
XrResult XRAPI_CALL SyncActions(XrSession session, const XrActionsSyncInfo* syncInfo);
XrResult XRAPI_CALL GetActionStateBoolean(XrSession session, const XrActionStateGetInfo* getInfo,
                                          XrActionStateBoolean* state);
XrResult XRAPI_CALL GetActionStateFloat(XrSession session, const XrActionStateGetInfo* getInfo,
                                        XrActionStateFloat* state);
XrResult XRAPI_CALL GetActionStateVector2f(XrSession session, const XrActionStateGetInfo* getInfo,
                                           XrActionStateVector2f* state);
XrResult XRAPI_CALL GetActionStatePose(XrSession session, const XrActionStateGetInfo* getInfo,
                                       XrActionStatePose* state);
XrResult XRAPI_CALL EnumerateBoundSourcesForAction(
    XrSession session, const XrBoundSourcesForActionEnumerateInfo* enumerateInfo, uint32_t capacity,
    uint32_t* count, XrPath* sources);
XrResult XRAPI_CALL GetInputSourceLocalizedName(XrSession session,
                                                const XrInputSourceLocalizedNameGetInfo* getInfo,
                                                uint32_t capacity, uint32_t* count, char* buffer);
XrResult XRAPI_CALL ApplyHapticFeedback(XrSession session,
                                        const XrHapticActionInfo* hapticActionInfo,
                                        const XrHapticBaseHeader* hapticFeedback);
XrResult XRAPI_CALL StopHapticFeedback(XrSession session,
                                       const XrHapticActionInfo* hapticActionInfo);

// vulkan_enable.cpp: XR_KHR_vulkan_enable and XR_KHR_vulkan_enable2
XrResult XRAPI_CALL GetVulkanInstanceExtensionsKHR(XrInstance instance, XrSystemId systemId,
                                                   uint32_t capacity, uint32_t* count,
                                                   char* buffer);
XrResult XRAPI_CALL GetVulkanDeviceExtensionsKHR(XrInstance instance, XrSystemId systemId,
                                                 uint32_t capacity, uint32_t* count, char* buffer);
XrResult XRAPI_CALL GetVulkanGraphicsDeviceKHR(XrInstance instance, XrSystemId systemId,
                                               VkInstance vkInstance,
                                               VkPhysicalDevice* physicalDevice);
XrResult XRAPI_CALL GetVulkanGraphicsRequirementsKHR(XrInstance instance, XrSystemId systemId,
                                                     XrGraphicsRequirementsVulkanKHR* requirements);
XrResult XRAPI_CALL CreateVulkanInstanceKHR(XrInstance instance,
                                            const XrVulkanInstanceCreateInfoKHR* createInfo,
                                            VkInstance* vulkanInstance, VkResult* vulkanResult);
XrResult XRAPI_CALL CreateVulkanDeviceKHR(XrInstance instance,
                                          const XrVulkanDeviceCreateInfoKHR* createInfo,
                                          VkDevice* vulkanDevice, VkResult* vulkanResult);
XrResult XRAPI_CALL GetVulkanGraphicsDevice2KHR(XrInstance instance,
                                                const XrVulkanGraphicsDeviceGetInfoKHR* getInfo,
                                                VkPhysicalDevice* physicalDevice);

// debug_utils.cpp: XR_EXT_debug_utils
XrResult XRAPI_CALL SetDebugUtilsObjectNameEXT(XrInstance instance,
                                               const XrDebugUtilsObjectNameInfoEXT* nameInfo);
XrResult XRAPI_CALL CreateDebugUtilsMessengerEXT(
    XrInstance instance, const XrDebugUtilsMessengerCreateInfoEXT* createInfo,
    XrDebugUtilsMessengerEXT* messenger);
XrResult XRAPI_CALL DestroyDebugUtilsMessengerEXT(XrDebugUtilsMessengerEXT messenger);
XrResult XRAPI_CALL SubmitDebugUtilsMessageEXT(XrInstance instance,
                                               XrDebugUtilsMessageSeverityFlagsEXT severity,
                                               XrDebugUtilsMessageTypeFlagsEXT types,
                                               const XrDebugUtilsMessengerCallbackDataEXT* data);
XrResult XRAPI_CALL SessionBeginDebugUtilsLabelRegionEXT(XrSession session,
                                                         const XrDebugUtilsLabelEXT* labelInfo);
XrResult XRAPI_CALL SessionEndDebugUtilsLabelRegionEXT(XrSession session);
XrResult XRAPI_CALL SessionInsertDebugUtilsLabelEXT(XrSession session,
                                                    const XrDebugUtilsLabelEXT* labelInfo);

}  // namespace xrviz::sim
