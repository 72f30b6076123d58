// Action states: xrSyncActions reads the script's controllers into each action's values,
// the xrGetActionState* functions report them; bound sources, their names, haptics.
#include "api.h"
#include "log.h"
#include "paths.h"
#include "profiles.h"
#include "registry.h"
#include "session.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>

namespace xrviz::sim {
namespace {

// The value slot of a subaction path: 0 left, 1 right, 2 any; -1 when not of the action.
int slotOf(const Instance& instance, const Action& action, XrPath subaction) {
    if (subaction == XR_NULL_PATH) {
        return 2;
    }
    if (std::find(action.subactionPaths.begin(), action.subactionPaths.end(), subaction) ==
        action.subactionPaths.end()) {
        return -1;
    }
    const std::string* path = pathString(instance, subaction);
    if (path != nullptr && *path == "/user/hand/left") {
        return 0;
    }
    if (path != nullptr && *path == "/user/hand/right") {
        return 1;
    }
    return 3;  // a valid user path with nothing bound in the sim
}

bool readsPose(const BoundInput& input) {
    return (input.identifier == "grip" || input.identifier == "aim") &&
           (input.component.empty() || input.component == "pose");
}

bool readsVector(const BoundInput& input) {
    return (input.identifier == "thumbstick" || input.identifier == "trackpad") &&
           input.component.empty();
}

bool readsScalar(const BoundInput& input) {
    return !readsPose(input) && !readsVector(input) && input.identifier != "haptic";
}

ActionValue evaluate(const Action& action, const TrackingSample& sample, int slot,
                     const std::array<bool, 2>& handActive) {
    ActionValue value;
    for (const BoundInput& input : action.inputs) {
        if ((slot != 2 && input.hand != slot) || !handActive[static_cast<size_t>(input.hand)]) {
            continue;
        }
        const HandState& hand = sample.hands[static_cast<size_t>(input.hand)];
        switch (action.actionType) {
            case XR_ACTION_TYPE_BOOLEAN_INPUT:
            case XR_ACTION_TYPE_FLOAT_INPUT: {
                if (!readsScalar(input)) {
                    continue;
                }
                std::string component = input.component;
                if (component.empty()) {
                    component = (input.identifier == "trigger" || input.identifier == "squeeze")
                                    ? "value"
                                    : "click";
                }
                const float scalar = readScalar(hand, input.identifier, component);
                value.active = true;
                value.boolean = value.boolean || scalar > 0.5f;
                if (std::fabs(scalar) > std::fabs(value.scalar)) {
                    value.scalar = scalar;
                }
                break;
            }
            case XR_ACTION_TYPE_VECTOR2F_INPUT: {
                if (!readsVector(input)) {
                    continue;
                }
                const XrVector2f vector = readVector(hand, input.identifier);
                value.active = true;
                if (std::hypot(vector.x, vector.y) >= std::hypot(value.vector.x, value.vector.y)) {
                    value.vector = vector;
                }
                break;
            }
            case XR_ACTION_TYPE_POSE_INPUT:
                if (readsPose(input) && hand.tracked) {
                    value.active = true;
                }
                break;
            default:
                break;
        }
    }
    return value;
}

bool sameValue(const ActionValue& a, const ActionValue& b) {
    return a.active == b.active && a.boolean == b.boolean && a.scalar == b.scalar &&
           a.vector.x == b.vector.x && a.vector.y == b.vector.y;
}

// Validates the common part of xrGetActionState*: returns the value or an error.
XrResult findValue(XrSession session, const XrActionStateGetInfo* getInfo, XrActionType type,
                   const ActionValue*& value, const char* function) {
    static const ActionValue kInactive;
    const Session* object = lookup<Session>(session);
    if (object == nullptr) {
        return XR_ERROR_HANDLE_INVALID;
    }
    if (getInfo == nullptr || getInfo->type != XR_TYPE_ACTION_STATE_GET_INFO) {
        return XR_ERROR_VALIDATION_FAILURE;
    }
    const Action* action = lookup<Action>(getInfo->action);
    if (action == nullptr) {
        return XR_ERROR_HANDLE_INVALID;
    }
    if (action->actionType != type) {
        return misuse(function, XR_ERROR_ACTION_TYPE_MISMATCH, action->name.c_str());
    }
    if (std::find(object->attachedSets.begin(), object->attachedSets.end(), action->set) ==
        object->attachedSets.end()) {
        return misuse(function, XR_ERROR_ACTIONSET_NOT_ATTACHED, action->name.c_str());
    }
    const int slot = slotOf(*object->instance, *action, getInfo->subactionPath);
    if (slot < 0) {
        return misuse(function, XR_ERROR_PATH_UNSUPPORTED, "subaction path not of the action");
    }
    value = slot < 3 ? &action->values[static_cast<size_t>(slot)] : &kInactive;
    return XR_SUCCESS;
}

}  // namespace

XrResult XRAPI_CALL SyncActions(XrSession session, const XrActionsSyncInfo* syncInfo) {
    return guarded(__func__, [&] {
        Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (syncInfo == nullptr || syncInfo->type != XR_TYPE_ACTIONS_SYNC_INFO ||
            (syncInfo->countActiveActionSets > 0 && syncInfo->activeActionSets == nullptr)) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        // Which hands each set is active for.
        std::map<ActionSet*, std::array<bool, 2>> active;
        for (uint32_t i = 0; i < syncInfo->countActiveActionSets; ++i) {
            const XrActiveActionSet& entry = syncInfo->activeActionSets[i];
            ActionSet* set = lookup<ActionSet>(entry.actionSet);
            if (set == nullptr) {
                return XR_ERROR_HANDLE_INVALID;
            }
            if (std::find(object->attachedSets.begin(), object->attachedSets.end(), set) ==
                object->attachedSets.end()) {
                return misuse(__func__, XR_ERROR_ACTIONSET_NOT_ATTACHED, set->name.c_str());
            }
            const std::string* path = pathString(*object->instance, entry.subactionPath);
            auto& hands = active[set];
            if (entry.subactionPath == XR_NULL_PATH) {
                hands = {true, true};
            } else if (path == nullptr) {
                return XR_ERROR_PATH_INVALID;
            } else if (*path == "/user/hand/left") {
                hands[0] = true;
            } else if (*path == "/user/hand/right") {
                hands[1] = true;
            } else if (!isTopLevelUserPath(*path)) {
                return XR_ERROR_PATH_UNSUPPORTED;
            }
        }
        const bool focused = object->state == XR_SESSION_STATE_FOCUSED;
        const XrTime time = object->nextDisplayTime != 0 ? object->nextDisplayTime : monotonicNow();
        const TrackingSample sample = trackingAt(*object, time);
        for (ActionSet* set : object->attachedSets) {
            const auto found = active.find(set);
            const std::array<bool, 2> hands = (focused && found != active.end())
                                                  ? found->second
                                                  : std::array<bool, 2>{false, false};
            for (Action* action : registry().childrenOf<Action>(set)) {
                for (int slot = 0; slot < 3; ++slot) {
                    ActionValue& value = action->values[static_cast<size_t>(slot)];
                    ActionValue next = evaluate(*action, sample, slot, hands);
                    next.changed = value.active && next.active && !sameValue(value, next);
                    next.lastChange =
                        (next.changed || next.active != value.active) ? time : value.lastChange;
                    value = next;
                }
            }
        }
        if (object->lossPending) {
            return XR_SESSION_LOSS_PENDING;
        }
        return focused ? XR_SUCCESS : XR_SESSION_NOT_FOCUSED;
    });
}

XrResult XRAPI_CALL GetActionStateBoolean(XrSession session, const XrActionStateGetInfo* getInfo,
                                          XrActionStateBoolean* state) {
    return guarded(__func__, [&] {
        const ActionValue* value = nullptr;
        if (state == nullptr || state->type != XR_TYPE_ACTION_STATE_BOOLEAN) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        const XrResult result =
            findValue(session, getInfo, XR_ACTION_TYPE_BOOLEAN_INPUT, value, __func__);
        if (XR_FAILED(result)) {
            return result;
        }
        state->isActive = value->active ? XR_TRUE : XR_FALSE;
        state->currentState = value->boolean ? XR_TRUE : XR_FALSE;
        state->changedSinceLastSync = value->changed ? XR_TRUE : XR_FALSE;
        state->lastChangeTime = value->lastChange;
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL GetActionStateFloat(XrSession session, const XrActionStateGetInfo* getInfo,
                                        XrActionStateFloat* state) {
    return guarded(__func__, [&] {
        const ActionValue* value = nullptr;
        if (state == nullptr || state->type != XR_TYPE_ACTION_STATE_FLOAT) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        const XrResult result =
            findValue(session, getInfo, XR_ACTION_TYPE_FLOAT_INPUT, value, __func__);
        if (XR_FAILED(result)) {
            return result;
        }
        state->isActive = value->active ? XR_TRUE : XR_FALSE;
        state->currentState = value->scalar;
        state->changedSinceLastSync = value->changed ? XR_TRUE : XR_FALSE;
        state->lastChangeTime = value->lastChange;
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL GetActionStateVector2f(XrSession session, const XrActionStateGetInfo* getInfo,
                                           XrActionStateVector2f* state) {
    return guarded(__func__, [&] {
        const ActionValue* value = nullptr;
        if (state == nullptr || state->type != XR_TYPE_ACTION_STATE_VECTOR2F) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        const XrResult result =
            findValue(session, getInfo, XR_ACTION_TYPE_VECTOR2F_INPUT, value, __func__);
        if (XR_FAILED(result)) {
            return result;
        }
        state->isActive = value->active ? XR_TRUE : XR_FALSE;
        state->currentState = value->vector;
        state->changedSinceLastSync = value->changed ? XR_TRUE : XR_FALSE;
        state->lastChangeTime = value->lastChange;
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL GetActionStatePose(XrSession session, const XrActionStateGetInfo* getInfo,
                                       XrActionStatePose* state) {
    return guarded(__func__, [&] {
        const ActionValue* value = nullptr;
        if (state == nullptr || state->type != XR_TYPE_ACTION_STATE_POSE) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        const XrResult result =
            findValue(session, getInfo, XR_ACTION_TYPE_POSE_INPUT, value, __func__);
        if (XR_FAILED(result)) {
            return result;
        }
        state->isActive = value->active ? XR_TRUE : XR_FALSE;
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL EnumerateBoundSourcesForAction(
    XrSession session, const XrBoundSourcesForActionEnumerateInfo* enumerateInfo, uint32_t capacity,
    uint32_t* count, XrPath* sources) {
    return guarded(__func__, [&] {
        const Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (enumerateInfo == nullptr ||
            enumerateInfo->type != XR_TYPE_BOUND_SOURCES_FOR_ACTION_ENUMERATE_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        const Action* action = lookup<Action>(enumerateInfo->action);
        if (action == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (!action->set->attached) {
            return misuse(__func__, XR_ERROR_ACTIONSET_NOT_ATTACHED, action->name.c_str());
        }
        std::vector<XrPath> paths;
        for (const BoundInput& input : action->inputs) {
            if (std::find(paths.begin(), paths.end(), input.path) == paths.end()) {
                paths.push_back(input.path);
            }
        }
        return twoCall(capacity, count, sources, paths);
    });
}

XrResult XRAPI_CALL GetInputSourceLocalizedName(XrSession session,
                                                const XrInputSourceLocalizedNameGetInfo* getInfo,
                                                uint32_t capacity, uint32_t* count, char* buffer) {
    return guarded(__func__, [&] {
        const Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (getInfo == nullptr || getInfo->type != XR_TYPE_INPUT_SOURCE_LOCALIZED_NAME_GET_INFO ||
            getInfo->whichComponents == 0) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (object->attachedSets.empty()) {
            return XR_ERROR_ACTIONSET_NOT_ATTACHED;
        }
        const std::string* source = pathString(*object->instance, getInfo->sourcePath);
        if (source == nullptr) {
            return XR_ERROR_PATH_INVALID;
        }
        const std::string* profile = pathString(*object->instance, object->currentProfile[0]);
        return twoCallString(capacity, count, buffer,
                             localizedName(*source, profile != nullptr ? *profile : std::string(),
                                           getInfo->whichComponents));
    });
}

XrResult XRAPI_CALL ApplyHapticFeedback(XrSession session,
                                        const XrHapticActionInfo* hapticActionInfo,
                                        const XrHapticBaseHeader* hapticFeedback) {
    return guarded(__func__, [&] {
        Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (hapticActionInfo == nullptr || hapticActionInfo->type != XR_TYPE_HAPTIC_ACTION_INFO ||
            hapticFeedback == nullptr || hapticFeedback->type != XR_TYPE_HAPTIC_VIBRATION) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        const Action* action = lookup<Action>(hapticActionInfo->action);
        if (action == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (action->actionType != XR_ACTION_TYPE_VIBRATION_OUTPUT) {
            return misuse(__func__, XR_ERROR_ACTION_TYPE_MISMATCH, action->name.c_str());
        }
        if (!action->set->attached) {
            return misuse(__func__, XR_ERROR_ACTIONSET_NOT_ATTACHED, action->name.c_str());
        }
        if (slotOf(*object->instance, *action, hapticActionInfo->subactionPath) < 0) {
            return XR_ERROR_PATH_UNSUPPORTED;
        }
        const auto* vibration = reinterpret_cast<const XrHapticVibration*>(hapticFeedback);
        const std::string* user = pathString(*object->instance, hapticActionInfo->subactionPath);
        ++object->counters.haptics;
        logInfo("haptic: action %s on %s, amplitude %.2f, duration %lld ns, frequency %.1f Hz",
                action->name.c_str(), user != nullptr ? user->c_str() : "(all)",
                static_cast<double>(vibration->amplitude),
                static_cast<long long>(vibration->duration),
                static_cast<double>(vibration->frequency));
        const std::string& dir = object->instance->config.captureDir;
        if (!dir.empty()) {
            std::ofstream log(dir + "/haptics.jsonl", std::ios::app);
            log << "{\"frame\":" << object->frameIndex << ",\"action\":\"" << action->name
                << "\",\"subaction\":\"" << (user != nullptr ? *user : std::string())
                << "\",\"amplitude\":" << vibration->amplitude
                << ",\"duration_ns\":" << vibration->duration
                << ",\"frequency\":" << vibration->frequency << "}\n";
        }
        return object->state == XR_SESSION_STATE_FOCUSED ? XR_SUCCESS : XR_SESSION_NOT_FOCUSED;
    });
}

XrResult XRAPI_CALL StopHapticFeedback(XrSession session,
                                       const XrHapticActionInfo* hapticActionInfo) {
    return guarded(__func__, [&] {
        const Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (hapticActionInfo == nullptr || hapticActionInfo->type != XR_TYPE_HAPTIC_ACTION_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        const Action* action = lookup<Action>(hapticActionInfo->action);
        if (action == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (action->actionType != XR_ACTION_TYPE_VIBRATION_OUTPUT) {
            return XR_ERROR_ACTION_TYPE_MISMATCH;
        }
        return XR_SUCCESS;
    });
}

}  // namespace xrviz::sim
