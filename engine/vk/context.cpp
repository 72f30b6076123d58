#include "engine/vk/context.h"

#include <algorithm>
#include <cstring>

#include "engine/core/error.h"
#include "engine/core/log.h"
#include "engine/vk/check.h"

namespace xrviz::vk {
namespace {

constexpr const char* kValidationLayer = "VK_LAYER_KHRONOS_validation";

VKAPI_ATTR VkBool32 VKAPI_CALL on_validation_message(
    VkDebugUtilsMessageSeverityFlagBitsEXT severity, VkDebugUtilsMessageTypeFlagsEXT,
    const VkDebugUtilsMessengerCallbackDataEXT* data, void* user) {
    auto* counter = static_cast<std::atomic<std::uint64_t>*>(user);
    counter->fetch_add(1);
    const bool is_error = severity & VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT;
    (is_error ? log::error : log::warn)("vulkan", data->pMessage ? data->pMessage : "(empty)");
    // VK_FALSE: the call that triggered the message proceeds, as the spec requires of
    // application callbacks.
    return VK_FALSE;
}

bool device_extension_available(VkPhysicalDevice device, const char* name) {
    std::uint32_t count = 0;
    XRVIZ_VK_CHECK(vkEnumerateDeviceExtensionProperties(device, nullptr, &count, nullptr),
                   "device extensions");
    std::vector<VkExtensionProperties> extensions(count);
    XRVIZ_VK_CHECK(vkEnumerateDeviceExtensionProperties(device, nullptr, &count, extensions.data()),
                   "device extensions");
    return std::any_of(extensions.begin(), extensions.end(),
                       [&](const auto& e) { return std::strcmp(e.extensionName, name) == 0; });
}

bool layer_available(const char* name) {
    std::uint32_t count = 0;
    XRVIZ_VK_CHECK(vkEnumerateInstanceLayerProperties(&count, nullptr), "instance layers");
    std::vector<VkLayerProperties> layers(count);
    XRVIZ_VK_CHECK(vkEnumerateInstanceLayerProperties(&count, layers.data()), "instance layers");
    return std::any_of(layers.begin(), layers.end(),
                       [&](const auto& l) { return std::strcmp(l.layerName, name) == 0; });
}

bool supports_sample_zero_depth_resolve(VkPhysicalDevice device) {
    VkPhysicalDeviceDepthStencilResolveProperties resolve{
        .sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DEPTH_STENCIL_RESOLVE_PROPERTIES};
    VkPhysicalDeviceProperties2 properties{.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2,
                                           .pNext = &resolve};
    vkGetPhysicalDeviceProperties2(device, &properties);
    return (resolve.supportedDepthResolveModes & VK_RESOLVE_MODE_SAMPLE_ZERO_BIT) != 0;
}

int device_type_rank(VkPhysicalDeviceType type) {
    switch (type) {
        case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return 0;
        case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return 1;
        case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return 2;
        case VK_PHYSICAL_DEVICE_TYPE_CPU: return 3;
        default: return 4;
    }
}

class DirectCreator final : public VulkanCreator {
public:
    VkInstance create_instance(const VkInstanceCreateInfo& info) override {
        VkInstance instance = VK_NULL_HANDLE;
        XRVIZ_VK_CHECK(vkCreateInstance(&info, nullptr, &instance), "the xrviz instance");
        return instance;
    }
    VkPhysicalDevice choose_physical_device(VkInstance instance) override {
        std::uint32_t count = 0;
        XRVIZ_VK_CHECK(vkEnumeratePhysicalDevices(instance, &count, nullptr), "physical devices");
        std::vector<VkPhysicalDevice> devices(count);
        XRVIZ_VK_CHECK(vkEnumeratePhysicalDevices(instance, &count, devices.data()),
                       "physical devices");
        if (devices.empty()) {
            fail("no Vulkan device found (on a machine without a GPU install "
                 "mesa-vulkan-drivers for lavapipe)");
        }
        std::stable_sort(devices.begin(), devices.end(), [](auto a, auto b) {
            VkPhysicalDeviceProperties pa, pb;
            vkGetPhysicalDeviceProperties(a, &pa);
            vkGetPhysicalDeviceProperties(b, &pb);
            return device_type_rank(pa.deviceType) < device_type_rank(pb.deviceType);
        });
        return devices.front();
    }
    VkDevice create_device(VkPhysicalDevice physical_device,
                           const VkDeviceCreateInfo& info) override {
        VkDevice device = VK_NULL_HANDLE;
        XRVIZ_VK_CHECK(vkCreateDevice(physical_device, &info, nullptr, &device),
                       "the xrviz device");
        return device;
    }
};

std::vector<const char*> c_strings(const std::vector<std::string>& strings) {
    std::vector<const char*> out;
    for (const auto& s : strings) out.push_back(s.c_str());
    return out;
}

}  // namespace

std::unique_ptr<VulkanCreator> make_direct_creator() { return std::make_unique<DirectCreator>(); }

Context::Context(const ContextOptions& options)
    : validation_messages_(std::make_unique<std::atomic<std::uint64_t>>(0)) {
    std::unique_ptr<VulkanCreator> direct;
    VulkanCreator* creator = options.creator;
    if (!creator) {
        direct = make_direct_creator();
        creator = direct.get();
    }
    try {
        create_instance(options, *creator);
        create_device(options, *creator);
    } catch (...) {
        // A throwing constructor runs no destructor: release what was created so far.
        destroy();
        throw;
    }
}

Context::~Context() { destroy(); }

void Context::destroy() {
    if (device_) vkDestroyDevice(device_, nullptr);
    device_ = VK_NULL_HANDLE;
    if (messenger_) {
        auto destroy_messenger = reinterpret_cast<PFN_vkDestroyDebugUtilsMessengerEXT>(
            vkGetInstanceProcAddr(instance_, "vkDestroyDebugUtilsMessengerEXT"));
        if (destroy_messenger) destroy_messenger(instance_, messenger_, nullptr);
        messenger_ = VK_NULL_HANDLE;
    }
    if (instance_) vkDestroyInstance(instance_, nullptr);
    instance_ = VK_NULL_HANDLE;
}

void Context::create_instance(const ContextOptions& options, VulkanCreator& creator) {
    std::vector<std::string> extensions = options.instance_extensions;
    std::vector<const char*> layers;
    if (options.validation) {
        if (!layer_available(kValidationLayer)) {
            fail(std::string("--validation needs ") + kValidationLayer +
                 " (install vulkan-validationlayers)");
        }
        layers.push_back(kValidationLayer);
    }
    // debug_utils gives object names to every message, with or without validation.
    extensions.push_back(VK_EXT_DEBUG_UTILS_EXTENSION_NAME);
    const auto extension_names = c_strings(extensions);

    const VkApplicationInfo app{
        .sType = VK_STRUCTURE_TYPE_APPLICATION_INFO,
        .pApplicationName = options.app_name.c_str(),
        .applicationVersion = VK_MAKE_API_VERSION(0, 0, 1, 0),
        .pEngineName = "xrviz",
        .engineVersion = VK_MAKE_API_VERSION(0, 0, 1, 0),
        .apiVersion = VK_API_VERSION_1_1,
    };
    const VkDebugUtilsMessengerCreateInfoEXT messenger_info{
        .sType = VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT,
        .messageSeverity = VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT |
                           VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT,
        .messageType = VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT |
                       VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT |
                       VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT,
        .pfnUserCallback = on_validation_message,
        .pUserData = validation_messages_.get(),
    };
    const VkInstanceCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO,
        // Chained so that instance creation and destruction are validated too.
        .pNext = options.validation ? &messenger_info : nullptr,
        .pApplicationInfo = &app,
        .enabledLayerCount = static_cast<std::uint32_t>(layers.size()),
        .ppEnabledLayerNames = layers.data(),
        .enabledExtensionCount = static_cast<std::uint32_t>(extension_names.size()),
        .ppEnabledExtensionNames = extension_names.data(),
    };
    instance_ = creator.create_instance(info);

    if (options.validation) {
        auto create = reinterpret_cast<PFN_vkCreateDebugUtilsMessengerEXT>(
            vkGetInstanceProcAddr(instance_, "vkCreateDebugUtilsMessengerEXT"));
        if (!create) fail("vkCreateDebugUtilsMessengerEXT is missing although requested");
        XRVIZ_VK_CHECK(create(instance_, &messenger_info, nullptr, &messenger_),
                       "the validation messenger");
    }
}

void Context::create_device(const ContextOptions& options, VulkanCreator& creator) {
    physical_device_ = creator.choose_physical_device(instance_);
    vkGetPhysicalDeviceProperties(physical_device_, &properties_);
    if (properties_.apiVersion < VK_API_VERSION_1_1) {
        fail(std::string("Vulkan device '") + properties_.deviceName +
             "' supports only Vulkan 1.0; xrviz needs 1.1 (multiview)");
    }

    std::uint32_t family_count = 0;
    vkGetPhysicalDeviceQueueFamilyProperties(physical_device_, &family_count, nullptr);
    std::vector<VkQueueFamilyProperties> families(family_count);
    vkGetPhysicalDeviceQueueFamilyProperties(physical_device_, &family_count, families.data());
    const auto graphics = std::find_if(families.begin(), families.end(), [](const auto& f) {
        return f.queueFlags & VK_QUEUE_GRAPHICS_BIT;
    });
    if (graphics == families.end()) {
        fail(std::string("Vulkan device '") + properties_.deviceName + "' has no graphics queue");
    }
    queue_family_ = static_cast<std::uint32_t>(graphics - families.begin());

    VkPhysicalDeviceMultiviewFeatures multiview_supported{
        .sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MULTIVIEW_FEATURES};
    VkPhysicalDeviceFeatures2 supported{.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2,
                                        .pNext = &multiview_supported};
    vkGetPhysicalDeviceFeatures2(physical_device_, &supported);
    if (!multiview_supported.multiview) {
        fail(std::string("Vulkan device '") + properties_.deviceName +
             "' lacks the multiview feature that stereo rendering needs");
    }

    const float priority = 1.0f;
    const VkDeviceQueueCreateInfo queue_info{
        .sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO,
        .queueFamilyIndex = queue_family_,
        .queueCount = 1,
        .pQueuePriorities = &priority,
    };
    VkPhysicalDeviceMultiviewFeatures multiview{
        .sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MULTIVIEW_FEATURES, .multiview = VK_TRUE};
    const VkPhysicalDeviceFeatures features{
        .samplerAnisotropy = supported.features.samplerAnisotropy,
    };
    std::vector<std::string> extensions = options.device_extensions;
    if (!device_extension_available(physical_device_, VK_KHR_CREATE_RENDERPASS_2_EXTENSION_NAME)) {
        fail(std::string("Vulkan device '") + properties_.deviceName + "' lacks " +
             VK_KHR_CREATE_RENDERPASS_2_EXTENSION_NAME + ", which xrviz's render passes need");
    }
    const auto enable = [&](const char* name) {
        if (std::find(extensions.begin(), extensions.end(), name) == extensions.end())
            extensions.emplace_back(name);
    };
    enable(VK_KHR_CREATE_RENDERPASS_2_EXTENSION_NAME);
    depth_resolve_ =
        device_extension_available(physical_device_, VK_KHR_DEPTH_STENCIL_RESOLVE_EXTENSION_NAME) &&
        supports_sample_zero_depth_resolve(physical_device_);
    if (depth_resolve_) enable(VK_KHR_DEPTH_STENCIL_RESOLVE_EXTENSION_NAME);
    const auto extension_names = c_strings(extensions);
    const VkDeviceCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO,
        .pNext = &multiview,
        .queueCreateInfoCount = 1,
        .pQueueCreateInfos = &queue_info,
        .enabledExtensionCount = static_cast<std::uint32_t>(extension_names.size()),
        .ppEnabledExtensionNames = extension_names.data(),
        .pEnabledFeatures = &features,
    };
    device_ = creator.create_device(physical_device_, info);
    vkGetDeviceQueue(device_, queue_family_, 0, &queue_);
    create_render_pass2_ = reinterpret_cast<PFN_vkCreateRenderPass2KHR>(
        vkGetDeviceProcAddr(device_, "vkCreateRenderPass2KHR"));
    if (!create_render_pass2_) fail("vkCreateRenderPass2KHR is missing although enabled");
    names_ = DebugNames(instance_, device_);
    log::info("vulkan", std::string("device: ") + properties_.deviceName);
}

VkRenderPass Context::create_render_pass(const VkRenderPassCreateInfo2& info,
                                         const char* what) const {
    VkRenderPass pass = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(create_render_pass2_(device_, &info, nullptr, &pass), what);
    names_.set(pass, VK_OBJECT_TYPE_RENDER_PASS, what);
    return pass;
}

void Context::wait_idle() const { XRVIZ_VK_CHECK(vkDeviceWaitIdle(device_), "the device"); }

}  // namespace xrviz::vk
