// engine/vk's creation path through the runtime: XR_KHR_vulkan_enable2 lets the runtime
// create the Vulkan instance and device itself; XR_KHR_vulkan_enable (the fallback) lists
// the extensions it needs and names the physical device, and we create them.
#include <sstream>

#include "engine/vk/check.h"
#include "xr/runtime.h"

namespace xrviz::xr {
namespace {

constexpr std::uint32_t kVulkanMajor = 1;
constexpr std::uint32_t kVulkanMinor = 1;

void check_requirements(XrVersion min, XrVersion max) {
    const XrVersion ours = XR_MAKE_VERSION(kVulkanMajor, kVulkanMinor, 0);
    if (XR_VERSION_MAJOR(min) > kVulkanMajor ||
        (XR_VERSION_MAJOR(min) == kVulkanMajor && XR_VERSION_MINOR(min) > kVulkanMinor)) {
        fail("the OpenXR runtime needs Vulkan " + std::to_string(XR_VERSION_MAJOR(min)) + "." +
             std::to_string(XR_VERSION_MINOR(min)) + "; xrviz uses 1.1");
    }
    if (XR_VERSION_MAJOR(max) < XR_VERSION_MAJOR(ours)) {
        fail("the OpenXR runtime supports only Vulkan before 1.x");
    }
}

std::vector<std::string> split(const std::string& list) {
    std::istringstream in(list);
    std::vector<std::string> out;
    for (std::string name; in >> name;)
        out.push_back(name);
    return out;
}

class Enable2Creator final : public vk::VulkanCreator {
public:
    Enable2Creator(XrInstance instance, XrSystemId system) : instance_(instance), system_(system) {
        const auto requirements = instance_proc<PFN_xrGetVulkanGraphicsRequirements2KHR>(
            instance, "xrGetVulkanGraphicsRequirements2KHR");
        XrGraphicsRequirementsVulkan2KHR req{.type = XR_TYPE_GRAPHICS_REQUIREMENTS_VULKAN2_KHR};
        XRVIZ_XR_CHECK(requirements(instance, system, &req), "Vulkan graphics requirements");
        check_requirements(req.minApiVersionSupported, req.maxApiVersionSupported);
    }
    VkInstance create_instance(const VkInstanceCreateInfo& info) override {
        const auto create =
            instance_proc<PFN_xrCreateVulkanInstanceKHR>(instance_, "xrCreateVulkanInstanceKHR");
        const XrVulkanInstanceCreateInfoKHR xr_info{
            .type = XR_TYPE_VULKAN_INSTANCE_CREATE_INFO_KHR,
            .systemId = system_,
            .pfnGetInstanceProcAddr = vkGetInstanceProcAddr,
            .vulkanCreateInfo = &info,
        };
        VkInstance instance = VK_NULL_HANDLE;
        VkResult vk_result = VK_SUCCESS;
        XRVIZ_XR_CHECK(create(instance_, &xr_info, &instance, &vk_result), "Vulkan instance");
        XRVIZ_VK_CHECK(vk_result, "Vulkan instance (through OpenXR)");
        return instance;
    }
    VkPhysicalDevice choose_physical_device(VkInstance instance) override {
        const auto get = instance_proc<PFN_xrGetVulkanGraphicsDevice2KHR>(
            instance_, "xrGetVulkanGraphicsDevice2KHR");
        const XrVulkanGraphicsDeviceGetInfoKHR info{
            .type = XR_TYPE_VULKAN_GRAPHICS_DEVICE_GET_INFO_KHR,
            .systemId = system_,
            .vulkanInstance = instance,
        };
        VkPhysicalDevice device = VK_NULL_HANDLE;
        XRVIZ_XR_CHECK(get(instance_, &info, &device), "the headset's physical device");
        return device;
    }
    VkDevice create_device(VkPhysicalDevice physical_device,
                           const VkDeviceCreateInfo& info) override {
        const auto create =
            instance_proc<PFN_xrCreateVulkanDeviceKHR>(instance_, "xrCreateVulkanDeviceKHR");
        const XrVulkanDeviceCreateInfoKHR xr_info{
            .type = XR_TYPE_VULKAN_DEVICE_CREATE_INFO_KHR,
            .systemId = system_,
            .pfnGetInstanceProcAddr = vkGetInstanceProcAddr,
            .vulkanPhysicalDevice = physical_device,
            .vulkanCreateInfo = &info,
        };
        VkDevice device = VK_NULL_HANDLE;
        VkResult vk_result = VK_SUCCESS;
        XRVIZ_XR_CHECK(create(instance_, &xr_info, &device, &vk_result), "Vulkan device");
        XRVIZ_VK_CHECK(vk_result, "Vulkan device (through OpenXR)");
        return device;
    }

private:
    XrInstance instance_;
    XrSystemId system_;
};

class Enable1Creator final : public vk::VulkanCreator {
public:
    Enable1Creator(XrInstance instance, XrSystemId system) : instance_(instance), system_(system) {
        const auto requirements = instance_proc<PFN_xrGetVulkanGraphicsRequirementsKHR>(
            instance, "xrGetVulkanGraphicsRequirementsKHR");
        XrGraphicsRequirementsVulkanKHR req{.type = XR_TYPE_GRAPHICS_REQUIREMENTS_VULKAN_KHR};
        XRVIZ_XR_CHECK(requirements(instance, system, &req), "Vulkan graphics requirements");
        check_requirements(req.minApiVersionSupported, req.maxApiVersionSupported);
    }
    VkInstance create_instance(const VkInstanceCreateInfo& info) override {
        auto extensions = extension_list("xrGetVulkanInstanceExtensionsKHR");
        std::vector<const char*> names(info.ppEnabledExtensionNames,
                                       info.ppEnabledExtensionNames + info.enabledExtensionCount);
        for (const auto& name : extensions)
            names.push_back(name.c_str());
        VkInstanceCreateInfo with = info;
        with.enabledExtensionCount = static_cast<std::uint32_t>(names.size());
        with.ppEnabledExtensionNames = names.data();
        VkInstance instance = VK_NULL_HANDLE;
        XRVIZ_VK_CHECK(vkCreateInstance(&with, nullptr, &instance), "Vulkan instance");
        return instance;
    }
    VkPhysicalDevice choose_physical_device(VkInstance instance) override {
        const auto get = instance_proc<PFN_xrGetVulkanGraphicsDeviceKHR>(
            instance_, "xrGetVulkanGraphicsDeviceKHR");
        VkPhysicalDevice device = VK_NULL_HANDLE;
        XRVIZ_XR_CHECK(get(instance_, system_, instance, &device), "the headset's physical device");
        return device;
    }
    VkDevice create_device(VkPhysicalDevice physical_device,
                           const VkDeviceCreateInfo& info) override {
        auto extensions = extension_list("xrGetVulkanDeviceExtensionsKHR");
        std::vector<const char*> names(info.ppEnabledExtensionNames,
                                       info.ppEnabledExtensionNames + info.enabledExtensionCount);
        for (const auto& name : extensions)
            names.push_back(name.c_str());
        VkDeviceCreateInfo with = info;
        with.enabledExtensionCount = static_cast<std::uint32_t>(names.size());
        with.ppEnabledExtensionNames = names.data();
        VkDevice device = VK_NULL_HANDLE;
        XRVIZ_VK_CHECK(vkCreateDevice(physical_device, &with, nullptr, &device), "Vulkan device");
        return device;
    }

private:
    // Both list functions share PFN_xrGetVulkanInstanceExtensionsKHR's signature.
    std::vector<std::string> extension_list(const char* function) {
        const auto get = instance_proc<PFN_xrGetVulkanInstanceExtensionsKHR>(instance_, function);
        std::uint32_t size = 0;
        XRVIZ_XR_CHECK(get(instance_, system_, 0, &size, nullptr), function);
        std::string text(size, '\0');
        XRVIZ_XR_CHECK(get(instance_, system_, size, &size, text.data()), function);
        text.resize(size > 0 ? size - 1 : 0);
        return split(text);
    }

    XrInstance instance_;
    XrSystemId system_;
};

}  // namespace

std::unique_ptr<vk::VulkanCreator> Runtime::make_vulkan_creator() const {
    if (vulkan_enable_ == VulkanEnable::enable2) {
        return std::make_unique<Enable2Creator>(instance_.get(), system_);
    }
    return std::make_unique<Enable1Creator>(instance_.get(), system_);
}

}  // namespace xrviz::xr
