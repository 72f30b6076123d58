#include "xr/controllers.h"

#include <cstring>
#include <string>
#include <vector>

#include "xr/check.h"

namespace xrviz::xr {
namespace {

XrPath to_path(XrInstance instance, const char* text) {
    XrPath path = XR_NULL_PATH;
    XRVIZ_XR_CHECK(xrStringToPath(instance, text, &path), text);
    return path;
}

XrAction create_action(XrActionSet set, XrActionType type, const char* name, const char* localized,
                       const std::array<XrPath, 2>& hands) {
    XrActionCreateInfo info{.type = XR_TYPE_ACTION_CREATE_INFO,
                            .actionType = type,
                            .countSubactionPaths = 2,
                            .subactionPaths = hands.data()};
    std::strncpy(info.actionName, name, XR_MAX_ACTION_NAME_SIZE - 1);
    std::strncpy(info.localizedActionName, localized, XR_MAX_LOCALIZED_ACTION_NAME_SIZE - 1);
    XrAction action = XR_NULL_HANDLE;
    XRVIZ_XR_CHECK(xrCreateAction(set, &info, &action), name);
    return action;
}

}  // namespace

Controllers::Controllers(XrInstance instance, XrSession session) : session_(session) {
    XrActionSetCreateInfo set_info{.type = XR_TYPE_ACTION_SET_CREATE_INFO, .priority = 0};
    std::strncpy(set_info.actionSetName, "pointers", XR_MAX_ACTION_SET_NAME_SIZE - 1);
    std::strncpy(set_info.localizedActionSetName, "Pointers",
                 XR_MAX_LOCALIZED_ACTION_SET_NAME_SIZE - 1);
    XrActionSet set = XR_NULL_HANDLE;
    XRVIZ_XR_CHECK(xrCreateActionSet(instance, &set_info, &set), "action set 'pointers'");
    set_ = UniqueActionSet(set);
    hand_paths_ = {to_path(instance, "/user/hand/left"), to_path(instance, "/user/hand/right")};
    aim_ = create_action(set, XR_ACTION_TYPE_POSE_INPUT, "aim", "Aim", hand_paths_);
    select_ = create_action(set, XR_ACTION_TYPE_BOOLEAN_INPUT, "select", "Select", hand_paths_);

    const std::vector<XrActionSuggestedBinding> bindings{
        {aim_, to_path(instance, "/user/hand/left/input/aim/pose")},
        {aim_, to_path(instance, "/user/hand/right/input/aim/pose")},
        {select_, to_path(instance, "/user/hand/left/input/select/click")},
        {select_, to_path(instance, "/user/hand/right/input/select/click")},
    };
    const XrInteractionProfileSuggestedBinding suggested{
        .type = XR_TYPE_INTERACTION_PROFILE_SUGGESTED_BINDING,
        .interactionProfile = to_path(instance, "/interaction_profiles/khr/simple_controller"),
        .countSuggestedBindings = static_cast<std::uint32_t>(bindings.size()),
        .suggestedBindings = bindings.data(),
    };
    XRVIZ_XR_CHECK(xrSuggestInteractionProfileBindings(instance, &suggested),
                   "simple controller bindings");
    const XrSessionActionSetsAttachInfo attach{
        .type = XR_TYPE_SESSION_ACTION_SETS_ATTACH_INFO, .countActionSets = 1, .actionSets = &set};
    XRVIZ_XR_CHECK(xrAttachSessionActionSets(session, &attach), "action set 'pointers'");
    for (std::size_t hand = 0; hand < 2; ++hand) {
        const XrActionSpaceCreateInfo info{.type = XR_TYPE_ACTION_SPACE_CREATE_INFO,
                                           .action = aim_,
                                           .subactionPath = hand_paths_[hand],
                                           .poseInActionSpace = {{0, 0, 0, 1}, {0, 0, 0}}};
        XrSpace space = XR_NULL_HANDLE;
        XRVIZ_XR_CHECK(xrCreateActionSpace(session, &info, &space), "aim space");
        aim_spaces_[hand] = UniqueSpace(space);
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
        XrSpaceLocation location{.type = XR_TYPE_SPACE_LOCATION};
        XRVIZ_XR_CHECK(xrLocateSpace(aim_spaces_[hand].get(), base, time, &location), "aim pose");
        const XrSpaceLocationFlags valid =
            XR_SPACE_LOCATION_POSITION_VALID_BIT | XR_SPACE_LOCATION_ORIENTATION_VALID_BIT;
        hands[hand].tracked = (location.locationFlags & valid) == valid;
        hands[hand].aim = location.pose;
        const XrActionStateGetInfo get{.type = XR_TYPE_ACTION_STATE_GET_INFO,
                                       .action = select_,
                                       .subactionPath = hand_paths_[hand]};
        XrActionStateBoolean state{.type = XR_TYPE_ACTION_STATE_BOOLEAN};
        XRVIZ_XR_CHECK(xrGetActionStateBoolean(session_, &get, &state), "select");
        hands[hand].select = state.isActive && state.currentState;
    }
    return true;
}

}  // namespace xrviz::xr
