// A GoogleTest fixture that drives the simulated runtime through the real OpenXR loader
// (XR_RUNTIME_JSON points at xr/sim's manifest) with a real Vulkan device on whatever
// the machine has (lavapipe without a GPU), created through XR_KHR_vulkan_enable2 with
// the Vulkan validation layer on: any validation message fails the test.
#pragma once

#define XR_USE_GRAPHICS_API_VULKAN
#include <vulkan/vulkan.h>

#include <openxr/openxr.h>
#include <openxr/openxr_platform.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace xrviz::sim::test {

#define XR_EXPECT_OK(call) EXPECT_EQ((call), XR_SUCCESS) << #call
#define XR_ASSERT_OK(call) ASSERT_EQ((call), XR_SUCCESS) << #call

class SimTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // Writes the script and points XRVIZ_SIM_SCRIPT at it; call before createInstance.
    void useScript(const std::string& json);
    std::filesystem::path tempDir() const { return dir_; }

    void createInstance();
    void createVulkan();   // xrGetVulkanGraphicsRequirements2KHR ... xrCreateVulkanDeviceKHR
    void createSession();  // instance + system + Vulkan + session
    void beginSession();   // polls IDLE, READY, begins
    std::vector<XrSessionState> pollStates();
    XrFrameState waitFrame();
    void emptyFrame();  // wait, begin, end with no layers
    XrPath path(const char* text);
    template <class F>
    F proc(const char* name) {
        PFN_xrVoidFunction function = nullptr;
        EXPECT_EQ(xrGetInstanceProcAddr(instance_, name, &function), XR_SUCCESS) << name;
        return reinterpret_cast<F>(function);
    }

    // Vulkan helpers for the swapchain tests.
    void submitAndWait(const std::function<void(VkCommandBuffer)>& record);

    // Enabled by createInstance besides Vulkan 2, composition layer depth and debug utils.
    std::vector<const char*> extraExtensions_;
    XrInstance instance_ = XR_NULL_HANDLE;
    XrSystemId system_ = XR_NULL_SYSTEM_ID;
    XrSession session_ = XR_NULL_HANDLE;
    VkInstance vkInstance_ = VK_NULL_HANDLE;
    VkPhysicalDevice physicalDevice_ = VK_NULL_HANDLE;
    VkDevice device_ = VK_NULL_HANDLE;
    VkQueue queue_ = VK_NULL_HANDLE;
    uint32_t queueFamily_ = 0;
    VkDebugUtilsMessengerEXT messenger_ = VK_NULL_HANDLE;
    VkCommandPool pool_ = VK_NULL_HANDLE;

private:
    std::filesystem::path dir_;
};

// Reads a PNG as RGBA8; empty when it cannot.
struct Png {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;
    const unsigned char* at(int x, int y) const {
        return &rgba[(static_cast<size_t>(y) * width + x) * 4];
    }
};
Png readPng(const std::filesystem::path& file);

}  // namespace xrviz::sim::test
