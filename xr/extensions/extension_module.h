#pragma once
// An optional OpenXR extension as a module with lifecycle hooks (as in Godot's
// modules/openxr/extensions): the runtime enables it only when the runtime offers it, and
// the instance and session call its hooks; the session code has no branch per extension.
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "xr/openxr_include.h"

namespace xrviz::xr {

template <typename F>
F instance_proc(XrInstance instance, const char* name);

class ExtensionModule {
public:
    virtual ~ExtensionModule() = default;
    virtual const char* extension_name() const = 0;

    virtual void on_instance_created(XrInstance /*instance*/) {}
    virtual void on_instance_destroying() {}
    virtual void on_session_created(XrInstance /*instance*/, XrSession /*session*/) {}
    virtual void on_session_destroying() {}
    virtual void on_state_changed(XrSessionState /*state*/) {}
    // Every event the instance polls, for the extensions that have events of their own.
    virtual void on_event(const XrEventDataBuffer& /*event*/) {}
    // A reference space this extension adds that has its origin on the floor.
    virtual std::optional<XrReferenceSpaceType> floor_space() const { return std::nullopt; }
    // The session should hand the compositor each eye's depth with its projection layer.
    virtual bool submits_depth() const { return false; }
    // The camera view of the room behind the scene (XR_FB_passthrough): whether this module
    // can show it, turning it on and off, and the layer to put under the projection.
    virtual bool offers_passthrough() const { return false; }
    virtual void set_passthrough(bool /*on*/) {}
    virtual const XrCompositionLayerBaseHeader* background_layer(XrSpace /*space*/) {
        return nullptr;
    }
    // Warnings and errors this extension reported (debug utils), which fail a --validation run.
    virtual std::uint64_t message_count() const { return 0; }
    // Whether a person wears the headset, where the runtime senses it; nothing when unknown.
    virtual std::optional<bool> user_present() const { return std::nullopt; }
};

using ExtensionModules = std::vector<std::unique_ptr<ExtensionModule>>;

// Every optional extension xrviz knows: composition layer depth, debug utils, display
// refresh rate, visibility mask, passthrough, hand tracking, local floor, user presence.
ExtensionModules make_optional_modules();

}  // namespace xrviz::xr

#include "xr/check.h"

namespace xrviz::xr {

template <typename F>
F instance_proc(XrInstance instance, const char* name) {
    PFN_xrVoidFunction function = nullptr;
    XRVIZ_XR_CHECK(xrGetInstanceProcAddr(instance, name, &function), name);
    return reinterpret_cast<F>(function);
}

}  // namespace xrviz::xr
