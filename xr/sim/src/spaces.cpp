// Reference spaces (view, local, stage with bounds), action spaces, xrLocateSpace and
// xrLocateViews with the configured IPD.
#include "spaces.h"

#include "api.h"
#include "paths.h"
#include "pose_math.h"
#include "registry.h"
#include "session.h"

#include <algorithm>

namespace xrviz::sim {
namespace {

constexpr XrSpaceLocationFlags kTracked =
    XR_SPACE_LOCATION_ORIENTATION_VALID_BIT | XR_SPACE_LOCATION_POSITION_VALID_BIT |
    XR_SPACE_LOCATION_ORIENTATION_TRACKED_BIT | XR_SPACE_LOCATION_POSITION_TRACKED_BIT;

bool isReferenceSpace(XrReferenceSpaceType type) {
    return type == XR_REFERENCE_SPACE_TYPE_VIEW || type == XR_REFERENCE_SPACE_TYPE_LOCAL ||
           type == XR_REFERENCE_SPACE_TYPE_STAGE;
}

// LOCAL: at the head's starting position, facing the stage's -Z, gravity aligned.
XrPosef localOrigin(const Session& session) {
    const XrPosef head = session.instance->script.sample(0.0).head;
    return {{0, 0, 0, 1}, head.position};
}

std::optional<XrPosef> handPose(const Session& session, const Action& action, XrPath subaction,
                                XrTime time) {
    if (!action.set->attached) {
        return std::nullopt;
    }
    const TrackingSample sample = trackingAt(session, time);
    for (const BoundInput& input : action.inputs) {
        if (subaction != XR_NULL_PATH) {
            const std::string* side = pathString(*session.instance, subaction);
            const char* wanted = input.hand == 0 ? "/user/hand/left" : "/user/hand/right";
            if (side == nullptr || *side != wanted) {
                continue;
            }
        }
        const HandState& hand = sample.hands[static_cast<size_t>(input.hand)];
        if (!hand.tracked) {
            continue;
        }
        if (input.identifier == "grip") {
            return hand.grip;
        }
        if (input.identifier == "aim") {
            return hand.aim;
        }
    }
    return std::nullopt;
}

}  // namespace

Space::Space(Session* owner) : Object(kType, owner), session(owner) {}

std::optional<XrPosef> stageFromSpace(const Space& space, XrTime time) {
    const Session& session = *space.session;
    std::optional<XrPosef> origin;
    if (space.reference) {
        switch (*space.reference) {
            case XR_REFERENCE_SPACE_TYPE_VIEW:
                origin = trackingAt(session, time).head;
                break;
            case XR_REFERENCE_SPACE_TYPE_LOCAL:
                origin = localOrigin(session);
                break;
            default:
                origin = identityPose();
                break;
        }
    } else if (const Action* action = lookup<Action>(space.action)) {
        origin = handPose(session, *action, space.subactionPath, time);
    }
    if (!origin) {
        return std::nullopt;
    }
    return compose(*origin, space.offset);
}

XrResult XRAPI_CALL EnumerateReferenceSpaces(XrSession session, uint32_t capacity, uint32_t* count,
                                             XrReferenceSpaceType* spaces) {
    return guarded(__func__, [&] {
        if (lookup<Session>(session) == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        return twoCall(capacity, count, spaces,
                       std::vector<XrReferenceSpaceType>{XR_REFERENCE_SPACE_TYPE_VIEW,
                                                         XR_REFERENCE_SPACE_TYPE_LOCAL,
                                                         XR_REFERENCE_SPACE_TYPE_STAGE});
    });
}

XrResult XRAPI_CALL CreateReferenceSpace(XrSession session,
                                         const XrReferenceSpaceCreateInfo* createInfo,
                                         XrSpace* space) {
    return guarded(__func__, [&] {
        Session* owner = lookup<Session>(session);
        if (owner == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (createInfo == nullptr || space == nullptr ||
            createInfo->type != XR_TYPE_REFERENCE_SPACE_CREATE_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (!isReferenceSpace(createInfo->referenceSpaceType)) {
            return misuse(__func__, XR_ERROR_REFERENCE_SPACE_UNSUPPORTED, "not offered");
        }
        if (!isUnitQuaternion(createInfo->poseInReferenceSpace.orientation)) {
            return misuse(__func__, XR_ERROR_POSE_INVALID, "orientation is not a unit quaternion");
        }
        auto created = std::make_unique<Space>(owner);
        created->reference = createInfo->referenceSpaceType;
        created->offset = createInfo->poseInReferenceSpace;
        *space = toHandle<XrSpace>(registry().add(std::move(created)));
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL GetReferenceSpaceBoundsRect(XrSession session, XrReferenceSpaceType type,
                                                XrExtent2Df* bounds) {
    return guarded(__func__, [&] {
        const Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (bounds == nullptr) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (!isReferenceSpace(type)) {
            return XR_ERROR_REFERENCE_SPACE_UNSUPPORTED;
        }
        if (type != XR_REFERENCE_SPACE_TYPE_STAGE) {
            *bounds = {0, 0};
            return XR_SPACE_BOUNDS_UNAVAILABLE;
        }
        *bounds = {object->instance->config.stageWidth, object->instance->config.stageDepth};
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL CreateActionSpace(XrSession session, const XrActionSpaceCreateInfo* createInfo,
                                      XrSpace* space) {
    return guarded(__func__, [&] {
        Session* owner = lookup<Session>(session);
        if (owner == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (createInfo == nullptr || space == nullptr ||
            createInfo->type != XR_TYPE_ACTION_SPACE_CREATE_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        const Action* action = lookup<Action>(createInfo->action);
        if (action == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (action->actionType != XR_ACTION_TYPE_POSE_INPUT) {
            return misuse(__func__, XR_ERROR_ACTION_TYPE_MISMATCH, "not a pose action");
        }
        if (createInfo->subactionPath != XR_NULL_PATH &&
            std::find(action->subactionPaths.begin(), action->subactionPaths.end(),
                      createInfo->subactionPath) == action->subactionPaths.end()) {
            return misuse(__func__, XR_ERROR_PATH_UNSUPPORTED, "subaction path not of the action");
        }
        if (!isUnitQuaternion(createInfo->poseInActionSpace.orientation)) {
            return XR_ERROR_POSE_INVALID;
        }
        auto created = std::make_unique<Space>(owner);
        created->action = createInfo->action;
        created->subactionPath = createInfo->subactionPath;
        created->offset = createInfo->poseInActionSpace;
        *space = toHandle<XrSpace>(registry().add(std::move(created)));
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL LocateSpace(XrSpace space, XrSpace baseSpace, XrTime time,
                                XrSpaceLocation* location) {
    return guarded(__func__, [&] {
        const Space* object = lookup<Space>(space);
        const Space* base = lookup<Space>(baseSpace);
        if (object == nullptr || base == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (location == nullptr || location->type != XR_TYPE_SPACE_LOCATION) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (time <= 0) {
            return misuse(__func__, XR_ERROR_TIME_INVALID, "time must be positive");
        }
        auto* velocity = const_cast<XrSpaceVelocity*>(
            findInChain<XrSpaceVelocity>(location->next, XR_TYPE_SPACE_VELOCITY));
        if (velocity != nullptr) {
            velocity->velocityFlags = 0;
        }
        const auto a = stageFromSpace(*object, time);
        const auto b = stageFromSpace(*base, time);
        if (!a || !b) {
            location->locationFlags = 0;
            location->pose = identityPose();
            return XR_SUCCESS;
        }
        location->locationFlags = kTracked;
        location->pose = compose(inverse(*b), *a);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL DestroySpace(XrSpace space) {
    return guarded(__func__, [&] {
        Space* object = lookup<Space>(space);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        registry().destroy(object);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL LocateViews(XrSession session, const XrViewLocateInfo* locateInfo,
                                XrViewState* viewState, uint32_t capacity, uint32_t* count,
                                XrView* views) {
    return guarded(__func__, [&] {
        const Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (locateInfo == nullptr || locateInfo->type != XR_TYPE_VIEW_LOCATE_INFO ||
            viewState == nullptr || viewState->type != XR_TYPE_VIEW_STATE) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (locateInfo->viewConfigurationType != XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO) {
            return XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED;
        }
        const Space* base = lookup<Space>(locateInfo->space);
        if (base == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (locateInfo->displayTime <= 0) {
            return misuse(__func__, XR_ERROR_TIME_INVALID, "displayTime must be positive");
        }
        if (views != nullptr && capacity >= 2) {
            for (uint32_t i = 0; i < 2; ++i) {
                if (views[i].type != XR_TYPE_VIEW) {
                    return XR_ERROR_VALIDATION_FAILURE;
                }
            }
        }
        const auto baseInStage = stageFromSpace(*base, locateInfo->displayTime);
        std::vector<XrView> located(2, XrView{XR_TYPE_VIEW});
        viewState->viewStateFlags = 0;
        if (baseInStage) {
            const XrPosef head =
                compose(inverse(*baseInStage), trackingAt(*object, locateInfo->displayTime).head);
            const float half = object->instance->config.ipd / 2;
            for (size_t i = 0; i < 2; ++i) {
                const XrPosef eye{{0, 0, 0, 1}, {i == 0 ? -half : half, 0, 0}};
                located[i].pose = compose(head, eye);
                located[i].fov = object->instance->config.fov;
            }
            viewState->viewStateFlags =
                XR_VIEW_STATE_ORIENTATION_VALID_BIT | XR_VIEW_STATE_POSITION_VALID_BIT |
                XR_VIEW_STATE_ORIENTATION_TRACKED_BIT | XR_VIEW_STATE_POSITION_TRACKED_BIT;
        }
        return twoCall(capacity, count, views, located, [](XrView& out, const XrView& in) {
            out.pose = in.pose;
            out.fov = in.fov;
        });
    });
}

}  // namespace xrviz::sim
