// The session lifecycle and its events, scripted faults, and the system the sim reports.
#include "sim_fixture.h"

#include <cmath>

namespace xrviz::sim::test {
namespace {

using States = std::vector<XrSessionState>;

TEST_F(SimTest, RuntimeIdentifiesItselfThroughTheLoader) {
    createInstance();
    XrInstanceProperties properties{XR_TYPE_INSTANCE_PROPERTIES};
    XR_ASSERT_OK(xrGetInstanceProperties(instance_, &properties));
    EXPECT_STREQ(properties.runtimeName, "xrviz simulated headset");
}

TEST_F(SimTest, SystemIsAStereoHmdWithConfiguredEyeSizeAndBlendModes) {
    useScript(
        R"({"config": {"eye_width": 640, "eye_height": 720, "blend_modes": ["additive", "alpha_blend"]}})");
    createInstance();
    uint32_t count = 0;
    XR_ASSERT_OK(xrEnumerateViewConfigurationViews(
        instance_, system_, XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO, 0, &count, nullptr));
    ASSERT_EQ(count, 2u);
    std::vector<XrViewConfigurationView> views(count, {XR_TYPE_VIEW_CONFIGURATION_VIEW});
    XR_ASSERT_OK(xrEnumerateViewConfigurationViews(instance_, system_,
                                                   XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO, count,
                                                   &count, views.data()));
    EXPECT_EQ(views[0].recommendedImageRectWidth, 640u);
    EXPECT_EQ(views[1].recommendedImageRectHeight, 720u);

    XR_ASSERT_OK(xrEnumerateEnvironmentBlendModes(
        instance_, system_, XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO, 0, &count, nullptr));
    std::vector<XrEnvironmentBlendMode> modes(count);
    XR_ASSERT_OK(xrEnumerateEnvironmentBlendModes(instance_, system_,
                                                  XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO, count,
                                                  &count, modes.data()));
    EXPECT_EQ(modes, (std::vector<XrEnvironmentBlendMode>{XR_ENVIRONMENT_BLEND_MODE_ADDITIVE,
                                                          XR_ENVIRONMENT_BLEND_MODE_ALPHA_BLEND}));

    XrSystemGetInfo handheld{XR_TYPE_SYSTEM_GET_INFO};
    handheld.formFactor = XR_FORM_FACTOR_HANDHELD_DISPLAY;
    XrSystemId other = XR_NULL_SYSTEM_ID;
    EXPECT_EQ(xrGetSystem(instance_, &handheld, &other), XR_ERROR_FORM_FACTOR_UNAVAILABLE);
}

TEST_F(SimTest, DefaultEyeSizeIs1832x1920) {
    createInstance();
    uint32_t count = 2;
    std::vector<XrViewConfigurationView> views(2, {XR_TYPE_VIEW_CONFIGURATION_VIEW});
    XR_ASSERT_OK(xrEnumerateViewConfigurationViews(
        instance_, system_, XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO, 2, &count, views.data()));
    EXPECT_EQ(views[0].recommendedImageRectWidth, 1832u);
    EXPECT_EQ(views[0].recommendedImageRectHeight, 1920u);
}

TEST_F(SimTest, BadScriptFailsInstanceCreation) {
    useScript(R"({"keyframes": [{"head": {}}]})");  // no "t"
    const char* extensions[] = {XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME};
    XrInstanceCreateInfo info{XR_TYPE_INSTANCE_CREATE_INFO};
    std::snprintf(info.applicationInfo.applicationName, XR_MAX_APPLICATION_NAME_SIZE, "bad");
    info.applicationInfo.apiVersion = XR_MAKE_VERSION(1, 0, 0);
    info.enabledExtensionCount = 1;
    info.enabledExtensionNames = extensions;
    EXPECT_EQ(xrCreateInstance(&info, &instance_), XR_ERROR_INITIALIZATION_FAILED);
    instance_ = XR_NULL_HANDLE;
}

TEST_F(SimTest, LifecycleRunsFromIdleToExiting) {
    createSession();
    beginSession();
    const XrFrameState first = waitFrame();
    EXPECT_TRUE(first.shouldRender);
    EXPECT_EQ(pollStates(), (States{XR_SESSION_STATE_SYNCHRONIZED, XR_SESSION_STATE_VISIBLE,
                                    XR_SESSION_STATE_FOCUSED}));
    XrFrameBeginInfo begin{XR_TYPE_FRAME_BEGIN_INFO};
    XR_ASSERT_OK(xrBeginFrame(session_, &begin));
    XrFrameEndInfo end{XR_TYPE_FRAME_END_INFO};
    end.displayTime = first.predictedDisplayTime;
    end.environmentBlendMode = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    XR_ASSERT_OK(xrEndFrame(session_, &end));

    // The virtual clock advances one display period per frame.
    const XrFrameState second = waitFrame();
    EXPECT_EQ(second.predictedDisplayTime - first.predictedDisplayTime,
              first.predictedDisplayPeriod);
    EXPECT_NEAR(static_cast<double>(first.predictedDisplayPeriod), 1e9 / 90.0, 1.0);

    XR_ASSERT_OK(xrRequestExitSession(session_));
    EXPECT_EQ(pollStates(), (States{XR_SESSION_STATE_VISIBLE, XR_SESSION_STATE_SYNCHRONIZED,
                                    XR_SESSION_STATE_STOPPING}));
    XR_ASSERT_OK(xrEndSession(session_));
    EXPECT_EQ(pollStates(), (States{XR_SESSION_STATE_IDLE, XR_SESSION_STATE_EXITING}));
}

TEST_F(SimTest, ScriptedFocusLossAndExit) {
    useScript(R"({"events": [{"frame": 2, "type": "unfocus"}, {"frame": 4, "type": "focus"},
                             {"frame": 6, "type": "request_exit"}]})");
    createSession();
    beginSession();
    std::vector<States> perFrame;
    for (int frame = 0; frame < 7; ++frame) {
        emptyFrame();
        perFrame.push_back(pollStates());
    }
    EXPECT_EQ(perFrame[0], (States{XR_SESSION_STATE_SYNCHRONIZED, XR_SESSION_STATE_VISIBLE,
                                   XR_SESSION_STATE_FOCUSED}));
    EXPECT_EQ(perFrame[2], States{XR_SESSION_STATE_VISIBLE});
    EXPECT_EQ(perFrame[4], States{XR_SESSION_STATE_FOCUSED});
    EXPECT_EQ(perFrame[6], (States{XR_SESSION_STATE_VISIBLE, XR_SESSION_STATE_SYNCHRONIZED,
                                   XR_SESSION_STATE_STOPPING}));
    XR_ASSERT_OK(xrEndSession(session_));
    EXPECT_EQ(pollStates(), (States{XR_SESSION_STATE_IDLE, XR_SESSION_STATE_EXITING}));
}

TEST_F(SimTest, ScriptedSessionAndInstanceLoss) {
    useScript(R"({"events": [{"frame": 1, "type": "instance_loss_pending"},
                             {"frame": 2, "type": "session_loss_pending"}]})");
    createSession();
    beginSession();
    emptyFrame();
    pollStates();
    emptyFrame();
    XrEventDataBuffer event{XR_TYPE_EVENT_DATA_BUFFER};
    ASSERT_EQ(xrPollEvent(instance_, &event), XR_SUCCESS);
    EXPECT_EQ(event.type, XR_TYPE_EVENT_DATA_INSTANCE_LOSS_PENDING);
    XrFrameState state{XR_TYPE_FRAME_STATE};
    XrFrameWaitInfo info{XR_TYPE_FRAME_WAIT_INFO};
    EXPECT_EQ(xrWaitFrame(session_, &info, &state), XR_SESSION_LOSS_PENDING);
    EXPECT_EQ(pollStates(), States{XR_SESSION_STATE_LOSS_PENDING});
}

TEST_F(SimTest, ViewsAreSeparatedByTheConfiguredIpd) {
    useScript(R"({"config": {"ipd": 0.07},
                  "keyframes": [{"t": 0, "head": {"position": [0, 1.5, 0]}},
                                {"t": 1, "head": {"position": [1, 1.5, 0]}}]})");
    createSession();
    beginSession();
    const XrFrameState frame = waitFrame();
    XrReferenceSpaceCreateInfo spaceInfo{XR_TYPE_REFERENCE_SPACE_CREATE_INFO};
    spaceInfo.referenceSpaceType = XR_REFERENCE_SPACE_TYPE_STAGE;
    spaceInfo.poseInReferenceSpace.orientation.w = 1;
    XrSpace stage = XR_NULL_HANDLE;
    XR_ASSERT_OK(xrCreateReferenceSpace(session_, &spaceInfo, &stage));
    XrViewLocateInfo locate{XR_TYPE_VIEW_LOCATE_INFO};
    locate.viewConfigurationType = XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO;
    locate.displayTime = frame.predictedDisplayTime;
    locate.space = stage;
    XrViewState viewState{XR_TYPE_VIEW_STATE};
    std::vector<XrView> views(2, {XR_TYPE_VIEW});
    uint32_t count = 0;
    XR_ASSERT_OK(xrLocateViews(session_, &locate, &viewState, 2, &count, views.data()));
    EXPECT_NEAR(views[1].pose.position.x - views[0].pose.position.x, 0.07f, 1e-5f);
    EXPECT_NEAR(views[0].pose.position.y, 1.5f, 1e-5f);

    // Half a second later the head has moved half a metre along +x (lerp).
    locate.displayTime = frame.predictedDisplayTime + 500000000;
    XR_ASSERT_OK(xrLocateViews(session_, &locate, &viewState, 2, &count, views.data()));
    EXPECT_NEAR((views[0].pose.position.x + views[1].pose.position.x) / 2, 0.5f, 1e-4f);

    XrExtent2Df bounds{};
    EXPECT_EQ(xrGetReferenceSpaceBoundsRect(session_, XR_REFERENCE_SPACE_TYPE_STAGE, &bounds),
              XR_SUCCESS);
    EXPECT_GT(bounds.width, 0.0f);
}

TEST_F(SimTest, HeadOrientationIsSlerpedBetweenKeyframes) {
    // Identity, then 90 degrees of yaw (about +y) one second later.
    useScript(R"({"keyframes": [{"t": 0, "head": {"orientation": [0, 0, 0, 1]}},
                                {"t": 1, "head": {"orientation": [0, 0.7071068, 0, 0.7071068]}}]})");
    createSession();
    beginSession();
    const XrFrameState frame = waitFrame();
    XrReferenceSpaceCreateInfo info{XR_TYPE_REFERENCE_SPACE_CREATE_INFO};
    info.poseInReferenceSpace.orientation.w = 1;
    info.referenceSpaceType = XR_REFERENCE_SPACE_TYPE_VIEW;
    XrSpace view = XR_NULL_HANDLE;
    XR_ASSERT_OK(xrCreateReferenceSpace(session_, &info, &view));
    info.referenceSpaceType = XR_REFERENCE_SPACE_TYPE_LOCAL;
    XrSpace local = XR_NULL_HANDLE;
    XR_ASSERT_OK(xrCreateReferenceSpace(session_, &info, &local));
    XrSpaceLocation location{XR_TYPE_SPACE_LOCATION};
    XR_ASSERT_OK(xrLocateSpace(view, local, frame.predictedDisplayTime + 500000000, &location));
    // 45 degrees of yaw: (0, sin 22.5, 0, cos 22.5).
    EXPECT_NEAR(location.pose.orientation.y, 0.3826834f, 1e-4f);
    EXPECT_NEAR(location.pose.orientation.w, 0.9238795f, 1e-4f);
    EXPECT_NEAR(location.pose.position.y, 0.0f, 1e-5f);  // LOCAL starts at the head
}

TEST_F(SimTest, EnvironmentOverridesTheScriptConfig) {
    useScript(R"({"config": {"eye_width": 640, "eye_height": 480}})");
    setenv("XRVIZ_SIM_EYE_SIZE", "800x600", 1);
    createInstance();
    unsetenv("XRVIZ_SIM_EYE_SIZE");
    uint32_t count = 2;
    std::vector<XrViewConfigurationView> views(2, {XR_TYPE_VIEW_CONFIGURATION_VIEW});
    XR_ASSERT_OK(xrEnumerateViewConfigurationViews(
        instance_, system_, XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO, 2, &count, views.data()));
    EXPECT_EQ(views[0].recommendedImageRectWidth, 800u);
    EXPECT_EQ(views[0].recommendedImageRectHeight, 600u);
}

}  // namespace
}  // namespace xrviz::sim::test
