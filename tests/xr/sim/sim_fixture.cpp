#include "sim_fixture.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wcast-align"
#pragma GCC diagnostic ignored "-Wshadow"
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#include <stb/stb_image.h>
#pragma GCC diagnostic pop

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace xrviz::sim::test {

namespace {

VKAPI_ATTR VkBool32 VKAPI_CALL onValidation(VkDebugUtilsMessageSeverityFlagBitsEXT severity,
                                            VkDebugUtilsMessageTypeFlagsEXT,
                                            const VkDebugUtilsMessengerCallbackDataEXT* data,
                                            void*) {
    if (severity >= VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT) {
        ADD_FAILURE() << "Vulkan validation: " << data->pMessage;
    }
    return VK_FALSE;
}

}  // namespace

void SimTest::SetUp() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string("xrviz_sim_") + std::to_string(getpid()) + "_" +
                       info->test_suite_name() + "_" + info->name();
    std::replace(name.begin(), name.end(), '/', '_');  // parameterised tests
    dir_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    unsetenv("XRVIZ_SIM_SCRIPT");
    unsetenv("XRVIZ_SIM_CAPTURE_DIR");
    unsetenv("XRVIZ_SIM_CAPTURE_FRAMES");
    unsetenv("XRVIZ_SIM_USER_PRESENCE");
}

void SimTest::TearDown() {
    if (session_ != XR_NULL_HANDLE) {
        EXPECT_EQ(xrDestroySession(session_), XR_SUCCESS);
    }
    if (device_ != VK_NULL_HANDLE) {
        vkDeviceWaitIdle(device_);
        if (pool_ != VK_NULL_HANDLE) {
            vkDestroyCommandPool(device_, pool_, nullptr);
        }
        vkDestroyDevice(device_, nullptr);
    }
    if (messenger_ != VK_NULL_HANDLE) {
        auto destroy = reinterpret_cast<PFN_vkDestroyDebugUtilsMessengerEXT>(
            vkGetInstanceProcAddr(vkInstance_, "vkDestroyDebugUtilsMessengerEXT"));
        destroy(vkInstance_, messenger_, nullptr);
    }
    if (vkInstance_ != VK_NULL_HANDLE) {
        vkDestroyInstance(vkInstance_, nullptr);
    }
    if (instance_ != XR_NULL_HANDLE) {
        EXPECT_EQ(xrDestroyInstance(instance_), XR_SUCCESS);
    }
    if (!HasFailure()) {  // a failed test keeps its scripts, captures and logs
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
}

void SimTest::useScript(const std::string& json) {
    const auto file = dir_ / "script.json";
    std::ofstream(file) << json;
    setenv("XRVIZ_SIM_SCRIPT", file.c_str(), 1);
}

void SimTest::createInstance() {
    std::vector<const char*> extensions{XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME,
                                        XR_KHR_COMPOSITION_LAYER_DEPTH_EXTENSION_NAME,
                                        XR_EXT_DEBUG_UTILS_EXTENSION_NAME};
    extensions.insert(extensions.end(), extraExtensions_.begin(), extraExtensions_.end());
    XrInstanceCreateInfo info{XR_TYPE_INSTANCE_CREATE_INFO};
    std::snprintf(info.applicationInfo.applicationName, XR_MAX_APPLICATION_NAME_SIZE,
                  "xrviz_sim_tests");
    info.applicationInfo.apiVersion = XR_MAKE_VERSION(1, 0, 0);
    info.enabledExtensionCount = static_cast<uint32_t>(extensions.size());
    info.enabledExtensionNames = extensions.data();
    XR_ASSERT_OK(xrCreateInstance(&info, &instance_));
    XrSystemGetInfo systemInfo{XR_TYPE_SYSTEM_GET_INFO};
    systemInfo.formFactor = XR_FORM_FACTOR_HEAD_MOUNTED_DISPLAY;
    XR_ASSERT_OK(xrGetSystem(instance_, &systemInfo, &system_));
}

void SimTest::createVulkan() {
    auto requirements2 =
        proc<PFN_xrGetVulkanGraphicsRequirements2KHR>("xrGetVulkanGraphicsRequirements2KHR");
    auto createInstance2 = proc<PFN_xrCreateVulkanInstanceKHR>("xrCreateVulkanInstanceKHR");
    auto device2 = proc<PFN_xrGetVulkanGraphicsDevice2KHR>("xrGetVulkanGraphicsDevice2KHR");
    auto createDevice2 = proc<PFN_xrCreateVulkanDeviceKHR>("xrCreateVulkanDeviceKHR");
    ASSERT_TRUE(requirements2 && createInstance2 && device2 && createDevice2);

    XrGraphicsRequirementsVulkan2KHR requirements{XR_TYPE_GRAPHICS_REQUIREMENTS_VULKAN2_KHR};
    XR_ASSERT_OK(requirements2(instance_, system_, &requirements));
    EXPECT_EQ(requirements.minApiVersionSupported, XR_MAKE_VERSION(1, 0, 0));
    EXPECT_EQ(requirements.maxApiVersionSupported, XR_MAKE_VERSION(1, 3, 0));

    const VkApplicationInfo app{.sType = VK_STRUCTURE_TYPE_APPLICATION_INFO,
                                .pApplicationName = "xrviz_sim_tests",
                                .apiVersion = VK_API_VERSION_1_1};
    const char* layers[] = {"VK_LAYER_KHRONOS_validation"};
    const char* extensions[] = {VK_EXT_DEBUG_UTILS_EXTENSION_NAME};
    const VkDebugUtilsMessengerCreateInfoEXT messengerInfo{
        .sType = VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT,
        .messageSeverity = VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT |
                           VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT,
        .messageType = VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT |
                       VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT |
                       VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT,
        .pfnUserCallback = &onValidation,
    };
    const VkInstanceCreateInfo vkInfo{.sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO,
                                      .pNext = &messengerInfo,
                                      .pApplicationInfo = &app,
                                      .enabledLayerCount = 1,
                                      .ppEnabledLayerNames = layers,
                                      .enabledExtensionCount = 1,
                                      .ppEnabledExtensionNames = extensions};
    XrVulkanInstanceCreateInfoKHR xrInfo{XR_TYPE_VULKAN_INSTANCE_CREATE_INFO_KHR};
    xrInfo.systemId = system_;
    xrInfo.pfnGetInstanceProcAddr = &vkGetInstanceProcAddr;
    xrInfo.vulkanCreateInfo = &vkInfo;
    VkResult vkResult = VK_ERROR_UNKNOWN;
    XR_ASSERT_OK(createInstance2(instance_, &xrInfo, &vkInstance_, &vkResult));
    ASSERT_EQ(vkResult, VK_SUCCESS);
    auto createMessenger = reinterpret_cast<PFN_vkCreateDebugUtilsMessengerEXT>(
        vkGetInstanceProcAddr(vkInstance_, "vkCreateDebugUtilsMessengerEXT"));
    ASSERT_EQ(createMessenger(vkInstance_, &messengerInfo, nullptr, &messenger_), VK_SUCCESS);

    XrVulkanGraphicsDeviceGetInfoKHR deviceInfo{XR_TYPE_VULKAN_GRAPHICS_DEVICE_GET_INFO_KHR};
    deviceInfo.systemId = system_;
    deviceInfo.vulkanInstance = vkInstance_;
    XR_ASSERT_OK(device2(instance_, &deviceInfo, &physicalDevice_));

    uint32_t familyCount = 0;
    vkGetPhysicalDeviceQueueFamilyProperties(physicalDevice_, &familyCount, nullptr);
    std::vector<VkQueueFamilyProperties> families(familyCount);
    vkGetPhysicalDeviceQueueFamilyProperties(physicalDevice_, &familyCount, families.data());
    for (uint32_t i = 0; i < familyCount; ++i) {
        if ((families[i].queueFlags & VK_QUEUE_GRAPHICS_BIT) != 0) {
            queueFamily_ = i;
            break;
        }
    }
    const float priority = 1.0f;
    const VkDeviceQueueCreateInfo queueInfo{.sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO,
                                            .queueFamilyIndex = queueFamily_,
                                            .queueCount = 1,
                                            .pQueuePriorities = &priority};
    const VkDeviceCreateInfo vkDeviceInfo{.sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO,
                                          .queueCreateInfoCount = 1,
                                          .pQueueCreateInfos = &queueInfo};
    XrVulkanDeviceCreateInfoKHR xrDeviceInfo{XR_TYPE_VULKAN_DEVICE_CREATE_INFO_KHR};
    xrDeviceInfo.systemId = system_;
    xrDeviceInfo.pfnGetInstanceProcAddr = &vkGetInstanceProcAddr;
    xrDeviceInfo.vulkanPhysicalDevice = physicalDevice_;
    xrDeviceInfo.vulkanCreateInfo = &vkDeviceInfo;
    XR_ASSERT_OK(createDevice2(instance_, &xrDeviceInfo, &device_, &vkResult));
    ASSERT_EQ(vkResult, VK_SUCCESS);
    vkGetDeviceQueue(device_, queueFamily_, 0, &queue_);
    const VkCommandPoolCreateInfo poolInfo{.sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO,
                                           .queueFamilyIndex = queueFamily_};
    ASSERT_EQ(vkCreateCommandPool(device_, &poolInfo, nullptr, &pool_), VK_SUCCESS);
}

void SimTest::createSession() {
    createInstance();
    ASSERT_NE(instance_, XR_NULL_HANDLE);
    createVulkan();
    ASSERT_NE(device_, VK_NULL_HANDLE);
    XrGraphicsBindingVulkan2KHR binding{XR_TYPE_GRAPHICS_BINDING_VULKAN2_KHR};
    binding.instance = vkInstance_;
    binding.physicalDevice = physicalDevice_;
    binding.device = device_;
    binding.queueFamilyIndex = queueFamily_;
    binding.queueIndex = 0;
    XrSessionCreateInfo info{XR_TYPE_SESSION_CREATE_INFO};
    info.next = &binding;
    info.systemId = system_;
    XR_ASSERT_OK(xrCreateSession(instance_, &info, &session_));
}

std::vector<XrSessionState> SimTest::pollStates() {
    std::vector<XrSessionState> states;
    XrEventDataBuffer event{XR_TYPE_EVENT_DATA_BUFFER};
    while (xrPollEvent(instance_, &event) == XR_SUCCESS) {
        if (event.type == XR_TYPE_EVENT_DATA_SESSION_STATE_CHANGED) {
            states.push_back(reinterpret_cast<XrEventDataSessionStateChanged*>(&event)->state);
        }
        event = {XR_TYPE_EVENT_DATA_BUFFER};
    }
    return states;
}

void SimTest::beginSession() {
    EXPECT_EQ(pollStates(),
              (std::vector<XrSessionState>{XR_SESSION_STATE_IDLE, XR_SESSION_STATE_READY}));
    XrSessionBeginInfo info{XR_TYPE_SESSION_BEGIN_INFO};
    info.primaryViewConfigurationType = XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO;
    XR_ASSERT_OK(xrBeginSession(session_, &info));
}

XrFrameState SimTest::waitFrame() {
    XrFrameState state{XR_TYPE_FRAME_STATE};
    XrFrameWaitInfo info{XR_TYPE_FRAME_WAIT_INFO};
    EXPECT_TRUE(XR_SUCCEEDED(xrWaitFrame(session_, &info, &state)));
    return state;
}

void SimTest::emptyFrame() {
    const XrFrameState state = waitFrame();
    XrFrameBeginInfo begin{XR_TYPE_FRAME_BEGIN_INFO};
    EXPECT_TRUE(XR_SUCCEEDED(xrBeginFrame(session_, &begin)));
    XrFrameEndInfo end{XR_TYPE_FRAME_END_INFO};
    end.displayTime = state.predictedDisplayTime;
    end.environmentBlendMode = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    EXPECT_TRUE(XR_SUCCEEDED(xrEndFrame(session_, &end)));
}

XrPath SimTest::path(const char* text) {
    XrPath result = XR_NULL_PATH;
    EXPECT_EQ(xrStringToPath(instance_, text, &result), XR_SUCCESS) << text;
    return result;
}

void SimTest::submitAndWait(const std::function<void(VkCommandBuffer)>& record) {
    const VkCommandBufferAllocateInfo allocate{
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO,
        .commandPool = pool_,
        .level = VK_COMMAND_BUFFER_LEVEL_PRIMARY,
        .commandBufferCount = 1};
    VkCommandBuffer commands = VK_NULL_HANDLE;
    ASSERT_EQ(vkAllocateCommandBuffers(device_, &allocate, &commands), VK_SUCCESS);
    const VkCommandBufferBeginInfo begin{.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO,
                                         .flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT};
    ASSERT_EQ(vkBeginCommandBuffer(commands, &begin), VK_SUCCESS);
    record(commands);
    ASSERT_EQ(vkEndCommandBuffer(commands), VK_SUCCESS);
    const VkSubmitInfo submit{.sType = VK_STRUCTURE_TYPE_SUBMIT_INFO,
                              .commandBufferCount = 1,
                              .pCommandBuffers = &commands};
    ASSERT_EQ(vkQueueSubmit(queue_, 1, &submit, VK_NULL_HANDLE), VK_SUCCESS);
    ASSERT_EQ(vkQueueWaitIdle(queue_), VK_SUCCESS);
    vkFreeCommandBuffers(device_, pool_, 1, &commands);
}

Png readPng(const std::filesystem::path& file) {
    Png png;
    int channels = 0;
    unsigned char* data = stbi_load(file.c_str(), &png.width, &png.height, &channels, 4);
    if (data == nullptr) {
        return png;
    }
    png.rgba.assign(data, data + static_cast<size_t>(png.width) * png.height * 4);
    stbi_image_free(data);
    return png;
}

}  // namespace xrviz::sim::test
