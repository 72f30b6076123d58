// Action sets, actions, suggested bindings, attach and the current interaction profile.
#include "api.h"
#include "log.h"
#include "paths.h"
#include "profiles.h"
#include "registry.h"
#include "session.h"

#include <algorithm>

namespace xrviz::sim {
namespace {

bool isValidName(const char* name) {
    if (name[0] == '\0') {
        return false;
    }
    for (const char* c = name; *c != '\0'; ++c) {
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-' || *c == '_' ||
              *c == '.')) {
            return false;
        }
    }
    return true;
}

}  // namespace

XrResult XRAPI_CALL CreateActionSet(XrInstance instance, const XrActionSetCreateInfo* createInfo,
                                    XrActionSet* actionSet) {
    return guarded(__func__, [&] {
        Instance* owner = lookup<Instance>(instance);
        if (owner == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (createInfo == nullptr || actionSet == nullptr ||
            createInfo->type != XR_TYPE_ACTION_SET_CREATE_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (createInfo->actionSetName[0] == '\0') {
            return XR_ERROR_NAME_INVALID;
        }
        if (!isValidName(createInfo->actionSetName)) {
            return misuse(__func__, XR_ERROR_PATH_FORMAT_INVALID, createInfo->actionSetName);
        }
        if (createInfo->localizedActionSetName[0] == '\0') {
            return XR_ERROR_LOCALIZED_NAME_INVALID;
        }
        for (const ActionSet* other : registry().childrenOf<ActionSet>(owner)) {
            if (other->name == createInfo->actionSetName) {
                return misuse(__func__, XR_ERROR_NAME_DUPLICATED, createInfo->actionSetName);
            }
            if (other->localizedName == createInfo->localizedActionSetName) {
                return XR_ERROR_LOCALIZED_NAME_DUPLICATED;
            }
        }
        auto created = std::make_unique<ActionSet>(owner);
        created->name = createInfo->actionSetName;
        created->localizedName = createInfo->localizedActionSetName;
        created->priority = createInfo->priority;
        *actionSet = toHandle<XrActionSet>(registry().add(std::move(created)));
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL DestroyActionSet(XrActionSet actionSet) {
    return guarded(__func__, [&] {
        ActionSet* object = lookup<ActionSet>(actionSet);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (Session* session = object->instance->session) {
            auto& sets = session->attachedSets;
            sets.erase(std::remove(sets.begin(), sets.end(), object), sets.end());
        }
        registry().destroy(object);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL CreateAction(XrActionSet actionSet, const XrActionCreateInfo* createInfo,
                                 XrAction* action) {
    return guarded(__func__, [&] {
        ActionSet* owner = lookup<ActionSet>(actionSet);
        if (owner == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (createInfo == nullptr || action == nullptr ||
            createInfo->type != XR_TYPE_ACTION_CREATE_INFO ||
            (createInfo->countSubactionPaths > 0 && createInfo->subactionPaths == nullptr)) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (owner->attached) {
            return misuse(__func__, XR_ERROR_ACTIONSETS_ALREADY_ATTACHED, "the set is attached");
        }
        switch (createInfo->actionType) {
            case XR_ACTION_TYPE_BOOLEAN_INPUT:
            case XR_ACTION_TYPE_FLOAT_INPUT:
            case XR_ACTION_TYPE_VECTOR2F_INPUT:
            case XR_ACTION_TYPE_POSE_INPUT:
            case XR_ACTION_TYPE_VIBRATION_OUTPUT:
                break;
            default:
                return XR_ERROR_VALIDATION_FAILURE;
        }
        if (createInfo->actionName[0] == '\0') {
            return XR_ERROR_NAME_INVALID;
        }
        if (!isValidName(createInfo->actionName)) {
            return misuse(__func__, XR_ERROR_PATH_FORMAT_INVALID, createInfo->actionName);
        }
        if (createInfo->localizedActionName[0] == '\0') {
            return XR_ERROR_LOCALIZED_NAME_INVALID;
        }
        for (const Action* other : registry().childrenOf<Action>(owner)) {
            if (other->name == createInfo->actionName) {
                return misuse(__func__, XR_ERROR_NAME_DUPLICATED, createInfo->actionName);
            }
            if (other->localizedName == createInfo->localizedActionName) {
                return XR_ERROR_LOCALIZED_NAME_DUPLICATED;
            }
        }
        std::vector<XrPath> subactions;
        for (uint32_t i = 0; i < createInfo->countSubactionPaths; ++i) {
            const XrPath path = createInfo->subactionPaths[i];
            const std::string* text = pathString(*owner->instance, path);
            if (text == nullptr) {
                return XR_ERROR_PATH_INVALID;
            }
            if (!isTopLevelUserPath(*text) ||
                std::find(subactions.begin(), subactions.end(), path) != subactions.end()) {
                return misuse(__func__, XR_ERROR_PATH_UNSUPPORTED, text->c_str());
            }
            subactions.push_back(path);
        }
        auto created = std::make_unique<Action>(owner);
        created->name = createInfo->actionName;
        created->localizedName = createInfo->localizedActionName;
        created->actionType = createInfo->actionType;
        created->subactionPaths = std::move(subactions);
        *action = toHandle<XrAction>(registry().add(std::move(created)));
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL DestroyAction(XrAction action) {
    return guarded(__func__, [&] {
        Action* object = lookup<Action>(action);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        registry().destroy(object);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL SuggestInteractionProfileBindings(
    XrInstance instance, const XrInteractionProfileSuggestedBinding* suggestedBindings) {
    return guarded(__func__, [&] {
        Instance* object = lookup<Instance>(instance);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (suggestedBindings == nullptr ||
            suggestedBindings->type != XR_TYPE_INTERACTION_PROFILE_SUGGESTED_BINDING ||
            suggestedBindings->countSuggestedBindings == 0 ||
            suggestedBindings->suggestedBindings == nullptr) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        const std::string* profile = pathString(*object, suggestedBindings->interactionProfile);
        if (profile == nullptr) {
            return XR_ERROR_PATH_INVALID;
        }
        if (!isKnownProfile(*profile)) {
            return misuse(__func__, XR_ERROR_PATH_UNSUPPORTED, profile->c_str());
        }
        // Bindings are fixed once any session has attached action sets.
        for (const ActionSet* set : registry().childrenOf<ActionSet>(object)) {
            if (set->attached) {
                return misuse(__func__, XR_ERROR_ACTIONSETS_ALREADY_ATTACHED,
                              "action sets are attached");
            }
        }
        std::vector<SuggestedBinding> bindings;
        for (uint32_t i = 0; i < suggestedBindings->countSuggestedBindings; ++i) {
            const XrActionSuggestedBinding& suggested = suggestedBindings->suggestedBindings[i];
            const Action* action = lookup<Action>(suggested.action);
            if (action == nullptr) {
                return XR_ERROR_HANDLE_INVALID;
            }
            const std::string* binding = pathString(*object, suggested.binding);
            if (binding == nullptr) {
                return XR_ERROR_PATH_INVALID;
            }
            if (!isSupportedBinding(*profile, *binding)) {
                logInfo("xrSuggestInteractionProfileBindings: %s is not in %s", binding->c_str(),
                        profile->c_str());
                return XR_ERROR_PATH_UNSUPPORTED;
            }
            bindings.push_back({suggested.action, suggested.binding});
        }
        object->suggestedBindings[suggestedBindings->interactionProfile] = std::move(bindings);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL AttachSessionActionSets(XrSession session,
                                            const XrSessionActionSetsAttachInfo* attachInfo) {
    return guarded(__func__, [&] {
        Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (attachInfo == nullptr || attachInfo->type != XR_TYPE_SESSION_ACTION_SETS_ATTACH_INFO ||
            attachInfo->countActionSets == 0 || attachInfo->actionSets == nullptr) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (!object->attachedSets.empty()) {
            return misuse(__func__, XR_ERROR_ACTIONSETS_ALREADY_ATTACHED, "attach happens once");
        }
        std::vector<ActionSet*> sets;
        for (uint32_t i = 0; i < attachInfo->countActionSets; ++i) {
            ActionSet* set = lookup<ActionSet>(attachInfo->actionSets[i]);
            if (set == nullptr) {
                return XR_ERROR_HANDLE_INVALID;
            }
            sets.push_back(set);
        }
        Instance& instance = *object->instance;
        // The current profile: the first of the configured ones the app suggested.
        XrPath chosen = XR_NULL_PATH;
        for (const std::string& profile : instance.config.profiles) {
            const auto found = instance.pathIds.find(profile);
            if (found != instance.pathIds.end() &&
                instance.suggestedBindings.count(found->second)) {
                chosen = found->second;
                break;
            }
        }
        for (ActionSet* set : sets) {
            set->attached = true;
            for (Action* action : registry().childrenOf<Action>(set)) {
                action->inputs.clear();
                action->values = {};
                if (chosen == XR_NULL_PATH) {
                    continue;
                }
                for (const SuggestedBinding& binding : instance.suggestedBindings[chosen]) {
                    if (binding.action != toHandle<XrAction>(action)) {
                        continue;
                    }
                    if (auto input =
                            parseBinding(binding.binding, *pathString(instance, binding.binding))) {
                        action->inputs.push_back(*input);
                    }
                }
            }
        }
        object->attachedSets = sets;
        object->currentProfile = {chosen, chosen};
        const std::string* name = pathString(instance, chosen);
        logInfo("action sets attached; interaction profile %s",
                name != nullptr ? name->c_str() : "(none suggested)");
        if (chosen != XR_NULL_PATH) {
            XrEventDataInteractionProfileChanged event{
                XR_TYPE_EVENT_DATA_INTERACTION_PROFILE_CHANGED};
            event.session = session;
            pushEvent(instance, event);
        }
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL GetCurrentInteractionProfile(XrSession session, XrPath topLevelUserPath,
                                                 XrInteractionProfileState* profile) {
    return guarded(__func__, [&] {
        const Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (profile == nullptr || profile->type != XR_TYPE_INTERACTION_PROFILE_STATE) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (object->attachedSets.empty()) {
            return misuse(__func__, XR_ERROR_ACTIONSET_NOT_ATTACHED, "attach first");
        }
        const std::string* path = pathString(*object->instance, topLevelUserPath);
        if (path == nullptr) {
            return XR_ERROR_PATH_INVALID;
        }
        if (!isTopLevelUserPath(*path)) {
            return XR_ERROR_PATH_UNSUPPORTED;
        }
        profile->interactionProfile = *path == "/user/hand/left"    ? object->currentProfile[0]
                                      : *path == "/user/hand/right" ? object->currentProfile[1]
                                                                    : XR_NULL_PATH;
        return XR_SUCCESS;
    });
}

}  // namespace xrviz::sim
