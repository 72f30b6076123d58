// The session lifecycle: IDLE -> READY -> SYNCHRONIZED -> VISIBLE -> FOCUSED, and back
// down through STOPPING -> IDLE -> EXITING; scripted faults (loss pending, focus changes)
// and the headset taken off and put on (XR_EXT_user_presence).
#include "session.h"

#include "api.h"
#include "log.h"
#include "registry.h"
#include "vk_objects.h"
#include "xr/spec/openxr_newer.h"

#include <ctime>

namespace xrviz::sim {

Session::Session(Instance* owner) : Object(kType, owner), instance(owner) {}
Session::~Session() = default;

XrTime monotonicNow() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<XrTime>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

const char* stateName(XrSessionState state) {
    switch (state) {
        case XR_SESSION_STATE_UNKNOWN:
            return "UNKNOWN";
        case XR_SESSION_STATE_IDLE:
            return "IDLE";
        case XR_SESSION_STATE_READY:
            return "READY";
        case XR_SESSION_STATE_SYNCHRONIZED:
            return "SYNCHRONIZED";
        case XR_SESSION_STATE_VISIBLE:
            return "VISIBLE";
        case XR_SESSION_STATE_FOCUSED:
            return "FOCUSED";
        case XR_SESSION_STATE_STOPPING:
            return "STOPPING";
        case XR_SESSION_STATE_LOSS_PENDING:
            return "LOSS_PENDING";
        case XR_SESSION_STATE_EXITING:
            return "EXITING";
        default:
            return "?";
    }
}

void setState(Session& session, XrSessionState state, XrTime time) {
    logInfo("session state %s -> %s", stateName(session.state), stateName(state));
    session.state = state;
    XrEventDataSessionStateChanged event{XR_TYPE_EVENT_DATA_SESSION_STATE_CHANGED};
    event.session = toHandle<XrSession>(&session);
    event.state = state;
    event.time = time;
    pushEvent(*session.instance, event);
}

TrackingSample trackingAt(const Session& session, XrTime time) {
    const double seconds = session.firstDisplayTime == 0
                               ? 0.0
                               : static_cast<double>(time - session.firstDisplayTime) * 1e-9;
    return session.instance->script.sample(seconds);
}

void logSummary(const Session& session) {
    const FrameCounters& c = session.counters;
    logInfo(
        "summary: frames waited %llu, begun %llu, ended %llu, discarded %llu; layers %llu "
        "(projection %llu, quad %llu, depth infos %llu); late frames %llu; captures %llu; "
        "haptic events %llu",
        static_cast<unsigned long long>(c.waited), static_cast<unsigned long long>(c.begun),
        static_cast<unsigned long long>(c.ended), static_cast<unsigned long long>(c.discarded),
        static_cast<unsigned long long>(c.layers),
        static_cast<unsigned long long>(c.projectionLayers),
        static_cast<unsigned long long>(c.quadLayers),
        static_cast<unsigned long long>(c.depthInfos), static_cast<unsigned long long>(c.late),
        static_cast<unsigned long long>(c.captured), static_cast<unsigned long long>(c.haptics));
}

namespace {

// From wherever the running session is, down to STOPPING, one event per step.
void stop(Session& session, XrTime time) {
    if (session.state == XR_SESSION_STATE_FOCUSED) {
        setState(session, XR_SESSION_STATE_VISIBLE, time);
    }
    if (session.state == XR_SESSION_STATE_VISIBLE) {
        setState(session, XR_SESSION_STATE_SYNCHRONIZED, time);
    }
    if (session.state == XR_SESSION_STATE_READY) {
        setState(session, XR_SESSION_STATE_SYNCHRONIZED, time);
    }
    if (session.state == XR_SESSION_STATE_SYNCHRONIZED) {
        setState(session, XR_SESSION_STATE_STOPPING, time);
    }
}

void requestExit(Session& session, XrTime time) {
    session.exitRequested = true;
    stop(session, time);
}

// XR_EXT_user_presence: queued when the session begins and at each change while it runs,
// only where the app enabled the extension.
void queueUserPresence(Session& session) {
    if (!session.instance->hasExtension(XR_EXT_USER_PRESENCE_EXTENSION_NAME)) {
        return;
    }
    XrEventDataUserPresenceChangedEXT event{};
    event.type = XRVIZ_TYPE_EVENT_DATA_USER_PRESENCE_CHANGED_EXT;
    event.session = toHandle<XrSession>(&session);
    event.isUserPresent = session.instance->userPresent ? XR_TRUE : XR_FALSE;
    pushEvent(*session.instance, event);
    logInfo("user presence: %s", session.instance->userPresent ? "present" : "absent");
}

// The headset taken off or put on: the session state stays as it is.
void setUserPresent(Session& session, bool present) {
    if (session.instance->userPresent == present) {
        return;
    }
    session.instance->userPresent = present;
    if (session.running) {
        queueUserPresence(session);
    }
}

bool aboutSession(const XrEventDataBuffer& event, XrSession session) {
    if (event.type == XR_TYPE_EVENT_DATA_SESSION_STATE_CHANGED) {
        return reinterpret_cast<const XrEventDataSessionStateChanged*>(&event)->session == session;
    }
    if (event.type == XRVIZ_TYPE_EVENT_DATA_USER_PRESENCE_CHANGED_EXT) {
        return reinterpret_cast<const XrEventDataUserPresenceChangedEXT*>(&event)->session ==
               session;
    }
    return false;
}

}  // namespace

void applyScriptEvents(Session& session, uint64_t frame, XrTime time) {
    const auto& events = session.instance->script.events();
    for (const ScriptEvent& event : events) {
        if (event.frame != frame) {
            continue;
        }
        logInfo("script: %s at frame %llu", scriptEventName(event.type),
                static_cast<unsigned long long>(frame));
        switch (event.type) {
            case ScriptEventType::RequestExit:
                if (session.running && !session.exitRequested && !session.lossPending) {
                    requestExit(session, time);
                }
                break;
            case ScriptEventType::SessionLossPending:
                if (!session.lossPending) {
                    session.lossPending = true;
                    setState(session, XR_SESSION_STATE_LOSS_PENDING, time);
                }
                break;
            case ScriptEventType::InstanceLossPending: {
                session.instance->lossPending = true;
                XrEventDataInstanceLossPending loss{XR_TYPE_EVENT_DATA_INSTANCE_LOSS_PENDING};
                loss.lossTime = time + 1000000000;
                pushEvent(*session.instance, loss);
                logInfo("instance loss pending");
                break;
            }
            case ScriptEventType::Unfocus:
                if (session.state == XR_SESSION_STATE_FOCUSED) {
                    setState(session, XR_SESSION_STATE_VISIBLE, time);
                }
                break;
            case ScriptEventType::Focus:
                if (session.state == XR_SESSION_STATE_VISIBLE) {
                    setState(session, XR_SESSION_STATE_FOCUSED, time);
                }
                break;
            case ScriptEventType::UserAbsent:
                setUserPresent(session, false);
                break;
            case ScriptEventType::UserPresent:
                setUserPresent(session, true);
                break;
        }
    }
}

XrResult XRAPI_CALL CreateSession(XrInstance instance, const XrSessionCreateInfo* createInfo,
                                  XrSession* session) {
    return guarded(__func__, [&] {
        Instance* owner = lookup<Instance>(instance);
        if (owner == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (createInfo == nullptr || session == nullptr ||
            createInfo->type != XR_TYPE_SESSION_CREATE_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (const XrResult result = checkSystem(*owner, createInfo->systemId, __func__);
            XR_FAILED(result)) {
            return result;
        }
        if (owner->session != nullptr) {
            return misuse(__func__, XR_ERROR_LIMIT_REACHED, "the sim runs one session at a time");
        }
        if (!owner->graphicsRequirementsQueried) {
            return misuse(__func__, XR_ERROR_GRAPHICS_REQUIREMENTS_CALL_MISSING,
                          "xrGetVulkanGraphicsRequirements(2)KHR was not called");
        }
        const auto* binding = findInChain<XrGraphicsBindingVulkanKHR>(
            createInfo->next, XR_TYPE_GRAPHICS_BINDING_VULKAN_KHR);
        if (binding == nullptr || binding->instance == VK_NULL_HANDLE ||
            binding->physicalDevice == VK_NULL_HANDLE || binding->device == VK_NULL_HANDLE) {
            return misuse(__func__, XR_ERROR_GRAPHICS_DEVICE_INVALID,
                          "a Vulkan graphics binding is required");
        }
        if (owner->vkPhysicalDevice != VK_NULL_HANDLE &&
            binding->physicalDevice != owner->vkPhysicalDevice) {
            return misuse(__func__, XR_ERROR_GRAPHICS_DEVICE_INVALID,
                          "not the physical device xrGetVulkanGraphicsDevice(2)KHR returned");
        }
        auto created = std::make_unique<Session>(owner);
        created->vulkan = std::make_unique<VulkanBinding>(
            *binding, owner->vkDebugUtils && binding->instance == owner->vkInstance);
        Session* object = registry().add(std::move(created));
        owner->session = object;
        const XrTime now = monotonicNow();
        setState(*object, XR_SESSION_STATE_IDLE, now);
        setState(*object, XR_SESSION_STATE_READY, now);
        *session = toHandle<XrSession>(object);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL DestroySession(XrSession session) {
    return guarded(__func__, [&] {
        Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (object->running) {
            logSummary(*object);
        }
        object->instance->session = nullptr;
        // Events about this session are dropped with it.
        auto& events = object->instance->events;
        for (auto it = events.begin(); it != events.end();) {
            if (aboutSession(*it, session)) {
                it = events.erase(it);
            } else {
                ++it;
            }
        }
        registry().destroy(object);
        logInfo("session destroyed");
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL BeginSession(XrSession session, const XrSessionBeginInfo* beginInfo) {
    return guarded(__func__, [&] {
        Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (beginInfo == nullptr || beginInfo->type != XR_TYPE_SESSION_BEGIN_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (object->running) {
            return misuse(__func__, XR_ERROR_SESSION_RUNNING, "already running");
        }
        if (object->state != XR_SESSION_STATE_READY) {
            return misuse(__func__, XR_ERROR_SESSION_NOT_READY, "the session is not READY");
        }
        if (beginInfo->primaryViewConfigurationType != XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO) {
            return XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED;
        }
        object->running = true;
        object->viewConfiguration = beginInfo->primaryViewConfigurationType;
        object->synchronized = false;
        object->waitedNotBegun = false;
        object->frameBegun = false;
        logInfo("session begun");
        // The specification asks for the presence at every xrBeginSession, changed or not.
        queueUserPresence(*object);
        return object->lossPending ? XR_SESSION_LOSS_PENDING : XR_SUCCESS;
    });
}

XrResult XRAPI_CALL EndSession(XrSession session) {
    return guarded(__func__, [&] {
        Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (!object->running) {
            return misuse(__func__, XR_ERROR_SESSION_NOT_RUNNING, "not running");
        }
        if (object->state != XR_SESSION_STATE_STOPPING &&
            object->state != XR_SESSION_STATE_LOSS_PENDING) {
            return misuse(__func__, XR_ERROR_SESSION_NOT_STOPPING, "the session is not STOPPING");
        }
        object->running = false;
        object->frameBegun = false;
        object->waitedNotBegun = false;
        logSummary(*object);
        if (object->lossPending) {
            return XR_SESSION_LOSS_PENDING;
        }
        const XrTime now = monotonicNow();
        setState(*object, XR_SESSION_STATE_IDLE, now);
        setState(*object, object->exitRequested ? XR_SESSION_STATE_EXITING : XR_SESSION_STATE_READY,
                 now);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL RequestExitSession(XrSession session) {
    return guarded(__func__, [&] {
        Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (!object->running) {
            return misuse(__func__, XR_ERROR_SESSION_NOT_RUNNING, "not running");
        }
        logInfo("exit requested by the app");
        requestExit(*object,
                    object->nextDisplayTime != 0 ? object->nextDisplayTime : monotonicNow());
        return object->lossPending ? XR_SESSION_LOSS_PENDING : XR_SUCCESS;
    });
}

}  // namespace xrviz::sim
