// Real-clock pacing, XR_EXT_debug_utils and XR_KHR_composition_layer_depth.
#include "sim_fixture.h"

#include <chrono>

namespace xrviz::sim::test {
namespace {

TEST_F(SimTest, RealClockPacesWaitFrameAtTheRefreshRate) {
    useScript(R"({"config": {"clock": "real", "refresh_hz": 100}})");
    createSession();
    beginSession();
    waitFrame();
    const auto start = std::chrono::steady_clock::now();
    XrTime previous = 0;
    for (int i = 0; i < 10; ++i) {
        const XrFrameState state = waitFrame();
        if (previous != 0) {  // one period, or several when this machine was too slow
            EXPECT_GT(state.predictedDisplayTime, previous);
            EXPECT_EQ((state.predictedDisplayTime - previous) % 10000000, 0);
        }
        previous = state.predictedDisplayTime;
        XrFrameBeginInfo begin{XR_TYPE_FRAME_BEGIN_INFO};
        XR_ASSERT_OK(xrBeginFrame(session_, &begin));
        XrFrameEndInfo end{XR_TYPE_FRAME_END_INFO};
        end.displayTime = state.predictedDisplayTime;
        end.environmentBlendMode = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
        XR_ASSERT_OK(xrEndFrame(session_, &end));
    }
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_GE(elapsed, std::chrono::milliseconds(85));  // ten periods of 10 ms, some slack
    EXPECT_LT(elapsed, std::chrono::milliseconds(1000));
}

struct Received {
    int count = 0;
    std::string message;
};

XRAPI_ATTR XrBool32 XRAPI_CALL onMessage(XrDebugUtilsMessageSeverityFlagsEXT,
                                         XrDebugUtilsMessageTypeFlagsEXT,
                                         const XrDebugUtilsMessengerCallbackDataEXT* data,
                                         void* user) {
    auto* received = static_cast<Received*>(user);
    ++received->count;
    received->message = data->message;
    return XR_FALSE;
}

TEST_F(SimTest, DebugUtilsMessengerReceivesSubmittedMessages) {
    createInstance();
    auto create = proc<PFN_xrCreateDebugUtilsMessengerEXT>("xrCreateDebugUtilsMessengerEXT");
    auto submit = proc<PFN_xrSubmitDebugUtilsMessageEXT>("xrSubmitDebugUtilsMessageEXT");
    auto destroy = proc<PFN_xrDestroyDebugUtilsMessengerEXT>("xrDestroyDebugUtilsMessengerEXT");
    auto name = proc<PFN_xrSetDebugUtilsObjectNameEXT>("xrSetDebugUtilsObjectNameEXT");
    ASSERT_TRUE(create && submit && destroy && name);
    Received received;
    XrDebugUtilsMessengerCreateInfoEXT info{XR_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT};
    info.messageSeverities = XR_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT;
    info.messageTypes = XR_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT;
    info.userCallback = &onMessage;
    info.userData = &received;
    XrDebugUtilsMessengerEXT messenger = XR_NULL_HANDLE;
    XR_ASSERT_OK(create(instance_, &info, &messenger));

    XrDebugUtilsMessengerCallbackDataEXT data{XR_TYPE_DEBUG_UTILS_MESSENGER_CALLBACK_DATA_EXT};
    data.messageId = "test";
    data.functionName = "test";
    data.message = "hello";
    XR_ASSERT_OK(submit(instance_, XR_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT,
                        XR_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT, &data));
    XR_ASSERT_OK(submit(instance_, XR_DEBUG_UTILS_MESSAGE_SEVERITY_INFO_BIT_EXT,
                        XR_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT, &data));  // filtered out
    EXPECT_EQ(received.count, 1);
    EXPECT_EQ(received.message, "hello");

    XrDebugUtilsObjectNameInfoEXT nameInfo{XR_TYPE_DEBUG_UTILS_OBJECT_NAME_INFO_EXT};
    nameInfo.objectType = XR_OBJECT_TYPE_INSTANCE;
    nameInfo.objectHandle = reinterpret_cast<uint64_t>(instance_);
    nameInfo.objectName = "the instance";
    XR_EXPECT_OK(name(instance_, &nameInfo));
    XR_ASSERT_OK(destroy(messenger));
}

TEST_F(SimTest, DepthInfoIsValidatedAndAccepted) {
    createSession();
    beginSession();
    XrReferenceSpaceCreateInfo spaceInfo{XR_TYPE_REFERENCE_SPACE_CREATE_INFO};
    spaceInfo.referenceSpaceType = XR_REFERENCE_SPACE_TYPE_LOCAL;
    spaceInfo.poseInReferenceSpace.orientation.w = 1;
    XrSpace local = XR_NULL_HANDLE;
    XR_ASSERT_OK(xrCreateReferenceSpace(session_, &spaceInfo, &local));

    const auto makeSwapchain = [&](int64_t format, XrSwapchainUsageFlags usage) {
        XrSwapchainCreateInfo info{XR_TYPE_SWAPCHAIN_CREATE_INFO};
        info.usageFlags = usage;
        info.format = format;
        info.sampleCount = info.faceCount = info.mipCount = 1;
        info.arraySize = 2;
        info.width = 32;
        info.height = 32;
        XrSwapchain swapchain = XR_NULL_HANDLE;
        EXPECT_EQ(xrCreateSwapchain(session_, &info, &swapchain), XR_SUCCESS);
        uint32_t index = 0;
        XrSwapchainImageAcquireInfo acquire{XR_TYPE_SWAPCHAIN_IMAGE_ACQUIRE_INFO};
        EXPECT_EQ(xrAcquireSwapchainImage(swapchain, &acquire, &index), XR_SUCCESS);
        XrSwapchainImageWaitInfo wait{XR_TYPE_SWAPCHAIN_IMAGE_WAIT_INFO};
        wait.timeout = XR_INFINITE_DURATION;
        EXPECT_EQ(xrWaitSwapchainImage(swapchain, &wait), XR_SUCCESS);
        XrSwapchainImageReleaseInfo release{XR_TYPE_SWAPCHAIN_IMAGE_RELEASE_INFO};
        EXPECT_EQ(xrReleaseSwapchainImage(swapchain, &release), XR_SUCCESS);
        return swapchain;
    };
    const XrSwapchain colour =
        makeSwapchain(VK_FORMAT_R8G8B8A8_SRGB, XR_SWAPCHAIN_USAGE_COLOR_ATTACHMENT_BIT);
    const XrSwapchain depth =
        makeSwapchain(VK_FORMAT_D32_SFLOAT, XR_SWAPCHAIN_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT);

    const XrFrameState state = waitFrame();
    XrFrameBeginInfo begin{XR_TYPE_FRAME_BEGIN_INFO};
    XR_ASSERT_OK(xrBeginFrame(session_, &begin));
    std::vector<XrCompositionLayerDepthInfoKHR> depths(2,
                                                       {XR_TYPE_COMPOSITION_LAYER_DEPTH_INFO_KHR});
    std::vector<XrCompositionLayerProjectionView> views(
        2, {XR_TYPE_COMPOSITION_LAYER_PROJECTION_VIEW});
    for (uint32_t eye = 0; eye < 2; ++eye) {
        depths[eye].subImage = {depth, {{0, 0}, {32, 32}}, eye};
        depths[eye].minDepth = 0;
        depths[eye].maxDepth = 1;
        depths[eye].nearZ = 0.05f;
        depths[eye].farZ = 100.0f;
        views[eye].next = &depths[eye];
        views[eye].pose.orientation.w = 1;
        views[eye].fov = {-0.7f, 0.7f, 0.7f, -0.7f};
        views[eye].subImage = {colour, {{0, 0}, {32, 32}}, eye};
    }
    XrCompositionLayerProjection projection{XR_TYPE_COMPOSITION_LAYER_PROJECTION};
    projection.space = local;
    projection.viewCount = 2;
    projection.views = views.data();
    const XrCompositionLayerBaseHeader* layer =
        reinterpret_cast<XrCompositionLayerBaseHeader*>(&projection);
    XrFrameEndInfo end{XR_TYPE_FRAME_END_INFO};
    end.displayTime = state.predictedDisplayTime;
    end.environmentBlendMode = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    end.layerCount = 1;
    end.layers = &layer;

    depths[1].maxDepth = 2;  // out of [0, 1]
    EXPECT_EQ(xrEndFrame(session_, &end), XR_ERROR_VALIDATION_FAILURE);
    depths[1].maxDepth = 1;
    views[1].subImage.imageRect.extent.width = 64;  // wider than the image
    EXPECT_EQ(xrEndFrame(session_, &end), XR_ERROR_SWAPCHAIN_RECT_INVALID);
    views[1].subImage.imageRect.extent.width = 32;
    XR_EXPECT_OK(xrEndFrame(session_, &end));
}

}  // namespace
}  // namespace xrviz::sim::test
