#include "xr/runtime.h"

#include <stdlib.h>

#include <cstdlib>

#include <algorithm>
#include <cstring>

#include "engine/core/log.h"

namespace xrviz::xr {
namespace {

std::vector<std::string> offered_extensions() {
    std::uint32_t count = 0;
    XrResult result = xrEnumerateInstanceExtensionProperties(nullptr, 0, &count, nullptr);
    if (XR_FAILED(result)) {
        throw Unavailable(
            std::string("no OpenXR runtime (xrEnumerateInstanceExtensionProperties: ") +
            to_string(result) + "; is XR_RUNTIME_JSON or an active runtime set?)");
    }
    std::vector<XrExtensionProperties> properties(count, {XR_TYPE_EXTENSION_PROPERTIES});
    XRVIZ_XR_CHECK(
        xrEnumerateInstanceExtensionProperties(nullptr, count, &count, properties.data()),
        "instance extensions");
    std::vector<std::string> names;
    for (const auto& p : properties)
        names.emplace_back(p.extensionName);
    return names;
}

XrSystemId get_hmd(XrInstance instance, XrResult& result) {
    const XrSystemGetInfo info{.type = XR_TYPE_SYSTEM_GET_INFO,
                               .formFactor = XR_FORM_FACTOR_HEAD_MOUNTED_DISPLAY};
    XrSystemId system = XR_NULL_SYSTEM_ID;
    result = xrGetSystem(instance, &info, &system);
    return system;
}

}  // namespace

Runtime::Runtime(ExtensionModules optional_modules) {
    const std::vector<std::string> offered = offered_extensions();
    const auto is_offered = [&](const char* name) {
        return std::find(offered.begin(), offered.end(), name) != offered.end();
    };
    // XRVIZ_XR_VULKAN_ENABLE=1 takes the XR_KHR_vulkan_enable path even where enable2 is
    // offered: for the tests of the fallback, and for runtimes whose enable2 misbehaves.
    const char* forced = std::getenv("XRVIZ_XR_VULKAN_ENABLE");
    const bool prefer_enable1 =
        forced && std::string(forced) == "1" && is_offered(XR_KHR_VULKAN_ENABLE_EXTENSION_NAME);
    if (is_offered(XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME) && !prefer_enable1) {
        enabled_.emplace_back(XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME);
    } else if (is_offered(XR_KHR_VULKAN_ENABLE_EXTENSION_NAME)) {
        vulkan_enable_ = VulkanEnable::enable1;
        enabled_.emplace_back(XR_KHR_VULKAN_ENABLE_EXTENSION_NAME);
    } else {
        throw Unavailable(
            "the OpenXR runtime offers neither XR_KHR_vulkan_enable2 nor "
            "XR_KHR_vulkan_enable");
    }
    for (auto& module : optional_modules) {
        if (is_offered(module->extension_name())) {
            enabled_.emplace_back(module->extension_name());
            modules_.push_back(std::move(module));
        }
    }
    std::vector<const char*> names;
    for (const auto& name : enabled_)
        names.push_back(name.c_str());

    XrInstanceCreateInfo info{
        .type = XR_TYPE_INSTANCE_CREATE_INFO,
        .enabledExtensionCount = static_cast<std::uint32_t>(names.size()),
        .enabledExtensionNames = names.data(),
    };
    std::strncpy(info.applicationInfo.applicationName, "xrviz", XR_MAX_APPLICATION_NAME_SIZE - 1);
    info.applicationInfo.applicationVersion = 1;
    std::strncpy(info.applicationInfo.engineName, "xrviz", XR_MAX_ENGINE_NAME_SIZE - 1);
    info.applicationInfo.apiVersion = XR_MAKE_VERSION(1, 0, 0);
    XrInstance instance = XR_NULL_HANDLE;
    const XrResult created = xrCreateInstance(&info, &instance);
    if (created == XR_ERROR_RUNTIME_UNAVAILABLE || created == XR_ERROR_RUNTIME_FAILURE) {
        throw Unavailable(std::string("no OpenXR runtime (xrCreateInstance: ") +
                          to_string(created) + ")");
    }
    check(created, "xrCreateInstance(&info, &instance)", "instance");
    instance_ = UniqueInstance(instance);

    XrInstanceProperties properties{.type = XR_TYPE_INSTANCE_PROPERTIES};
    XRVIZ_XR_CHECK(xrGetInstanceProperties(instance, &properties), "instance");
    runtime_name_ = properties.runtimeName;
    for (auto& module : modules_)
        module->on_instance_created(instance);

    XrResult result = XR_SUCCESS;
    system_ = get_hmd(instance, result);
    if (result == XR_ERROR_FORM_FACTOR_UNAVAILABLE || result == XR_ERROR_FORM_FACTOR_UNSUPPORTED) {
        throw Unavailable("the OpenXR runtime '" + runtime_name_ + "' reports no headset (" +
                          to_string(result) + ")");
    }
    XRVIZ_XR_CHECK(result, "head-mounted system");
    std::string list;
    for (const auto& name : enabled_)
        list += (list.empty() ? "" : ", ") + name;
    log::info("xr", "runtime '" + runtime_name_ + "', extensions: " + list);
}

Runtime::~Runtime() {
    for (auto& module : modules_)
        module->on_instance_destroying();
}

bool Runtime::enabled(const char* extension) const {
    return std::find(enabled_.begin(), enabled_.end(), extension) != enabled_.end();
}

std::uint64_t Runtime::message_count() const {
    std::uint64_t total = 0;
    for (const auto& module : modules_)
        total += module->message_count();
    return total;
}

bool Runtime::refresh_system() {
    XrResult result = XR_SUCCESS;
    const XrSystemId system = get_hmd(instance_.get(), result);
    if (result == XR_ERROR_FORM_FACTOR_UNAVAILABLE)
        return false;
    XRVIZ_XR_CHECK(result, "head-mounted system");
    system_ = system;
    return true;
}

bool Runtime::poll_event(XrEventDataBuffer& event) const {
    event = XrEventDataBuffer{.type = XR_TYPE_EVENT_DATA_BUFFER};
    return XRVIZ_XR_CHECK(xrPollEvent(instance_.get(), &event), "event queue") == XR_SUCCESS;
}

std::string probe_headset() {
    // Without a runtime the loader writes five lines of its own to stderr; our one line
    // says the same. XR_LOADER_DEBUG set by the person wins.
    setenv("XR_LOADER_DEBUG", "none", 0);
    try {
        Runtime runtime(ExtensionModules{});
        return {};
    } catch (const Unavailable& why) {
        return why.what();
    } catch (const Error& why) {
        return std::string("the OpenXR runtime failed: ") + why.what();
    }
}

}  // namespace xrviz::xr
