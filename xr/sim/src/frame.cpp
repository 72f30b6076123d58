// The frame loop: xrWaitFrame (paced on a real clock or stepped on a virtual one),
// xrBeginFrame, xrEndFrame with layer validation and capture.
#include "api.h"
#include "capture.h"
#include "log.h"
#include "registry.h"
#include "session.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace xrviz::sim {
namespace {

XrResult checkSubImage(const XrSwapchainSubImage& subImage, const char* function) {
    const Swapchain* swapchain = lookup<Swapchain>(subImage.swapchain);
    if (swapchain == nullptr) {
        return misuse(function, XR_ERROR_HANDLE_INVALID, "layer names an invalid swapchain");
    }
    if (swapchain->lastReleased < 0) {
        return misuse(function, XR_ERROR_LAYER_INVALID, "layer swapchain has no released image");
    }
    if (subImage.imageArrayIndex >= swapchain->info.arraySize) {
        return misuse(function, XR_ERROR_VALIDATION_FAILURE, "imageArrayIndex out of range");
    }
    const XrRect2Di& rect = subImage.imageRect;
    if (rect.offset.x < 0 || rect.offset.y < 0 || rect.extent.width <= 0 ||
        rect.extent.height <= 0 ||
        static_cast<int64_t>(rect.offset.x) + rect.extent.width > swapchain->info.width ||
        static_cast<int64_t>(rect.offset.y) + rect.extent.height > swapchain->info.height) {
        return misuse(function, XR_ERROR_SWAPCHAIN_RECT_INVALID, "imageRect outside the image");
    }
    return XR_SUCCESS;
}

XrResult checkLayer(Session& session, const XrCompositionLayerBaseHeader* layer,
                    const char* function) {
    if (layer == nullptr) {
        return misuse(function, XR_ERROR_LAYER_INVALID, "null layer");
    }
    if (lookup<Space>(layer->space) == nullptr) {
        return misuse(function, XR_ERROR_HANDLE_INVALID, "layer names an invalid space");
    }
    if (layer->type == XR_TYPE_COMPOSITION_LAYER_PROJECTION) {
        const auto* projection = reinterpret_cast<const XrCompositionLayerProjection*>(layer);
        if (projection->viewCount != 2 || projection->views == nullptr) {
            return misuse(function, XR_ERROR_VALIDATION_FAILURE,
                          "a stereo projection layer has 2 views");
        }
        for (uint32_t i = 0; i < projection->viewCount; ++i) {
            const XrCompositionLayerProjectionView& view = projection->views[i];
            if (view.type != XR_TYPE_COMPOSITION_LAYER_PROJECTION_VIEW) {
                return misuse(function, XR_ERROR_VALIDATION_FAILURE, "bad projection view type");
            }
            if (const XrResult result = checkSubImage(view.subImage, function); XR_FAILED(result)) {
                return result;
            }
            const auto* depth = findInChain<XrCompositionLayerDepthInfoKHR>(
                view.next, XR_TYPE_COMPOSITION_LAYER_DEPTH_INFO_KHR);
            if (depth != nullptr &&
                session.instance->hasExtension(XR_KHR_COMPOSITION_LAYER_DEPTH_EXTENSION_NAME)) {
                if (const XrResult result = checkSubImage(depth->subImage, function);
                    XR_FAILED(result)) {
                    return result;
                }
                if (depth->minDepth < 0 || depth->maxDepth > 1 ||
                    depth->minDepth > depth->maxDepth || depth->nearZ == depth->farZ) {
                    return misuse(function, XR_ERROR_VALIDATION_FAILURE, "bad depth info range");
                }
                ++session.counters.depthInfos;
            }
        }
        ++session.counters.projectionLayers;
        return XR_SUCCESS;
    }
    if (layer->type == XR_TYPE_COMPOSITION_LAYER_QUAD) {
        const auto* quad = reinterpret_cast<const XrCompositionLayerQuad*>(layer);
        if (const XrResult result = checkSubImage(quad->subImage, function); XR_FAILED(result)) {
            return result;
        }
        ++session.counters.quadLayers;
        return XR_SUCCESS;
    }
    return misuse(function, XR_ERROR_LAYER_INVALID, "layer type not supported by the sim");
}

}  // namespace

XrResult XRAPI_CALL WaitFrame(XrSession session, const XrFrameWaitInfo* waitInfo,
                              XrFrameState* frameState) {
    XrTime sleepUntil = 0;
    const XrResult result = guarded(__func__, [&] {
        Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if ((waitInfo != nullptr && waitInfo->type != XR_TYPE_FRAME_WAIT_INFO) ||
            frameState == nullptr || frameState->type != XR_TYPE_FRAME_STATE) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (!object->running) {
            return misuse(__func__, XR_ERROR_SESSION_NOT_RUNNING, "not running");
        }
        const Config& config = object->instance->config;
        const auto period = static_cast<XrDuration>(1e9 / config.refreshHz);
        if (config.realClock) {
            const XrTime now = monotonicNow();
            if (object->nextDisplayTime == 0) {
                object->nextDisplayTime = now + period;
            } else {
                object->nextDisplayTime += period;
                if (object->nextDisplayTime < now) {  // the app missed a display period
                    ++object->counters.late;
                    while (object->nextDisplayTime < now + period / 2) {
                        object->nextDisplayTime += period;
                    }
                }
            }
            sleepUntil = object->nextDisplayTime - period;
        } else {
            object->nextDisplayTime = object->nextDisplayTime == 0
                                          ? monotonicNow() + period
                                          : object->nextDisplayTime + period;
        }
        if (object->firstDisplayTime == 0) {
            object->firstDisplayTime = object->nextDisplayTime;
        }
        object->frameIndex = object->counters.waited++;
        object->waitedNotBegun = true;
        if (!object->synchronized && object->state == XR_SESSION_STATE_READY) {
            object->synchronized = true;
            setState(*object, XR_SESSION_STATE_SYNCHRONIZED, object->nextDisplayTime);
            setState(*object, XR_SESSION_STATE_VISIBLE, object->nextDisplayTime);
            setState(*object, XR_SESSION_STATE_FOCUSED, object->nextDisplayTime);
        }
        applyScriptEvents(*object, object->frameIndex, object->nextDisplayTime);
        frameState->predictedDisplayTime = object->nextDisplayTime;
        frameState->predictedDisplayPeriod = period;
        frameState->shouldRender =
            (object->state == XR_SESSION_STATE_VISIBLE || object->state == XR_SESSION_STATE_FOCUSED)
                ? XR_TRUE
                : XR_FALSE;
        return object->lossPending ? XR_SESSION_LOSS_PENDING : XR_SUCCESS;
    });
    if (XR_SUCCEEDED(result) && sleepUntil > 0) {
        const XrTime now = monotonicNow();
        if (sleepUntil > now) {
            std::this_thread::sleep_for(std::chrono::nanoseconds(sleepUntil - now));
        }
    }
    return result;
}

XrResult XRAPI_CALL BeginFrame(XrSession session, const XrFrameBeginInfo* beginInfo) {
    return guarded(__func__, [&] {
        Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (beginInfo != nullptr && beginInfo->type != XR_TYPE_FRAME_BEGIN_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (!object->running) {
            return misuse(__func__, XR_ERROR_SESSION_NOT_RUNNING, "not running");
        }
        if (!object->waitedNotBegun) {
            return misuse(__func__, XR_ERROR_CALL_ORDER_INVALID, "no xrWaitFrame before it");
        }
        XrResult result = XR_SUCCESS;
        if (object->frameBegun) {
            ++object->counters.discarded;
            result = XR_FRAME_DISCARDED;
        }
        object->waitedNotBegun = false;
        object->frameBegun = true;
        object->begunFrameIndex = object->frameIndex;
        object->begunDisplayTime = object->nextDisplayTime;
        ++object->counters.begun;
        if (object->lossPending) {
            result = XR_SESSION_LOSS_PENDING;
        }
        return result;
    });
}

XrResult XRAPI_CALL EndFrame(XrSession session, const XrFrameEndInfo* endInfo) {
    return guarded(__func__, [&] {
        Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (endInfo == nullptr || endInfo->type != XR_TYPE_FRAME_END_INFO ||
            (endInfo->layerCount > 0 && endInfo->layers == nullptr)) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (!object->running) {
            return misuse(__func__, XR_ERROR_SESSION_NOT_RUNNING, "not running");
        }
        if (!object->frameBegun) {
            return misuse(__func__, XR_ERROR_CALL_ORDER_INVALID, "no xrBeginFrame before it");
        }
        if (endInfo->displayTime <= 0) {
            return misuse(__func__, XR_ERROR_TIME_INVALID, "displayTime must be positive");
        }
        const auto& modes = object->instance->config.blendModes;
        if (std::find(modes.begin(), modes.end(), endInfo->environmentBlendMode) == modes.end()) {
            return misuse(__func__, XR_ERROR_ENVIRONMENT_BLEND_MODE_UNSUPPORTED,
                          "blend mode not offered");
        }
        if (endInfo->layerCount > XR_MIN_COMPOSITION_LAYERS_SUPPORTED) {
            return misuse(__func__, XR_ERROR_LAYER_LIMIT_EXCEEDED, "too many layers");
        }
        const FrameCounters before = object->counters;
        for (uint32_t i = 0; i < endInfo->layerCount; ++i) {
            if (const XrResult result = checkLayer(*object, endInfo->layers[i], __func__);
                XR_FAILED(result)) {
                object->counters = before;
                return result;
            }
        }
        object->frameBegun = false;
        ++object->counters.ended;
        object->counters.layers += endInfo->layerCount;
        const Config& config = object->instance->config;
        if (!config.captureDir.empty() &&
            config.captureFrames.count(object->begunFrameIndex) != 0) {
            captureFrame(*object, object->begunFrameIndex, *endInfo);
        }
        return object->lossPending ? XR_SESSION_LOSS_PENDING : XR_SUCCESS;
    });
}

}  // namespace xrviz::sim
