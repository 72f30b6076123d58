// Instance, system, view configurations and events: what an app asks before a session.
#include "api.h"
#include "log.h"
#include "registry.h"
#include "session.h"
#include "xr/spec/openxr_newer.h"

#include <cstdlib>
#include <ctime>
#include <stdexcept>

namespace xrviz::sim {
namespace {

struct ExtensionInfo {
    const char* name;
    uint32_t version;
};

const std::vector<ExtensionInfo>& supportedExtensions() {
    static const std::vector<ExtensionInfo> extensions{
        {XR_KHR_VULKAN_ENABLE_EXTENSION_NAME, XR_KHR_vulkan_enable_SPEC_VERSION},
        {XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME, XR_KHR_vulkan_enable2_SPEC_VERSION},
        {XR_KHR_COMPOSITION_LAYER_DEPTH_EXTENSION_NAME,
         XR_KHR_composition_layer_depth_SPEC_VERSION},
        {XR_EXT_DEBUG_UTILS_EXTENSION_NAME, XR_EXT_debug_utils_SPEC_VERSION},
        {XR_KHR_CONVERT_TIMESPEC_TIME_EXTENSION_NAME, XR_KHR_convert_timespec_time_SPEC_VERSION},
        {XR_EXT_USER_PRESENCE_EXTENSION_NAME, XR_EXT_user_presence_SPEC_VERSION},
    };
    return extensions;
}

// Configuration can take an extension off the list (`user_presence: false`).
bool isOffered(const char* name, const Config& config) {
    if (!config.userPresence && std::strcmp(name, XR_EXT_USER_PRESENCE_EXTENSION_NAME) == 0) {
        return false;
    }
    for (const ExtensionInfo& extension : supportedExtensions()) {
        if (std::strcmp(extension.name, name) == 0) {
            return true;
        }
    }
    return false;
}

Script loadScript() {
    const char* path = std::getenv("XRVIZ_SIM_SCRIPT");
    if (path == nullptr || path[0] == '\0') {
        return Script();
    }
    return Script::fromFile(path);
}

// The configuration before an instance exists; a bad script or setting lists the defaults
// here and fails xrCreateInstance, which names the problem.
Config configBeforeInstance() {
    try {
        return loadConfig(loadScript());
    } catch (const std::runtime_error&) {
        return Config();
    }
}

// XR_EXT_user_presence: the system senses whether the headset is worn.
void fillUserPresenceProperties(void* next) {
    for (auto* header = static_cast<XrBaseOutStructure*>(next); header != nullptr;
         header = header->next) {
        if (header->type == XRVIZ_TYPE_SYSTEM_USER_PRESENCE_PROPERTIES_EXT) {
            reinterpret_cast<XrSystemUserPresencePropertiesEXT*>(header)->supportsUserPresence =
                XR_TRUE;
        }
    }
}

}  // namespace

bool Instance::hasExtension(const char* name) const {
    for (const std::string& extension : extensions) {
        if (extension == name) {
            return true;
        }
    }
    return false;
}

XrResult XRAPI_CALL EnumerateApiLayerProperties(uint32_t capacity, uint32_t* count,
                                                XrApiLayerProperties* properties) {
    return guarded(__func__, [&] {
        return twoCall(capacity, count, properties, std::vector<XrApiLayerProperties>{});
    });
}

XrResult XRAPI_CALL EnumerateInstanceExtensionProperties(const char* layerName, uint32_t capacity,
                                                         uint32_t* count,
                                                         XrExtensionProperties* properties) {
    return guarded(__func__, [&] {
        if (layerName != nullptr) {
            return XR_ERROR_API_LAYER_NOT_PRESENT;
        }
        const Config config = configBeforeInstance();
        std::vector<XrExtensionProperties> list;
        for (const ExtensionInfo& extension : supportedExtensions()) {
            if (!isOffered(extension.name, config)) {
                continue;
            }
            XrExtensionProperties entry{XR_TYPE_EXTENSION_PROPERTIES};
            std::strncpy(entry.extensionName, extension.name, XR_MAX_EXTENSION_NAME_SIZE - 1);
            entry.extensionVersion = extension.version;
            list.push_back(entry);
        }
        return twoCall(capacity, count, properties, list,
                       [](XrExtensionProperties& out, const XrExtensionProperties& in) {
                           std::memcpy(out.extensionName, in.extensionName,
                                       sizeof(out.extensionName));
                           out.extensionVersion = in.extensionVersion;
                       });
    });
}

XrResult XRAPI_CALL CreateInstance(const XrInstanceCreateInfo* createInfo, XrInstance* instance) {
    return guarded(__func__, [&] {
        if (createInfo == nullptr || instance == nullptr ||
            createInfo->type != XR_TYPE_INSTANCE_CREATE_INFO) {
            return misuse(__func__, XR_ERROR_VALIDATION_FAILURE, "bad create info");
        }
        const XrVersion version = createInfo->applicationInfo.apiVersion;
        if (XR_VERSION_MAJOR(version) != 1 || XR_VERSION_MINOR(version) != 0) {
            return misuse(__func__, XR_ERROR_API_VERSION_UNSUPPORTED, "the sim implements 1.0");
        }
        auto created = std::make_unique<Instance>();
        try {
            created->script = loadScript();
            created->config = loadConfig(created->script);
        } catch (const std::runtime_error& error) {
            logError("xrCreateInstance: %s", error.what());
            return XR_ERROR_INITIALIZATION_FAILED;
        }
        for (uint32_t i = 0; i < createInfo->enabledExtensionCount; ++i) {
            if (!isOffered(createInfo->enabledExtensionNames[i], created->config)) {
                logInfo("xrCreateInstance: extension %s not present",
                        createInfo->enabledExtensionNames[i]);
                return XR_ERROR_EXTENSION_NOT_PRESENT;
            }
        }
        for (uint32_t i = 0; i < createInfo->enabledExtensionCount; ++i) {
            created->extensions.emplace_back(createInfo->enabledExtensionNames[i]);
        }
        created->applicationName = createInfo->applicationInfo.applicationName;
        Instance* object = registry().add(std::move(created));
        if (object->hasExtension(XR_EXT_DEBUG_UTILS_EXTENSION_NAME)) {
            // Messengers chained to the create info live as long as the instance.
            const auto* messengerInfo = findInChain<XrDebugUtilsMessengerCreateInfoEXT>(
                createInfo->next, XR_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT);
            if (messengerInfo != nullptr) {
                object->messengers.push_back(
                    registry().add(std::make_unique<Messenger>(object, *messengerInfo)));
            }
        }
        const Config& config = object->config;
        logInfo("instance created for \"%s\": eye %ux%u, %.1f Hz, IPD %.1f mm, %s clock%s%s",
                object->applicationName.c_str(), config.eyeWidth, config.eyeHeight,
                config.refreshHz, config.ipd * 1000.0f, config.realClock ? "real" : "virtual",
                config.captureDir.empty() ? "" : ", capture to ", config.captureDir.c_str());
        *instance = toHandle<XrInstance>(object);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL DestroyInstance(XrInstance instance) {
    return guarded(__func__, [&] {
        Instance* object = lookup<Instance>(instance);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        registry().destroy(object);
        logInfo("instance destroyed");
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL GetInstanceProperties(XrInstance instance, XrInstanceProperties* properties) {
    return guarded(__func__, [&] {
        if (lookup<Instance>(instance) == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (properties == nullptr || properties->type != XR_TYPE_INSTANCE_PROPERTIES) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        properties->runtimeVersion = XR_MAKE_VERSION(0, 1, 0);
        std::strncpy(properties->runtimeName, "xrviz simulated headset",
                     XR_MAX_RUNTIME_NAME_SIZE - 1);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL PollEvent(XrInstance instance, XrEventDataBuffer* eventData) {
    return guarded(__func__, [&] {
        Instance* object = lookup<Instance>(instance);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (eventData == nullptr) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (object->events.empty()) {
            return XR_EVENT_UNAVAILABLE;
        }
        *eventData = object->events.front();
        object->events.pop_front();
        return XR_SUCCESS;
    });
}

XrResult checkSystem(const Instance& instance, XrSystemId systemId, const char* function) {
    if (systemId != Instance::kSystemId || !instance.systemQueried) {
        return misuse(function, XR_ERROR_SYSTEM_INVALID, "not the id xrGetSystem returned");
    }
    return XR_SUCCESS;
}

XrResult XRAPI_CALL GetSystem(XrInstance instance, const XrSystemGetInfo* getInfo,
                              XrSystemId* systemId) {
    return guarded(__func__, [&] {
        Instance* object = lookup<Instance>(instance);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (getInfo == nullptr || systemId == nullptr || getInfo->type != XR_TYPE_SYSTEM_GET_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (getInfo->formFactor == XR_FORM_FACTOR_HANDHELD_DISPLAY) {
            return XR_ERROR_FORM_FACTOR_UNAVAILABLE;
        }
        if (getInfo->formFactor != XR_FORM_FACTOR_HEAD_MOUNTED_DISPLAY) {
            return XR_ERROR_FORM_FACTOR_UNSUPPORTED;
        }
        object->systemQueried = true;
        *systemId = Instance::kSystemId;
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL GetSystemProperties(XrInstance instance, XrSystemId systemId,
                                        XrSystemProperties* properties) {
    return guarded(__func__, [&] {
        Instance* object = lookup<Instance>(instance);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (properties == nullptr || properties->type != XR_TYPE_SYSTEM_PROPERTIES) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (const XrResult result = checkSystem(*object, systemId, __func__); XR_FAILED(result)) {
            return result;
        }
        properties->systemId = systemId;
        properties->vendorId = 0x78727669;  // "xrvi"
        std::strncpy(properties->systemName, "xrviz simulated HMD", XR_MAX_SYSTEM_NAME_SIZE - 1);
        properties->graphicsProperties = {object->config.maxImageSize, object->config.maxImageSize,
                                          XR_MIN_COMPOSITION_LAYERS_SUPPORTED};
        properties->trackingProperties = {XR_TRUE, XR_TRUE};
        if (object->hasExtension(XR_EXT_USER_PRESENCE_EXTENSION_NAME)) {
            fillUserPresenceProperties(properties->next);
        }
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL EnumerateViewConfigurations(XrInstance instance, XrSystemId systemId,
                                                uint32_t capacity, uint32_t* count,
                                                XrViewConfigurationType* types) {
    return guarded(__func__, [&] {
        Instance* object = lookup<Instance>(instance);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (const XrResult result = checkSystem(*object, systemId, __func__); XR_FAILED(result)) {
            return result;
        }
        return twoCall(
            capacity, count, types,
            std::vector<XrViewConfigurationType>{XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO});
    });
}

XrResult XRAPI_CALL GetViewConfigurationProperties(XrInstance instance, XrSystemId systemId,
                                                   XrViewConfigurationType type,
                                                   XrViewConfigurationProperties* properties) {
    return guarded(__func__, [&] {
        Instance* object = lookup<Instance>(instance);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (properties == nullptr || properties->type != XR_TYPE_VIEW_CONFIGURATION_PROPERTIES) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (const XrResult result = checkSystem(*object, systemId, __func__); XR_FAILED(result)) {
            return result;
        }
        if (type != XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO) {
            return XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED;
        }
        properties->viewConfigurationType = type;
        properties->fovMutable = XR_FALSE;
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL EnumerateViewConfigurationViews(XrInstance instance, XrSystemId systemId,
                                                    XrViewConfigurationType type, uint32_t capacity,
                                                    uint32_t* count,
                                                    XrViewConfigurationView* views) {
    return guarded(__func__, [&] {
        Instance* object = lookup<Instance>(instance);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (const XrResult result = checkSystem(*object, systemId, __func__); XR_FAILED(result)) {
            return result;
        }
        if (type != XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO) {
            return XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED;
        }
        const Config& config = object->config;
        XrViewConfigurationView view{XR_TYPE_VIEW_CONFIGURATION_VIEW};
        view.recommendedImageRectWidth = config.eyeWidth;
        view.maxImageRectWidth = config.maxImageSize;
        view.recommendedImageRectHeight = config.eyeHeight;
        view.maxImageRectHeight = config.maxImageSize;
        view.recommendedSwapchainSampleCount = 1;
        view.maxSwapchainSampleCount = config.maxSamples;
        if (views != nullptr && capacity >= 2) {
            for (uint32_t i = 0; i < 2; ++i) {
                if (views[i].type != XR_TYPE_VIEW_CONFIGURATION_VIEW) {
                    return XR_ERROR_VALIDATION_FAILURE;
                }
            }
        }
        return twoCall(capacity, count, views, std::vector<XrViewConfigurationView>{view, view},
                       [](XrViewConfigurationView& out, const XrViewConfigurationView& in) {
                           void* next = out.next;
                           out = in;
                           out.next = next;
                       });
    });
}

XrResult XRAPI_CALL EnumerateEnvironmentBlendModes(XrInstance instance, XrSystemId systemId,
                                                   XrViewConfigurationType viewConfigurationType,
                                                   uint32_t capacity, uint32_t* count,
                                                   XrEnvironmentBlendMode* modes) {
    return guarded(__func__, [&] {
        Instance* object = lookup<Instance>(instance);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (const XrResult result = checkSystem(*object, systemId, __func__); XR_FAILED(result)) {
            return result;
        }
        if (viewConfigurationType != XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO) {
            return XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED;
        }
        return twoCall(capacity, count, modes, object->config.blendModes);
    });
}

XrResult XRAPI_CALL ConvertTimespecTimeToTimeKHR(XrInstance instance,
                                                 const struct timespec* timespecTime,
                                                 XrTime* time) {
    return guarded(__func__, [&] {
        if (lookup<Instance>(instance) == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (timespecTime == nullptr || time == nullptr) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        // XrTime is CLOCK_MONOTONIC in nanoseconds (the virtual clock starts there too).
        *time = static_cast<XrTime>(timespecTime->tv_sec) * 1000000000 + timespecTime->tv_nsec;
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL ConvertTimeToTimespecTimeKHR(XrInstance instance, XrTime time,
                                                 struct timespec* timespecTime) {
    return guarded(__func__, [&] {
        if (lookup<Instance>(instance) == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (timespecTime == nullptr || time <= 0) {
            return XR_ERROR_TIME_INVALID;
        }
        timespecTime->tv_sec = static_cast<time_t>(time / 1000000000);
        timespecTime->tv_nsec = static_cast<long>(time % 1000000000);
        return XR_SUCCESS;
    });
}

}  // namespace xrviz::sim
