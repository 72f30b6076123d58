// Action states and action spaces driven by the script's controller keyframes.
#include "sim_fixture.h"

namespace xrviz::sim::test {
namespace {

class ActionsTest : public SimTest {
protected:
    XrAction createAction(const char* name, XrActionType type) {
        XrActionCreateInfo info{XR_TYPE_ACTION_CREATE_INFO};
        info.actionType = type;
        std::snprintf(info.actionName, sizeof(info.actionName), "%s", name);
        std::snprintf(info.localizedActionName, sizeof(info.localizedActionName), "%s", name);
        info.countSubactionPaths = 2;
        info.subactionPaths = hands_;
        XrAction action = XR_NULL_HANDLE;
        EXPECT_EQ(xrCreateAction(set_, &info, &action), XR_SUCCESS) << name;
        return action;
    }

    void setUpActions(const char* profile) {
        createSession();
        hands_[0] = path("/user/hand/left");
        hands_[1] = path("/user/hand/right");
        XrActionSetCreateInfo setInfo{XR_TYPE_ACTION_SET_CREATE_INFO};
        std::snprintf(setInfo.actionSetName, sizeof(setInfo.actionSetName), "test");
        std::snprintf(setInfo.localizedActionSetName, sizeof(setInfo.localizedActionSetName),
                      "Test");
        ASSERT_EQ(xrCreateActionSet(instance_, &setInfo, &set_), XR_SUCCESS);
        select_ = createAction("select", XR_ACTION_TYPE_BOOLEAN_INPUT);
        trigger_ = createAction("trigger", XR_ACTION_TYPE_FLOAT_INPUT);
        stick_ = createAction("stick", XR_ACTION_TYPE_VECTOR2F_INPUT);
        grip_ = createAction("grip", XR_ACTION_TYPE_POSE_INPUT);
        haptic_ = createAction("haptic", XR_ACTION_TYPE_VIBRATION_OUTPUT);
        std::vector<XrActionSuggestedBinding> bindings{
            {select_, path("/user/hand/right/input/a/click")},
            {trigger_, path("/user/hand/left/input/trigger/value")},
            {trigger_, path("/user/hand/right/input/trigger/value")},
            {stick_, path("/user/hand/right/input/thumbstick")},
            {grip_, path("/user/hand/left/input/grip/pose")},
            {grip_, path("/user/hand/right/input/grip/pose")},
            {haptic_, path("/user/hand/right/output/haptic")},
        };
        XrInteractionProfileSuggestedBinding suggested{
            XR_TYPE_INTERACTION_PROFILE_SUGGESTED_BINDING};
        suggested.interactionProfile = path(profile);
        suggested.countSuggestedBindings = static_cast<uint32_t>(bindings.size());
        suggested.suggestedBindings = bindings.data();
        ASSERT_EQ(xrSuggestInteractionProfileBindings(instance_, &suggested), XR_SUCCESS);
        XrSessionActionSetsAttachInfo attach{XR_TYPE_SESSION_ACTION_SETS_ATTACH_INFO};
        attach.countActionSets = 1;
        attach.actionSets = &set_;
        ASSERT_EQ(xrAttachSessionActionSets(session_, &attach), XR_SUCCESS);
        beginSession();
    }

    XrResult sync() {
        XrActiveActionSet active{set_, XR_NULL_PATH};
        XrActionsSyncInfo info{XR_TYPE_ACTIONS_SYNC_INFO};
        info.countActiveActionSets = 1;
        info.activeActionSets = &active;
        return xrSyncActions(session_, &info);
    }

    XrActionStateGetInfo get(XrAction action, XrPath subaction = XR_NULL_PATH) {
        XrActionStateGetInfo info{XR_TYPE_ACTION_STATE_GET_INFO};
        info.action = action;
        info.subactionPath = subaction;
        return info;
    }

    XrPath hands_[2]{};
    XrActionSet set_ = XR_NULL_HANDLE;
    XrAction select_ = XR_NULL_HANDLE;
    XrAction trigger_ = XR_NULL_HANDLE;
    XrAction stick_ = XR_NULL_HANDLE;
    XrAction grip_ = XR_NULL_HANDLE;
    XrAction haptic_ = XR_NULL_HANDLE;
};

// Keyframes at 90 Hz: frame 0 is t = 0, frame 45 is t = 0.5 s.
constexpr const char* kScript = R"({
  "keyframes": [
    {"t": 0, "left": {"trigger": 0.0, "grip": {"position": [-0.2, 1.0, -0.3]}},
             "right": {"trigger": 0.0, "thumbstick": [0, 0], "buttons": {"a": false}}},
    {"t": 1, "left": {"trigger": 1.0, "grip": {"position": [-0.2, 2.0, -0.3]}},
             "right": {"trigger": 0.5, "thumbstick": [1, -1], "buttons": {"a": true}}}
  ]})";

TEST_F(ActionsTest, StatesFollowTheScript) {
    useScript(kScript);
    setUpActions("/interaction_profiles/oculus/touch_controller");
    EXPECT_EQ(sync(), XR_SESSION_NOT_FOCUSED);  // not focused before the first frame
    emptyFrame();
    pollStates();
    XR_ASSERT_OK(sync());  // frame 0: t = 0

    XrActionStateFloat trigger{XR_TYPE_ACTION_STATE_FLOAT};
    auto info = get(trigger_, hands_[0]);
    XR_ASSERT_OK(xrGetActionStateFloat(session_, &info, &trigger));
    EXPECT_TRUE(trigger.isActive);
    EXPECT_NEAR(trigger.currentState, 0.0f, 1e-3f);

    for (int i = 0; i < 45; ++i) {
        emptyFrame();
    }
    XR_ASSERT_OK(sync());  // frame 45: t = 0.5 s
    XR_ASSERT_OK(xrGetActionStateFloat(session_, &info, &trigger));
    EXPECT_NEAR(trigger.currentState, 0.5f, 1e-3f);
    EXPECT_TRUE(trigger.changedSinceLastSync);
    auto right = get(trigger_, hands_[1]);
    XR_ASSERT_OK(xrGetActionStateFloat(session_, &right, &trigger));
    EXPECT_NEAR(trigger.currentState, 0.25f, 1e-3f);
    auto any = get(trigger_);
    XR_ASSERT_OK(xrGetActionStateFloat(session_, &any, &trigger));
    EXPECT_NEAR(trigger.currentState, 0.5f, 1e-3f);  // the larger of both hands

    XrActionStateVector2f stick{XR_TYPE_ACTION_STATE_VECTOR2F};
    auto stickInfo = get(stick_);
    XR_ASSERT_OK(xrGetActionStateVector2f(session_, &stickInfo, &stick));
    EXPECT_NEAR(stick.currentState.x, 0.5f, 1e-3f);
    EXPECT_NEAR(stick.currentState.y, -0.5f, 1e-3f);

    XrActionStateBoolean select{XR_TYPE_ACTION_STATE_BOOLEAN};
    auto selectInfo = get(select_);
    XR_ASSERT_OK(xrGetActionStateBoolean(session_, &selectInfo, &select));
    EXPECT_FALSE(select.currentState);  // buttons step: still the t = 0 value
    for (int i = 0; i < 50; ++i) {
        emptyFrame();
    }
    XR_ASSERT_OK(sync());  // past t = 1
    XR_ASSERT_OK(xrGetActionStateBoolean(session_, &selectInfo, &select));
    EXPECT_TRUE(select.isActive);
    EXPECT_TRUE(select.currentState);
    EXPECT_TRUE(select.changedSinceLastSync);

    XrActionStatePose pose{XR_TYPE_ACTION_STATE_POSE};
    auto poseInfo = get(grip_, hands_[0]);
    XR_ASSERT_OK(xrGetActionStatePose(session_, &poseInfo, &pose));
    EXPECT_TRUE(pose.isActive);

    XrInteractionProfileState profile{XR_TYPE_INTERACTION_PROFILE_STATE};
    XR_ASSERT_OK(xrGetCurrentInteractionProfile(session_, hands_[0], &profile));
    EXPECT_EQ(profile.interactionProfile, path("/interaction_profiles/oculus/touch_controller"));

    XrHapticVibration vibration{XR_TYPE_HAPTIC_VIBRATION};
    vibration.amplitude = 0.5f;
    vibration.duration = XR_MIN_HAPTIC_DURATION;
    XrHapticActionInfo hapticInfo{XR_TYPE_HAPTIC_ACTION_INFO};
    hapticInfo.action = haptic_;
    hapticInfo.subactionPath = hands_[1];
    XR_EXPECT_OK(xrApplyHapticFeedback(session_, &hapticInfo,
                                       reinterpret_cast<XrHapticBaseHeader*>(&vibration)));
    hapticInfo.action = trigger_;
    EXPECT_EQ(xrApplyHapticFeedback(session_, &hapticInfo,
                                    reinterpret_cast<XrHapticBaseHeader*>(&vibration)),
              XR_ERROR_ACTION_TYPE_MISMATCH);
}

TEST_F(ActionsTest, ActionSpaceFollowsTheScriptedGrip) {
    useScript(kScript);
    setUpActions("/interaction_profiles/oculus/touch_controller");
    const XrFrameState frame = waitFrame();
    XrActionSpaceCreateInfo info{XR_TYPE_ACTION_SPACE_CREATE_INFO};
    info.action = grip_;
    info.subactionPath = hands_[0];
    info.poseInActionSpace.orientation.w = 1;
    XrSpace grip = XR_NULL_HANDLE;
    XR_ASSERT_OK(xrCreateActionSpace(session_, &info, &grip));
    XrReferenceSpaceCreateInfo stageInfo{XR_TYPE_REFERENCE_SPACE_CREATE_INFO};
    stageInfo.referenceSpaceType = XR_REFERENCE_SPACE_TYPE_STAGE;
    stageInfo.poseInReferenceSpace.orientation.w = 1;
    XrSpace stage = XR_NULL_HANDLE;
    XR_ASSERT_OK(xrCreateReferenceSpace(session_, &stageInfo, &stage));

    XrSpaceLocation location{XR_TYPE_SPACE_LOCATION};
    XR_ASSERT_OK(xrLocateSpace(grip, stage, frame.predictedDisplayTime + 250000000, &location));
    EXPECT_NE(location.locationFlags & XR_SPACE_LOCATION_POSITION_VALID_BIT, 0u);
    EXPECT_NEAR(location.pose.position.x, -0.2f, 1e-4f);
    EXPECT_NEAR(location.pose.position.y, 1.25f, 1e-4f);  // a quarter of the way up
}

TEST_F(ActionsTest, SimpleControllerSelectFollowsTheTrigger) {
    useScript(
        R"({"config": {"interaction_profiles": ["/interaction_profiles/khr/simple_controller"]},
                  "keyframes": [{"t": 0, "right": {"trigger": 1.0}}]})");
    createSession();
    const XrPath right = path("/user/hand/right");
    XrActionSetCreateInfo setInfo{XR_TYPE_ACTION_SET_CREATE_INFO};
    std::snprintf(setInfo.actionSetName, sizeof(setInfo.actionSetName), "simple");
    std::snprintf(setInfo.localizedActionSetName, sizeof(setInfo.localizedActionSetName), "Simple");
    XR_ASSERT_OK(xrCreateActionSet(instance_, &setInfo, &set_));
    XrActionCreateInfo actionInfo{XR_TYPE_ACTION_CREATE_INFO};
    actionInfo.actionType = XR_ACTION_TYPE_BOOLEAN_INPUT;
    std::snprintf(actionInfo.actionName, sizeof(actionInfo.actionName), "select");
    std::snprintf(actionInfo.localizedActionName, sizeof(actionInfo.localizedActionName), "Select");
    XR_ASSERT_OK(xrCreateAction(set_, &actionInfo, &select_));
    XrActionSuggestedBinding binding{select_, path("/user/hand/right/input/select/click")};
    XrInteractionProfileSuggestedBinding suggested{XR_TYPE_INTERACTION_PROFILE_SUGGESTED_BINDING};
    suggested.interactionProfile = path("/interaction_profiles/khr/simple_controller");
    suggested.countSuggestedBindings = 1;
    suggested.suggestedBindings = &binding;
    XR_ASSERT_OK(xrSuggestInteractionProfileBindings(instance_, &suggested));
    XrSessionActionSetsAttachInfo attach{XR_TYPE_SESSION_ACTION_SETS_ATTACH_INFO};
    attach.countActionSets = 1;
    attach.actionSets = &set_;
    XR_ASSERT_OK(xrAttachSessionActionSets(session_, &attach));
    beginSession();
    emptyFrame();
    XR_ASSERT_OK(sync());
    XrActionStateBoolean state{XR_TYPE_ACTION_STATE_BOOLEAN};
    auto info = get(select_);
    XR_ASSERT_OK(xrGetActionStateBoolean(session_, &info, &state));
    EXPECT_TRUE(state.isActive);
    EXPECT_TRUE(state.currentState);
    XrInteractionProfileState profile{XR_TYPE_INTERACTION_PROFILE_STATE};
    XR_ASSERT_OK(xrGetCurrentInteractionProfile(session_, right, &profile));
    EXPECT_EQ(profile.interactionProfile, path("/interaction_profiles/khr/simple_controller"));
}

}  // namespace
}  // namespace xrviz::sim::test
