// The optional extension modules. Each does only what its hooks need; the ones the
// simulated runtime does not offer (refresh rate, visibility mask, passthrough, hand
// tracking, local floor) are compiled and enabled only where a runtime offers them.
#include <algorithm>
#include <string>
#include <vector>

#include "engine/core/log.h"
#include "xr/extensions/extension_module.h"
#include "xr/extensions/newer_extensions.h"

namespace xrviz::xr {
namespace {

constexpr const char* kTag = "xr";

// XR_KHR_composition_layer_depth: offering a depth swapchain lets the compositor reproject
// with depth. The session asks for a depth swapchain only when this module is enabled.
class CompositionLayerDepth final : public ExtensionModule {
public:
    const char* extension_name() const override {
        return XR_KHR_COMPOSITION_LAYER_DEPTH_EXTENSION_NAME;
    }
    bool submits_depth() const override { return true; }
};

// XR_EXT_debug_utils: the runtime's and the API layers' messages in our log, counted so
// that a --validation run fails on any warning or error.
class DebugUtils final : public ExtensionModule {
public:
    const char* extension_name() const override { return XR_EXT_DEBUG_UTILS_EXTENSION_NAME; }
    void on_instance_created(XrInstance instance) override {
        destroy_ = instance_proc<PFN_xrDestroyDebugUtilsMessengerEXT>(
            instance, "xrDestroyDebugUtilsMessengerEXT");
        const auto create = instance_proc<PFN_xrCreateDebugUtilsMessengerEXT>(
            instance, "xrCreateDebugUtilsMessengerEXT");
        const XrDebugUtilsMessengerCreateInfoEXT info{
            .type = XR_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT,
            .messageSeverities = XR_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT |
                                 XR_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT,
            .messageTypes = XR_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT |
                            XR_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT |
                            XR_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT |
                            XR_DEBUG_UTILS_MESSAGE_TYPE_CONFORMANCE_BIT_EXT,
            .userCallback = &DebugUtils::on_message,
            .userData = this,
        };
        XRVIZ_XR_CHECK(create(instance, &info, &messenger_), "OpenXR debug messenger");
    }
    void on_instance_destroying() override {
        if (messenger_ != XR_NULL_HANDLE)
            destroy_(messenger_);
        messenger_ = XR_NULL_HANDLE;
    }
    std::uint64_t message_count() const override { return messages_; }

private:
    static XrBool32 XRAPI_CALL on_message(XrDebugUtilsMessageSeverityFlagsEXT,
                                          XrDebugUtilsMessageTypeFlagsEXT,
                                          const XrDebugUtilsMessengerCallbackDataEXT* data,
                                          void* user) {
        auto* self = static_cast<DebugUtils*>(user);
        ++self->messages_;
        log::warn("openxr", std::string(data->functionName ? data->functionName : "?") + ": " +
                                (data->message ? data->message : ""));
        return XR_FALSE;  // never abort the call that reported
    }

    PFN_xrDestroyDebugUtilsMessengerEXT destroy_ = nullptr;
    XrDebugUtilsMessengerEXT messenger_ = XR_NULL_HANDLE;
    std::uint64_t messages_ = 0;
};

// XR_FB_display_refresh_rate: ask for the highest rate the display offers.
class DisplayRefreshRate final : public ExtensionModule {
public:
    const char* extension_name() const override {
        return XR_FB_DISPLAY_REFRESH_RATE_EXTENSION_NAME;
    }
    void on_session_created(XrInstance instance, XrSession session) override {
        const auto enumerate = instance_proc<PFN_xrEnumerateDisplayRefreshRatesFB>(
            instance, "xrEnumerateDisplayRefreshRatesFB");
        const auto request = instance_proc<PFN_xrRequestDisplayRefreshRateFB>(
            instance, "xrRequestDisplayRefreshRateFB");
        std::uint32_t count = 0;
        XRVIZ_XR_CHECK(enumerate(session, 0, &count, nullptr), "display refresh rates");
        std::vector<float> rates(count);
        XRVIZ_XR_CHECK(enumerate(session, count, &count, rates.data()), "display refresh rates");
        if (rates.empty())
            return;
        const float best = *std::max_element(rates.begin(), rates.end());
        XRVIZ_XR_CHECK(request(session, best), "display refresh rate");
        log::info(kTag, "display refresh rate " + std::to_string(best) + " Hz");
    }
};

// XR_KHR_visibility_mask: the runtime says which pixels the lenses hide; logged for now,
// and the event that it changed is noted (the renderer draws the whole image either way).
class VisibilityMask final : public ExtensionModule {
public:
    const char* extension_name() const override { return XR_KHR_VISIBILITY_MASK_EXTENSION_NAME; }
    void on_event(const XrEventDataBuffer& event) override {
        if (event.type == XR_TYPE_EVENT_DATA_VISIBILITY_MASK_CHANGED_KHR) {
            log::info(kTag, "visibility mask changed");
        }
    }
};

// XR_FB_passthrough: a passthrough object exists while the session does, so that AR
// scenes can add its layer; xrviz submits opaque projection layers today.
class Passthrough final : public ExtensionModule {
public:
    const char* extension_name() const override { return XR_FB_PASSTHROUGH_EXTENSION_NAME; }
    void on_session_created(XrInstance instance, XrSession session) override {
        const auto create =
            instance_proc<PFN_xrCreatePassthroughFB>(instance, "xrCreatePassthroughFB");
        const auto create_layer =
            instance_proc<PFN_xrCreatePassthroughLayerFB>(instance, "xrCreatePassthroughLayerFB");
        destroy_ = instance_proc<PFN_xrDestroyPassthroughFB>(instance, "xrDestroyPassthroughFB");
        destroy_layer_ =
            instance_proc<PFN_xrDestroyPassthroughLayerFB>(instance, "xrDestroyPassthroughLayerFB");
        start_ = instance_proc<PFN_xrPassthroughStartFB>(instance, "xrPassthroughStartFB");
        pause_ = instance_proc<PFN_xrPassthroughPauseFB>(instance, "xrPassthroughPauseFB");
        resume_layer_ =
            instance_proc<PFN_xrPassthroughLayerResumeFB>(instance, "xrPassthroughLayerResumeFB");
        pause_layer_ =
            instance_proc<PFN_xrPassthroughLayerPauseFB>(instance, "xrPassthroughLayerPauseFB");
        // Created paused: the room shows only when the person (or --ar) asks for it.
        const XrPassthroughCreateInfoFB info{.type = XR_TYPE_PASSTHROUGH_CREATE_INFO_FB};
        XRVIZ_XR_CHECK(create(session, &info, &passthrough_), "passthrough");
        const XrPassthroughLayerCreateInfoFB layer_info{
            .type = XR_TYPE_PASSTHROUGH_LAYER_CREATE_INFO_FB,
            .passthrough = passthrough_,
            .purpose = XR_PASSTHROUGH_LAYER_PURPOSE_RECONSTRUCTION_FB};
        XRVIZ_XR_CHECK(create_layer(session, &layer_info, &layer_), "passthrough layer");
    }
    void on_session_destroying() override {
        if (layer_ != XR_NULL_HANDLE)
            destroy_layer_(layer_);
        if (passthrough_ != XR_NULL_HANDLE)
            destroy_(passthrough_);
        layer_ = XR_NULL_HANDLE;
        passthrough_ = XR_NULL_HANDLE;
        on_ = false;
    }
    bool offers_passthrough() const override { return passthrough_ != XR_NULL_HANDLE; }
    void set_passthrough(bool on) override {
        if (on == on_ || passthrough_ == XR_NULL_HANDLE)
            return;
        if (on) {
            XRVIZ_XR_CHECK(start_(passthrough_), "passthrough start");
            XRVIZ_XR_CHECK(resume_layer_(layer_), "passthrough layer resume");
        } else {
            XRVIZ_XR_CHECK(pause_layer_(layer_), "passthrough layer pause");
            XRVIZ_XR_CHECK(pause_(passthrough_), "passthrough pause");
        }
        on_ = on;
    }
    const XrCompositionLayerBaseHeader* background_layer(XrSpace space) override {
        if (!on_)
            return nullptr;
        composition_ = XrCompositionLayerPassthroughFB{
            .type = XR_TYPE_COMPOSITION_LAYER_PASSTHROUGH_FB,
            .flags = XR_COMPOSITION_LAYER_BLEND_TEXTURE_SOURCE_ALPHA_BIT,
            .space = space,
            .layerHandle = layer_};
        return reinterpret_cast<const XrCompositionLayerBaseHeader*>(&composition_);
    }

private:
    PFN_xrDestroyPassthroughFB destroy_ = nullptr;
    PFN_xrDestroyPassthroughLayerFB destroy_layer_ = nullptr;
    PFN_xrPassthroughStartFB start_ = nullptr;
    PFN_xrPassthroughPauseFB pause_ = nullptr;
    PFN_xrPassthroughLayerResumeFB resume_layer_ = nullptr;
    PFN_xrPassthroughLayerPauseFB pause_layer_ = nullptr;
    XrPassthroughFB passthrough_ = XR_NULL_HANDLE;
    XrPassthroughLayerFB layer_ = XR_NULL_HANDLE;
    XrCompositionLayerPassthroughFB composition_{};
    bool on_ = false;
};

// XR_EXT_hand_tracking: one tracker per hand for the session's lifetime.
class HandTracking final : public ExtensionModule {
public:
    const char* extension_name() const override { return XR_EXT_HAND_TRACKING_EXTENSION_NAME; }
    void on_session_created(XrInstance instance, XrSession session) override {
        const auto create =
            instance_proc<PFN_xrCreateHandTrackerEXT>(instance, "xrCreateHandTrackerEXT");
        destroy_ = instance_proc<PFN_xrDestroyHandTrackerEXT>(instance, "xrDestroyHandTrackerEXT");
        for (XrHandEXT hand : {XR_HAND_LEFT_EXT, XR_HAND_RIGHT_EXT}) {
            const XrHandTrackerCreateInfoEXT info{.type = XR_TYPE_HAND_TRACKER_CREATE_INFO_EXT,
                                                  .hand = hand,
                                                  .handJointSet = XR_HAND_JOINT_SET_DEFAULT_EXT};
            XrHandTrackerEXT tracker = XR_NULL_HANDLE;
            XRVIZ_XR_CHECK(create(session, &info, &tracker), "hand tracker");
            trackers_.push_back(tracker);
        }
    }
    void on_session_destroying() override {
        for (XrHandTrackerEXT tracker : trackers_)
            destroy_(tracker);
        trackers_.clear();
    }

private:
    PFN_xrDestroyHandTrackerEXT destroy_ = nullptr;
    std::vector<XrHandTrackerEXT> trackers_;
};

// XR_EXT_local_floor: a space on the floor below the head where no stage exists.
class LocalFloor final : public ExtensionModule {
public:
    const char* extension_name() const override { return XR_EXT_LOCAL_FLOOR_EXTENSION_NAME; }
    std::optional<XrReferenceSpaceType> floor_space() const override {
        return XRVIZ_REFERENCE_SPACE_TYPE_LOCAL_FLOOR_EXT;
    }
};

// XR_EXT_user_presence: whether someone wears the headset, which the session state does
// not reliably say (the specification leaves the two uncorrelated). The runtime queues the
// current presence when the session begins and every change while it runs, and nothing
// once it has ended, so what we knew is forgotten when it stops. XrSystemUserPresencePropertiesEXT
// is not read: a system that cannot sense presence sends no event, so presence stays unknown there,
// which is what it is; before the first event it is unknown too. (Debian's 1.0.20 core validation
// layer also fails xrGetSystemProperties when the structure is chained: it is newer than it.)
class UserPresence final : public ExtensionModule {
public:
    const char* extension_name() const override { return XR_EXT_USER_PRESENCE_EXTENSION_NAME; }
    void on_session_created(XrInstance /*instance*/, XrSession session) override {
        session_ = session;
        present_.reset();
    }
    void on_session_destroying() override {
        session_ = XR_NULL_HANDLE;
        present_.reset();
    }
    void on_state_changed(XrSessionState state) override {
        // No more events until the session runs again: what we knew goes stale.
        if (state == XR_SESSION_STATE_STOPPING || state == XR_SESSION_STATE_LOSS_PENDING ||
            state == XR_SESSION_STATE_EXITING) {
            present_.reset();
        }
    }
    void on_event(const XrEventDataBuffer& event) override {
        if (event.type != XRVIZ_TYPE_EVENT_DATA_USER_PRESENCE_CHANGED_EXT)
            return;
        const auto& changed = reinterpret_cast<const XrEventDataUserPresenceChangedEXT&>(event);
        if (session_ == XR_NULL_HANDLE || changed.session != session_)
            return;
        present_ = changed.isUserPresent == XR_TRUE;
        log::info(kTag, *present_ ? "user present (headset worn)" : "user absent (headset off)");
    }
    std::optional<bool> user_present() const override { return present_; }

private:
    XrSession session_ = XR_NULL_HANDLE;
    std::optional<bool> present_;
};

}  // namespace

ExtensionModules make_optional_modules() {
    ExtensionModules modules;
    modules.push_back(std::make_unique<CompositionLayerDepth>());
    modules.push_back(std::make_unique<DebugUtils>());
    modules.push_back(std::make_unique<DisplayRefreshRate>());
    modules.push_back(std::make_unique<VisibilityMask>());
    modules.push_back(std::make_unique<Passthrough>());
    modules.push_back(std::make_unique<HandTracking>());
    modules.push_back(std::make_unique<LocalFloor>());
    modules.push_back(std::make_unique<UserPresence>());
    return modules;
}

}  // namespace xrviz::xr
