// XR_EXT_debug_utils: messengers (also those chained to XrInstanceCreateInfo), object
// names, session labels (logged) and app-submitted messages.
#include "api.h"
#include "log.h"
#include "registry.h"

#include <algorithm>

namespace xrviz::sim {

Messenger::Messenger(Instance* owner, const XrDebugUtilsMessengerCreateInfoEXT& createInfo)
    : Object(kType, owner),
      severities(createInfo.messageSeverities),
      types(createInfo.messageTypes),
      callback(createInfo.userCallback),
      userData(createInfo.userData) {}

namespace {

Object* findAnyObject(uint64_t handle) {
    for (const ObjectType type :
         {ObjectType::Instance, ObjectType::Session, ObjectType::Space, ObjectType::ActionSet,
          ObjectType::Action, ObjectType::Swapchain, ObjectType::Messenger}) {
        Object* object = nullptr;
        switch (type) {
            case ObjectType::Instance:
                object = registry().find<Instance>(handle);
                break;
            case ObjectType::Session:
                object = registry().find<Session>(handle);
                break;
            case ObjectType::Space:
                object = registry().find<Space>(handle);
                break;
            case ObjectType::ActionSet:
                object = registry().find<ActionSet>(handle);
                break;
            case ObjectType::Action:
                object = registry().find<Action>(handle);
                break;
            case ObjectType::Swapchain:
                object = registry().find<Swapchain>(handle);
                break;
            case ObjectType::Messenger:
                object = registry().find<Messenger>(handle);
                break;
        }
        if (object != nullptr) {
            return object;
        }
    }
    return nullptr;
}

}  // namespace

XrResult XRAPI_CALL SetDebugUtilsObjectNameEXT(XrInstance instance,
                                               const XrDebugUtilsObjectNameInfoEXT* nameInfo) {
    return guarded(__func__, [&] {
        if (lookup<Instance>(instance) == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (nameInfo == nullptr || nameInfo->type != XR_TYPE_DEBUG_UTILS_OBJECT_NAME_INFO_EXT ||
            nameInfo->objectType == XR_OBJECT_TYPE_UNKNOWN) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        Object* object = findAnyObject(nameInfo->objectHandle);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        object->debugName = nameInfo->objectName != nullptr ? nameInfo->objectName : "";
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL CreateDebugUtilsMessengerEXT(
    XrInstance instance, const XrDebugUtilsMessengerCreateInfoEXT* createInfo,
    XrDebugUtilsMessengerEXT* messenger) {
    return guarded(__func__, [&] {
        Instance* owner = lookup<Instance>(instance);
        if (owner == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (createInfo == nullptr || messenger == nullptr ||
            createInfo->type != XR_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT ||
            createInfo->userCallback == nullptr || createInfo->messageSeverities == 0 ||
            createInfo->messageTypes == 0) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        Messenger* object = registry().add(std::make_unique<Messenger>(owner, *createInfo));
        owner->messengers.push_back(object);
        *messenger = toHandle<XrDebugUtilsMessengerEXT>(object);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL DestroyDebugUtilsMessengerEXT(XrDebugUtilsMessengerEXT messenger) {
    return guarded(__func__, [&] {
        Messenger* object = lookup<Messenger>(messenger);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        auto& list = static_cast<Instance*>(object->parent)->messengers;
        list.erase(std::remove(list.begin(), list.end(), object), list.end());
        registry().destroy(object);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL SubmitDebugUtilsMessageEXT(XrInstance instance,
                                               XrDebugUtilsMessageSeverityFlagsEXT severity,
                                               XrDebugUtilsMessageTypeFlagsEXT types,
                                               const XrDebugUtilsMessengerCallbackDataEXT* data) {
    {
        const XrResult result = guarded(__func__, [&] {
            const Instance* object = lookup<Instance>(instance);
            if (object == nullptr) {
                return XR_ERROR_HANDLE_INVALID;
            }
            if (data == nullptr || data->type != XR_TYPE_DEBUG_UTILS_MESSENGER_CALLBACK_DATA_EXT ||
                severity == 0 || types == 0) {
                return XR_ERROR_VALIDATION_FAILURE;
            }
            return XR_SUCCESS;
        });
        if (XR_FAILED(result)) {
            return result;
        }
    }
    // Callbacks run under the lock: a callback calling back into the runtime is allowed
    // (the lock is recursive).
    return guarded(__func__, [&] {
        const Instance* object = lookup<Instance>(instance);
        for (const Messenger* messenger : object->messengers) {
            if ((messenger->severities & severity) != 0 && (messenger->types & types) != 0) {
                messenger->callback(severity, types, data, messenger->userData);
            }
        }
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL SessionBeginDebugUtilsLabelRegionEXT(XrSession session,
                                                         const XrDebugUtilsLabelEXT* labelInfo) {
    return guarded(__func__, [&] {
        if (lookup<Session>(session) == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (labelInfo == nullptr || labelInfo->type != XR_TYPE_DEBUG_UTILS_LABEL_EXT) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL SessionEndDebugUtilsLabelRegionEXT(XrSession session) {
    return guarded(__func__, [&] {
        return lookup<Session>(session) == nullptr ? XR_ERROR_HANDLE_INVALID : XR_SUCCESS;
    });
}

XrResult XRAPI_CALL SessionInsertDebugUtilsLabelEXT(XrSession session,
                                                    const XrDebugUtilsLabelEXT* labelInfo) {
    return SessionBeginDebugUtilsLabelRegionEXT(session, labelInfo);
}

}  // namespace xrviz::sim
