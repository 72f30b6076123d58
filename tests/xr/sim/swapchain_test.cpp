// Swapchains on a real Vulkan device: formats, image cycling and its call-order errors,
// and the capture of what the app cleared its images to.
#include "sim_fixture.h"

#include <algorithm>
#include <fstream>

namespace xrviz::sim::test {
namespace {

class SwapchainTest : public SimTest {
protected:
    XrSwapchain create(int64_t format, uint32_t width, uint32_t height, uint32_t arraySize) {
        XrSwapchainCreateInfo info{XR_TYPE_SWAPCHAIN_CREATE_INFO};
        info.usageFlags =
            XR_SWAPCHAIN_USAGE_COLOR_ATTACHMENT_BIT | XR_SWAPCHAIN_USAGE_TRANSFER_DST_BIT;
        info.format = format;
        info.sampleCount = 1;
        info.width = width;
        info.height = height;
        info.faceCount = 1;
        info.arraySize = arraySize;
        info.mipCount = 1;
        XrSwapchain swapchain = XR_NULL_HANDLE;
        EXPECT_EQ(xrCreateSwapchain(session_, &info, &swapchain), XR_SUCCESS);
        return swapchain;
    }

    std::vector<VkImage> images(XrSwapchain swapchain) {
        uint32_t count = 0;
        EXPECT_EQ(xrEnumerateSwapchainImages(swapchain, 0, &count, nullptr), XR_SUCCESS);
        std::vector<XrSwapchainImageVulkan2KHR> list(count, {XR_TYPE_SWAPCHAIN_IMAGE_VULKAN2_KHR});
        EXPECT_EQ(
            xrEnumerateSwapchainImages(swapchain, count, &count,
                                       reinterpret_cast<XrSwapchainImageBaseHeader*>(list.data())),
            XR_SUCCESS);
        std::vector<VkImage> result;
        for (const auto& image : list) {
            result.push_back(image.image);
        }
        return result;
    }

    // Clears each array layer of the image to a colour, as an app's render pass would,
    // and leaves it in COLOR_ATTACHMENT_OPTIMAL as the specification asks.
    void clear(VkImage image, const std::vector<VkClearColorValue>& colours) {
        submitAndWait([&](VkCommandBuffer commands) {
            const auto layers = static_cast<uint32_t>(colours.size());
            VkImageMemoryBarrier barrier{
                .sType = VK_STRUCTURE_TYPE_IMAGE_MEMORY_BARRIER,
                .srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
                .dstAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT,
                .oldLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                .newLayout = VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
                .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
                .image = image,
                .subresourceRange = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 1, 0, layers},
            };
            vkCmdPipelineBarrier(commands, VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                                 VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 0, nullptr, 0, nullptr, 1,
                                 &barrier);
            for (uint32_t layer = 0; layer < layers; ++layer) {
                const VkImageSubresourceRange range{VK_IMAGE_ASPECT_COLOR_BIT, 0, 1, layer, 1};
                vkCmdClearColorImage(commands, image, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                                     &colours[layer], 1, &range);
            }
            barrier.srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT;
            barrier.dstAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT;
            barrier.oldLayout = VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL;
            barrier.newLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
            vkCmdPipelineBarrier(commands, VK_PIPELINE_STAGE_TRANSFER_BIT,
                                 VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT, 0, 0, nullptr, 0,
                                 nullptr, 1, &barrier);
        });
    }

    uint32_t acquireAndWait(XrSwapchain swapchain) {
        uint32_t index = 0;
        XrSwapchainImageAcquireInfo acquire{XR_TYPE_SWAPCHAIN_IMAGE_ACQUIRE_INFO};
        EXPECT_EQ(xrAcquireSwapchainImage(swapchain, &acquire, &index), XR_SUCCESS);
        XrSwapchainImageWaitInfo wait{XR_TYPE_SWAPCHAIN_IMAGE_WAIT_INFO};
        wait.timeout = XR_INFINITE_DURATION;
        EXPECT_EQ(xrWaitSwapchainImage(swapchain, &wait), XR_SUCCESS);
        return index;
    }

    void release(XrSwapchain swapchain) {
        XrSwapchainImageReleaseInfo info{XR_TYPE_SWAPCHAIN_IMAGE_RELEASE_INFO};
        EXPECT_EQ(xrReleaseSwapchainImage(swapchain, &info), XR_SUCCESS);
    }

    XrSpace localSpace() {
        XrReferenceSpaceCreateInfo info{XR_TYPE_REFERENCE_SPACE_CREATE_INFO};
        info.referenceSpaceType = XR_REFERENCE_SPACE_TYPE_LOCAL;
        info.poseInReferenceSpace.orientation.w = 1;
        XrSpace space = XR_NULL_HANDLE;
        EXPECT_EQ(xrCreateReferenceSpace(session_, &info, &space), XR_SUCCESS);
        return space;
    }
};

TEST_F(SwapchainTest, OffersColourAndDepthFormats) {
    createSession();
    uint32_t count = 0;
    XR_ASSERT_OK(xrEnumerateSwapchainFormats(session_, 0, &count, nullptr));
    std::vector<int64_t> formats(count);
    XR_ASSERT_OK(xrEnumerateSwapchainFormats(session_, count, &count, formats.data()));
    const auto offers = [&](VkFormat format) {
        return std::find(formats.begin(), formats.end(), format) != formats.end();
    };
    EXPECT_TRUE(offers(VK_FORMAT_R8G8B8A8_SRGB));
    EXPECT_TRUE(offers(VK_FORMAT_B8G8R8A8_SRGB));
    EXPECT_TRUE(offers(VK_FORMAT_D32_SFLOAT));
    EXPECT_EQ(formats.front(), VK_FORMAT_R8G8B8A8_SRGB);  // the preferred one first

    XrSwapchainCreateInfo info{XR_TYPE_SWAPCHAIN_CREATE_INFO};
    info.usageFlags = XR_SWAPCHAIN_USAGE_COLOR_ATTACHMENT_BIT;
    info.format = VK_FORMAT_R32G32B32_SFLOAT;
    info.sampleCount = info.faceCount = info.arraySize = info.mipCount = 1;
    info.width = info.height = 16;
    XrSwapchain swapchain = XR_NULL_HANDLE;
    EXPECT_EQ(xrCreateSwapchain(session_, &info, &swapchain),
              XR_ERROR_SWAPCHAIN_FORMAT_UNSUPPORTED);

    info.format = VK_FORMAT_R8G8B8A8_SRGB;
    info.usageFlags = XR_SWAPCHAIN_USAGE_UNORDERED_ACCESS_BIT;  // no storage images in sRGB
    EXPECT_EQ(xrCreateSwapchain(session_, &info, &swapchain), XR_ERROR_FEATURE_UNSUPPORTED);
    info.usageFlags = XR_SWAPCHAIN_USAGE_SAMPLED_BIT | XR_SWAPCHAIN_USAGE_TRANSFER_DST_BIT;
    XR_ASSERT_OK(xrCreateSwapchain(session_, &info, &swapchain));  // e.g. an uploaded quad
    XR_EXPECT_OK(xrDestroySwapchain(swapchain));

    info.format = VK_FORMAT_D32_SFLOAT;
    info.usageFlags = XR_SWAPCHAIN_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT;
    XR_ASSERT_OK(xrCreateSwapchain(session_, &info, &swapchain));
    XR_EXPECT_OK(xrDestroySwapchain(swapchain));
}

TEST_F(SwapchainTest, ImagesCycleInAcquireWaitReleaseOrder) {
    createSession();
    const XrSwapchain swapchain = create(VK_FORMAT_R8G8B8A8_SRGB, 64, 64, 2);
    ASSERT_EQ(images(swapchain).size(), 3u);

    XrSwapchainImageWaitInfo wait{XR_TYPE_SWAPCHAIN_IMAGE_WAIT_INFO};
    wait.timeout = XR_INFINITE_DURATION;
    XrSwapchainImageReleaseInfo releaseInfo{XR_TYPE_SWAPCHAIN_IMAGE_RELEASE_INFO};
    EXPECT_EQ(xrWaitSwapchainImage(swapchain, &wait), XR_ERROR_CALL_ORDER_INVALID);
    EXPECT_EQ(xrReleaseSwapchainImage(swapchain, &releaseInfo), XR_ERROR_CALL_ORDER_INVALID);

    std::vector<uint32_t> order;
    for (int i = 0; i < 6; ++i) {
        order.push_back(acquireAndWait(swapchain));
        release(swapchain);
    }
    EXPECT_EQ(order, (std::vector<uint32_t>{0, 1, 2, 0, 1, 2}));

    XrSwapchainImageAcquireInfo acquire{XR_TYPE_SWAPCHAIN_IMAGE_ACQUIRE_INFO};
    uint32_t index = 0;
    XR_ASSERT_OK(xrAcquireSwapchainImage(swapchain, &acquire, &index));
    EXPECT_EQ(xrReleaseSwapchainImage(swapchain, &releaseInfo), XR_ERROR_CALL_ORDER_INVALID);
    XR_ASSERT_OK(xrWaitSwapchainImage(swapchain, &wait));
    EXPECT_EQ(xrWaitSwapchainImage(swapchain, &wait), XR_ERROR_CALL_ORDER_INVALID);
    XR_ASSERT_OK(xrAcquireSwapchainImage(swapchain, &acquire, &index));
    XR_ASSERT_OK(xrAcquireSwapchainImage(swapchain, &acquire, &index));
    EXPECT_EQ(xrAcquireSwapchainImage(swapchain, &acquire, &index), XR_ERROR_CALL_ORDER_INVALID);
}

TEST_F(SwapchainTest, CaptureWritesTheClearColourOfEachEyeAndQuad) {
    useScript(R"({"config": {"capture_frames": [1], "eye_width": 96, "eye_height": 64}})");
    setenv("XRVIZ_SIM_CAPTURE_DIR", tempDir().c_str(), 1);
    createSession();
    beginSession();
    XrSpace local = localSpace();
    // Multiview style: one swapchain, a layer per eye.
    const XrSwapchain eyes = create(VK_FORMAT_R8G8B8A8_SRGB, 96, 64, 2);
    const XrSwapchain quad = create(VK_FORMAT_B8G8R8A8_UNORM, 32, 16, 1);
    const auto eyeImages = images(eyes);
    const auto quadImages = images(quad);

    // Five frames: the captured image (index 1) is rendered again after the capture, which
    // checks that the capture left it in the layout the app expects.
    for (int frame = 0; frame < 5; ++frame) {
        const XrFrameState state = waitFrame();
        XrFrameBeginInfo begin{XR_TYPE_FRAME_BEGIN_INFO};
        XR_ASSERT_OK(xrBeginFrame(session_, &begin));
        XrViewLocateInfo locate{XR_TYPE_VIEW_LOCATE_INFO};
        locate.viewConfigurationType = XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO;
        locate.displayTime = state.predictedDisplayTime;
        locate.space = local;
        XrViewState viewState{XR_TYPE_VIEW_STATE};
        std::vector<XrView> views(2, {XR_TYPE_VIEW});
        uint32_t count = 0;
        XR_ASSERT_OK(xrLocateViews(session_, &locate, &viewState, 2, &count, views.data()));

        const float red = frame == 1 ? 1.0f : 0.2f;  // only frame 1 is captured
        clear(eyeImages[acquireAndWait(eyes)], {VkClearColorValue{{red, 0.0f, 0.0f, 1.0f}},
                                                VkClearColorValue{{0.0f, 0.0f, 1.0f, 1.0f}}});
        release(eyes);
        clear(quadImages[acquireAndWait(quad)], {VkClearColorValue{{0.0f, 1.0f, 0.0f, 1.0f}}});
        release(quad);

        std::vector<XrCompositionLayerProjectionView> projected(
            2, {XR_TYPE_COMPOSITION_LAYER_PROJECTION_VIEW});
        for (uint32_t eye = 0; eye < 2; ++eye) {
            projected[eye].pose = views[eye].pose;
            projected[eye].fov = views[eye].fov;
            projected[eye].subImage = {eyes, {{0, 0}, {96, 64}}, eye};
        }
        XrCompositionLayerProjection projection{XR_TYPE_COMPOSITION_LAYER_PROJECTION};
        projection.space = local;
        projection.viewCount = 2;
        projection.views = projected.data();
        XrCompositionLayerQuad panel{XR_TYPE_COMPOSITION_LAYER_QUAD};
        panel.space = local;
        panel.eyeVisibility = XR_EYE_VISIBILITY_BOTH;
        panel.subImage = {quad, {{0, 0}, {32, 16}}, 0};
        panel.pose = {{0, 0, 0, 1}, {0, 0, -1}};
        panel.size = {0.4f, 0.2f};
        const XrCompositionLayerBaseHeader* layers[] = {
            reinterpret_cast<XrCompositionLayerBaseHeader*>(&projection),
            reinterpret_cast<XrCompositionLayerBaseHeader*>(&panel)};
        XrFrameEndInfo end{XR_TYPE_FRAME_END_INFO};
        end.displayTime = state.predictedDisplayTime;
        end.environmentBlendMode = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
        end.layerCount = 2;
        end.layers = layers;
        XR_ASSERT_OK(xrEndFrame(session_, &end));
    }

    const Png left = readPng(tempDir() / "frame0001_proj_eye0.png");
    ASSERT_EQ(left.width, 96);
    ASSERT_EQ(left.height, 64);
    EXPECT_EQ(left.at(48, 32)[0], 255);
    EXPECT_EQ(left.at(48, 32)[1], 0);
    EXPECT_EQ(left.at(48, 32)[2], 0);
    const Png right = readPng(tempDir() / "frame0001_proj_eye1.png");
    ASSERT_EQ(right.width, 96);
    EXPECT_EQ(right.at(10, 10)[2], 255);
    EXPECT_EQ(right.at(10, 10)[0], 0);
    const Png panel = readPng(tempDir() / "frame0001_quad0.png");
    ASSERT_EQ(panel.width, 32);
    EXPECT_EQ(panel.at(5, 5)[0], 0);  // BGRA swizzled back to RGBA
    EXPECT_EQ(panel.at(5, 5)[1], 255);
    EXPECT_EQ(panel.at(5, 5)[2], 0);
    EXPECT_FALSE(std::filesystem::exists(tempDir() / "frame0000_proj_eye0.png"));
    EXPECT_FALSE(std::filesystem::exists(tempDir() / "frame0002_proj_eye0.png"));

    std::ifstream meta(tempDir() / "frame0001_proj_eye1.json");
    const std::string text((std::istreambuf_iterator<char>(meta)),
                           std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("\"pose\""), std::string::npos);
    EXPECT_NE(text.find("\"fov\""), std::string::npos);
    EXPECT_NE(text.find("\"image_array_index\": 1"), std::string::npos);
}

}  // namespace
}  // namespace xrviz::sim::test
