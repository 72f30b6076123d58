// Misuse answered with the error codes the specification names.
#include "sim_fixture.h"

namespace xrviz::sim::test {
namespace {

TEST_F(SimTest, FrameCallsOutOfOrder) {
    createSession();
    XrFrameState state{XR_TYPE_FRAME_STATE};
    XrFrameWaitInfo wait{XR_TYPE_FRAME_WAIT_INFO};
    XrFrameBeginInfo begin{XR_TYPE_FRAME_BEGIN_INFO};
    XrFrameEndInfo end{XR_TYPE_FRAME_END_INFO};
    end.environmentBlendMode = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    EXPECT_EQ(xrWaitFrame(session_, &wait, &state), XR_ERROR_SESSION_NOT_RUNNING);
    EXPECT_EQ(xrBeginFrame(session_, &begin), XR_ERROR_SESSION_NOT_RUNNING);
    EXPECT_EQ(xrRequestExitSession(session_), XR_ERROR_SESSION_NOT_RUNNING);
    EXPECT_EQ(xrEndSession(session_), XR_ERROR_SESSION_NOT_RUNNING);

    beginSession();
    XrSessionBeginInfo again{XR_TYPE_SESSION_BEGIN_INFO};
    again.primaryViewConfigurationType = XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO;
    EXPECT_EQ(xrBeginSession(session_, &again), XR_ERROR_SESSION_RUNNING);
    EXPECT_EQ(xrEndSession(session_), XR_ERROR_SESSION_NOT_STOPPING);

    EXPECT_EQ(xrBeginFrame(session_, &begin), XR_ERROR_CALL_ORDER_INVALID);  // no wait yet
    end.displayTime = 1;
    EXPECT_EQ(xrEndFrame(session_, &end), XR_ERROR_CALL_ORDER_INVALID);  // no begin yet

    XR_ASSERT_OK(xrWaitFrame(session_, &wait, &state));
    XR_ASSERT_OK(xrBeginFrame(session_, &begin));
    EXPECT_EQ(xrBeginFrame(session_, &begin), XR_ERROR_CALL_ORDER_INVALID);  // needs a new wait
    XR_ASSERT_OK(xrWaitFrame(session_, &wait, &state));
    EXPECT_EQ(xrBeginFrame(session_, &begin), XR_FRAME_DISCARDED);  // previous never ended

    end.displayTime = 0;
    EXPECT_EQ(xrEndFrame(session_, &end), XR_ERROR_TIME_INVALID);
    end.displayTime = state.predictedDisplayTime;
    end.environmentBlendMode = XR_ENVIRONMENT_BLEND_MODE_MAX_ENUM;
    EXPECT_EQ(xrEndFrame(session_, &end), XR_ERROR_ENVIRONMENT_BLEND_MODE_UNSUPPORTED);
    end.environmentBlendMode = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    XrFrameEndInfo badType = end;
    badType.type = XR_TYPE_FRAME_STATE;
    EXPECT_EQ(xrEndFrame(session_, &badType), XR_ERROR_VALIDATION_FAILURE);
    XR_EXPECT_OK(xrEndFrame(session_, &end));
}

TEST_F(SimTest, BlendModeNotOfferedIsRejected) {
    useScript(R"({"config": {"blend_modes": ["additive"]}})");
    createSession();
    beginSession();
    const XrFrameState state = waitFrame();
    XrFrameBeginInfo begin{XR_TYPE_FRAME_BEGIN_INFO};
    XR_ASSERT_OK(xrBeginFrame(session_, &begin));
    XrFrameEndInfo end{XR_TYPE_FRAME_END_INFO};
    end.displayTime = state.predictedDisplayTime;
    end.environmentBlendMode = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    EXPECT_EQ(xrEndFrame(session_, &end), XR_ERROR_ENVIRONMENT_BLEND_MODE_UNSUPPORTED);
    end.environmentBlendMode = XR_ENVIRONMENT_BLEND_MODE_ADDITIVE;
    XR_EXPECT_OK(xrEndFrame(session_, &end));
}

TEST_F(SimTest, DestroyedHandlesAreInvalid) {
    createSession();
    XrReferenceSpaceCreateInfo info{XR_TYPE_REFERENCE_SPACE_CREATE_INFO};
    info.referenceSpaceType = XR_REFERENCE_SPACE_TYPE_LOCAL;
    info.poseInReferenceSpace.orientation.w = 1;
    XrSpace space = XR_NULL_HANDLE;
    XR_ASSERT_OK(xrCreateReferenceSpace(session_, &info, &space));
    XR_ASSERT_OK(xrDestroySpace(space));
    EXPECT_EQ(xrDestroySpace(space), XR_ERROR_HANDLE_INVALID);
    XrSpaceLocation location{XR_TYPE_SPACE_LOCATION};
    EXPECT_EQ(xrLocateSpace(space, space, 1, &location), XR_ERROR_HANDLE_INVALID);

    info.poseInReferenceSpace.orientation.w = 2;  // not a unit quaternion
    EXPECT_EQ(xrCreateReferenceSpace(session_, &info, &space), XR_ERROR_POSE_INVALID);
    info.poseInReferenceSpace.orientation.w = 1;
    info.referenceSpaceType = XR_REFERENCE_SPACE_TYPE_UNBOUNDED_MSFT;
    EXPECT_EQ(xrCreateReferenceSpace(session_, &info, &space),
              XR_ERROR_REFERENCE_SPACE_UNSUPPORTED);
}

TEST_F(SimTest, SessionNeedsGraphicsRequirementsAndBinding) {
    createInstance();
    XrSessionCreateInfo info{XR_TYPE_SESSION_CREATE_INFO};
    info.systemId = system_;
    XrSession session = XR_NULL_HANDLE;
    EXPECT_EQ(xrCreateSession(instance_, &info, &session),
              XR_ERROR_GRAPHICS_REQUIREMENTS_CALL_MISSING);
    auto requirements =
        proc<PFN_xrGetVulkanGraphicsRequirements2KHR>("xrGetVulkanGraphicsRequirements2KHR");
    XrGraphicsRequirementsVulkan2KHR graphics{XR_TYPE_GRAPHICS_REQUIREMENTS_VULKAN2_KHR};
    XR_ASSERT_OK(requirements(instance_, system_, &graphics));
    EXPECT_EQ(xrCreateSession(instance_, &info, &session), XR_ERROR_GRAPHICS_DEVICE_INVALID);
    info.systemId = 42;
    EXPECT_EQ(xrCreateSession(instance_, &info, &session), XR_ERROR_SYSTEM_INVALID);
}

TEST_F(SimTest, PathsAndActionMisuse) {
    createSession();
    XrPath bad = XR_NULL_PATH;
    EXPECT_EQ(xrStringToPath(instance_, "no/leading/slash", &bad), XR_ERROR_PATH_FORMAT_INVALID);
    EXPECT_EQ(xrStringToPath(instance_, "/Upper", &bad), XR_ERROR_PATH_FORMAT_INVALID);

    XrActionSetCreateInfo setInfo{XR_TYPE_ACTION_SET_CREATE_INFO};
    std::snprintf(setInfo.actionSetName, sizeof(setInfo.actionSetName), "gameplay");
    std::snprintf(setInfo.localizedActionSetName, sizeof(setInfo.localizedActionSetName),
                  "Gameplay");
    XrActionSet set = XR_NULL_HANDLE;
    XR_ASSERT_OK(xrCreateActionSet(instance_, &setInfo, &set));
    XrActionSet duplicate = XR_NULL_HANDLE;
    EXPECT_EQ(xrCreateActionSet(instance_, &setInfo, &duplicate), XR_ERROR_NAME_DUPLICATED);

    XrActionCreateInfo actionInfo{XR_TYPE_ACTION_CREATE_INFO};
    actionInfo.actionType = XR_ACTION_TYPE_FLOAT_INPUT;
    std::snprintf(actionInfo.actionName, sizeof(actionInfo.actionName), "squeeze");
    std::snprintf(actionInfo.localizedActionName, sizeof(actionInfo.localizedActionName),
                  "Squeeze");
    XrAction squeeze = XR_NULL_HANDLE;
    XR_ASSERT_OK(xrCreateAction(set, &actionInfo, &squeeze));

    XrActionSuggestedBinding binding{squeeze, path("/user/hand/left/input/squeeze/value")};
    XrInteractionProfileSuggestedBinding suggested{XR_TYPE_INTERACTION_PROFILE_SUGGESTED_BINDING};
    suggested.interactionProfile = path("/interaction_profiles/khr/simple_controller");
    suggested.countSuggestedBindings = 1;
    suggested.suggestedBindings = &binding;
    EXPECT_EQ(xrSuggestInteractionProfileBindings(instance_, &suggested),
              XR_ERROR_PATH_UNSUPPORTED);
    suggested.interactionProfile = path("/interaction_profiles/acme/unknown");
    EXPECT_EQ(xrSuggestInteractionProfileBindings(instance_, &suggested),
              XR_ERROR_PATH_UNSUPPORTED);
    suggested.interactionProfile = path("/interaction_profiles/oculus/touch_controller");
    XR_ASSERT_OK(xrSuggestInteractionProfileBindings(instance_, &suggested));

    XrActionStateGetInfo get{XR_TYPE_ACTION_STATE_GET_INFO};
    get.action = squeeze;
    XrActionStateFloat value{XR_TYPE_ACTION_STATE_FLOAT};
    EXPECT_EQ(xrGetActionStateFloat(session_, &get, &value), XR_ERROR_ACTIONSET_NOT_ATTACHED);

    XrSessionActionSetsAttachInfo attach{XR_TYPE_SESSION_ACTION_SETS_ATTACH_INFO};
    attach.countActionSets = 1;
    attach.actionSets = &set;
    XR_ASSERT_OK(xrAttachSessionActionSets(session_, &attach));
    EXPECT_EQ(xrAttachSessionActionSets(session_, &attach), XR_ERROR_ACTIONSETS_ALREADY_ATTACHED);
    XrAction late = XR_NULL_HANDLE;
    std::snprintf(actionInfo.actionName, sizeof(actionInfo.actionName), "late");
    std::snprintf(actionInfo.localizedActionName, sizeof(actionInfo.localizedActionName), "Late");
    EXPECT_EQ(xrCreateAction(set, &actionInfo, &late), XR_ERROR_ACTIONSETS_ALREADY_ATTACHED);
    EXPECT_EQ(xrSuggestInteractionProfileBindings(instance_, &suggested),
              XR_ERROR_ACTIONSETS_ALREADY_ATTACHED);

    XrActionStateBoolean boolean{XR_TYPE_ACTION_STATE_BOOLEAN};
    EXPECT_EQ(xrGetActionStateBoolean(session_, &get, &boolean), XR_ERROR_ACTION_TYPE_MISMATCH);
    get.subactionPath = path("/user/hand/left");  // the action has no subaction paths
    EXPECT_EQ(xrGetActionStateFloat(session_, &get, &value), XR_ERROR_PATH_UNSUPPORTED);
}

TEST_F(SimTest, ExtensionFunctionsNeedTheirExtension) {
    const char* extensions[] = {XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME};
    XrInstanceCreateInfo info{XR_TYPE_INSTANCE_CREATE_INFO};
    std::snprintf(info.applicationInfo.applicationName, XR_MAX_APPLICATION_NAME_SIZE, "ext");
    info.applicationInfo.apiVersion = XR_MAKE_VERSION(1, 0, 0);
    info.enabledExtensionCount = 1;
    info.enabledExtensionNames = extensions;
    XR_ASSERT_OK(xrCreateInstance(&info, &instance_));
    PFN_xrVoidFunction function = nullptr;
    EXPECT_EQ(xrGetInstanceProcAddr(instance_, "xrGetVulkanGraphicsDeviceKHR", &function),
              XR_ERROR_FUNCTION_UNSUPPORTED);
    EXPECT_EQ(function, nullptr);
    XR_EXPECT_OK(xrGetInstanceProcAddr(instance_, "xrGetVulkanGraphicsDevice2KHR", &function));
    // The loader allows one instance at a time.
    XR_ASSERT_OK(xrDestroyInstance(instance_));
    instance_ = XR_NULL_HANDLE;
    const char* missing[] = {"XR_KHR_not_an_extension"};
    info.enabledExtensionNames = missing;
    EXPECT_EQ(xrCreateInstance(&info, &instance_), XR_ERROR_EXTENSION_NOT_PRESENT);
    instance_ = XR_NULL_HANDLE;
}

}  // namespace
}  // namespace xrviz::sim::test
