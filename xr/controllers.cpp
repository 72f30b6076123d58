#include "xr/controllers.h"

#include <cstring>
#include <string>
#include <vector>

#include "xr/check.h"

namespace xrviz::xr {
namespace {

XrPath to_path(XrInstance instance, const std::string& text) {
    XrPath path = XR_NULL_PATH;
    XRVIZ_XR_CHECK(xrStringToPath(instance, text.c_str(), &path), text);
    return path;
}

UniqueAction create_action(XrActionSet set, XrActionType type, const char* name, const char* localized,
                       const std::array<XrPath, 2>& hands) {
    XrActionCreateInfo info{.type = XR_TYPE_ACTION_CREATE_INFO,
                            .actionType = type,
                            .countSubactionPaths = 2,
                            .subactionPaths = hands.data()};
    std::strncpy(info.actionName, name, XR_MAX_ACTION_NAME_SIZE - 1);
    std::strncpy(info.localizedActionName, localized, XR_MAX_LOCALIZED_ACTION_NAME_SIZE - 1);
    XrAction action = XR_NULL_HANDLE;
    XRVIZ_XR_CHECK(xrCreateAction(set, &info, &action), name);
    return UniqueAction(action);
}

// Where each action sits on one controller, per hand ([0] left, [1] right); nullptr where
// the controller has no such input. A boolean action bound to a `/value` is thresholded
// by the runtime.
struct ProfileBindings {
    const char* profile;
    const char* select;
    const char* grab;
    std::array<const char*, 2> menu;
    const char* thumbstick;
};

constexpr std::array kProfiles{
    ProfileBindings{"khr/simple_controller", "input/select/click", nullptr,
                    {"input/menu/click", "input/menu/click"}, nullptr},
    // Touch has a menu button on the left only; B stands in on the right.
    ProfileBindings{"oculus/touch_controller", "input/trigger/value", "input/squeeze/value",
                    {"input/menu/click", "input/b/click"}, "input/thumbstick"},
    ProfileBindings{"valve/index_controller", "input/trigger/click", "input/squeeze/value",
                    {"input/b/click", "input/b/click"}, "input/thumbstick"},
    ProfileBindings{"htc/vive_controller", "input/trigger/click", "input/squeeze/click",
                    {"input/menu/click", "input/menu/click"}, "input/trackpad"},
    ProfileBindings{"microsoft/motion_controller", "input/trigger/value", "input/squeeze/click",
                    {"input/menu/click", "input/menu/click"}, "input/thumbstick"},
};

UniqueSpace action_space(XrSession session, XrAction action, XrPath hand, const char* what) {
    const XrActionSpaceCreateInfo info{.type = XR_TYPE_ACTION_SPACE_CREATE_INFO,
                                       .action = action,
                                       .subactionPath = hand,
                                       .poseInActionSpace = {{0, 0, 0, 1}, {0, 0, 0}}};
    XrSpace space = XR_NULL_HANDLE;
    XRVIZ_XR_CHECK(xrCreateActionSpace(session, &info, &space), what);
    return UniqueSpace(space);
}

bool locate(XrSpace space, XrSpace base, XrTime time, XrPosef& pose, const char* what) {
    XrSpaceLocation location{.type = XR_TYPE_SPACE_LOCATION};
    XRVIZ_XR_CHECK(xrLocateSpace(space, base, time, &location), what);
    const XrSpaceLocationFlags valid =
        XR_SPACE_LOCATION_POSITION_VALID_BIT | XR_SPACE_LOCATION_ORIENTATION_VALID_BIT;
    pose = location.pose;
    return (location.locationFlags & valid) == valid;
}

}  // namespace

Controllers::Controllers(XrInstance instance, XrSession session)
    : instance_(instance), session_(session) {
    XrActionSetCreateInfo set_info{.type = XR_TYPE_ACTION_SET_CREATE_INFO, .priority = 0};
    std::strncpy(set_info.actionSetName, "pointers", XR_MAX_ACTION_SET_NAME_SIZE - 1);
    std::strncpy(set_info.localizedActionSetName, "Pointers",
                 XR_MAX_LOCALIZED_ACTION_SET_NAME_SIZE - 1);
    XrActionSet set = XR_NULL_HANDLE;
    XRVIZ_XR_CHECK(xrCreateActionSet(instance, &set_info, &set), "action set 'pointers'");
    set_ = UniqueActionSet(set);
    hand_paths_ = {to_path(instance, "/user/hand/left"), to_path(instance, "/user/hand/right")};
    aim_ = create_action(set, XR_ACTION_TYPE_POSE_INPUT, "aim", "Aim", hand_paths_);
    grip_ = create_action(set, XR_ACTION_TYPE_POSE_INPUT, "grip", "Grip", hand_paths_);
    select_ = create_action(set, XR_ACTION_TYPE_BOOLEAN_INPUT, "select", "Select", hand_paths_);
    grab_ = create_action(set, XR_ACTION_TYPE_BOOLEAN_INPUT, "grab", "Grab", hand_paths_);
    menu_ = create_action(set, XR_ACTION_TYPE_BOOLEAN_INPUT, "menu", "Menu", hand_paths_);
    thumbstick_ =
        create_action(set, XR_ACTION_TYPE_VECTOR2F_INPUT, "thumbstick", "Thumbstick", hand_paths_);
    haptic_ = create_action(set, XR_ACTION_TYPE_VIBRATION_OUTPUT, "haptic", "Haptic", hand_paths_);

    for (const ProfileBindings& profile : kProfiles) {
        std::vector<XrActionSuggestedBinding> bindings;
        for (std::size_t hand = 0; hand < 2; ++hand) {
            const std::string user = hand == 0 ? "/user/hand/left/" : "/user/hand/right/";
            const auto bind = [&](const UniqueAction& action, const char* component) {
                if (component != nullptr)
                    bindings.push_back({action.get(), to_path(instance, user + component)});
            };
            bind(aim_, "input/aim/pose");
            bind(grip_, "input/grip/pose");
            bind(select_, profile.select);
            bind(grab_, profile.grab);
            bind(menu_, profile.menu[hand]);
            bind(thumbstick_, profile.thumbstick);
            bind(haptic_, "output/haptic");
        }
        const std::string name = std::string("/interaction_profiles/") + profile.profile;
        const XrInteractionProfileSuggestedBinding suggested{
            .type = XR_TYPE_INTERACTION_PROFILE_SUGGESTED_BINDING,
            .interactionProfile = to_path(instance, name),
            .countSuggestedBindings = static_cast<std::uint32_t>(bindings.size()),
            .suggestedBindings = bindings.data(),
        };
        XRVIZ_XR_CHECK(xrSuggestInteractionProfileBindings(instance, &suggested),
                       (name + " bindings").c_str());
    }
    const XrSessionActionSetsAttachInfo attach{
        .type = XR_TYPE_SESSION_ACTION_SETS_ATTACH_INFO, .countActionSets = 1, .actionSets = &set};
    XRVIZ_XR_CHECK(xrAttachSessionActionSets(session, &attach), "action set 'pointers'");
    for (std::size_t hand = 0; hand < 2; ++hand) {
        aim_spaces_[hand] = action_space(session, aim_.get(), hand_paths_[hand], "aim space");
        grip_spaces_[hand] = action_space(session, grip_.get(), hand_paths_[hand], "grip space");
    }
}

bool Controllers::sync(XrSpace base, XrTime time, std::array<Hand, 2>& hands) {
    hands = {};
    const XrActiveActionSet active{set_.get(), XR_NULL_PATH};
    const XrActionsSyncInfo sync_info{
        .type = XR_TYPE_ACTIONS_SYNC_INFO, .countActiveActionSets = 1, .activeActionSets = &active};
    if (XRVIZ_XR_CHECK(xrSyncActions(session_, &sync_info), "action set 'pointers'") ==
        XR_SESSION_NOT_FOCUSED) {
        return false;
    }
    for (std::size_t hand = 0; hand < 2; ++hand) {
        Hand& h = hands[hand];
        h.tracked = locate(aim_spaces_[hand].get(), base, time, h.aim, "aim pose");
        h.grip_tracked = locate(grip_spaces_[hand].get(), base, time, h.grip, "grip pose");
        const auto boolean = [&](const UniqueAction& action, const char* what) {
            const XrActionStateGetInfo get{.type = XR_TYPE_ACTION_STATE_GET_INFO,
                                           .action = action.get(),
                                           .subactionPath = hand_paths_[hand]};
            XrActionStateBoolean state{.type = XR_TYPE_ACTION_STATE_BOOLEAN};
            XRVIZ_XR_CHECK(xrGetActionStateBoolean(session_, &get, &state), what);
            return state.isActive && state.currentState;
        };
        h.select = boolean(select_, "select");
        h.grab = boolean(grab_, "grab");
        h.menu = boolean(menu_, "menu");
        const XrActionStateGetInfo get{.type = XR_TYPE_ACTION_STATE_GET_INFO,
                                       .action = thumbstick_.get(),
                                       .subactionPath = hand_paths_[hand]};
        XrActionStateVector2f stick{.type = XR_TYPE_ACTION_STATE_VECTOR2F};
        XRVIZ_XR_CHECK(xrGetActionStateVector2f(session_, &get, &stick), "thumbstick");
        if (stick.isActive) h.thumbstick = stick.currentState;
    }
    return true;
}

void Controllers::pulse(std::size_t hand, float seconds, float amplitude) {
    const XrHapticVibration vibration{
        .type = XR_TYPE_HAPTIC_VIBRATION,
        .duration = static_cast<XrDuration>(seconds * 1e9f),
        .frequency = XR_FREQUENCY_UNSPECIFIED,
        .amplitude = amplitude,
    };
    const XrHapticActionInfo info{.type = XR_TYPE_HAPTIC_ACTION_INFO,
                                  .action = haptic_.get(),
                                  .subactionPath = hand_paths_.at(hand)};
    XRVIZ_XR_CHECK(xrApplyHapticFeedback(session_, &info,
                                         reinterpret_cast<const XrHapticBaseHeader*>(&vibration)),
                   "haptic pulse");
}

std::string Controllers::current_profile() const {
    XrInteractionProfileState state{.type = XR_TYPE_INTERACTION_PROFILE_STATE};
    XRVIZ_XR_CHECK(xrGetCurrentInteractionProfile(session_, hand_paths_[1], &state),
                   "current interaction profile");
    if (state.interactionProfile == XR_NULL_PATH) return {};
    char buffer[XR_MAX_PATH_LENGTH];
    std::uint32_t length = 0;
    XRVIZ_XR_CHECK(
        xrPathToString(instance_, state.interactionProfile, sizeof(buffer), &length, buffer),
        "interaction profile path");
    return std::string(buffer);
}

}  // namespace xrviz::xr
