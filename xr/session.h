#pragma once
// One OpenXR session: its state machine, its reference space, the colour swapchain (array
// size 2, both eyes in one multiview pass) exposed as engine RenderTargets, and the frame
// loop's three calls. The front-end reads like hello_xr's main loop:
//
//   switch (session.poll_events()) { ... }        every event and state handled here
//   if (!session.running()) { wait; continue; }
//   XrFrame frame = session.begin_frame();        xrWaitFrame + xrBeginFrame + views
//   if (frame.should_render) { target = session.acquire(); draw; submit; session.release(); }
//   session.end_frame(frame);                     ends every begun frame, with or without layers
//
// Implemented: every session state, instance loss, events lost, reference space change,
// interaction profile change; stage / local floor / local spaces; sRGB swapchains; a depth
// swapchain submitted with each eye (XR_KHR_composition_layer_depth) where a module asks
// for it; whether the headset is worn (XR_EXT_user_presence). Controllers live beside it
// (xr/controllers.h), made per session.
// Not yet: quad layers for panels.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include <glm/mat4x4.hpp>

#include "engine/render/render_target.h"
#include "engine/render/view.h"
#include "engine/vk/context.h"
#include "engine/vk/handle.h"
#include "xr/handle.h"
#include "xr/runtime.h"
#include "xr/swapchain.h"

namespace xrviz::xr {

enum class SessionStatus {
    waiting,        // not running yet (IDLE) or no longer (after STOPPING): poll again
    running,        // between xrBeginSession and xrEndSession: run frames
    exit,           // EXITING: the runtime or the person asked to quit
    loss_pending,   // LOSS_PENDING: destroy this session, make a new one after a delay
    instance_lost,  // instance loss pending: tear everything down and exit
};

struct EyeView {
    XrPosef pose{};  // in the session's space
    XrFovf fov{};
};

struct XrFrame {
    bool begun = false;          // xrBeginFrame succeeded: xrEndFrame is owed
    bool should_render = false;  // the runtime wants layers and the views are tracked
    XrTime display_time = 0;
    XrDuration period = 0;
    std::array<EyeView, 2> eyes{};
};

// This frame's images from the colour and (optional) depth swapchains.
class SwapchainTarget final : public render::RenderTarget {
public:
    const render::TargetFormat& format() const override { return *format_; }
    VkImage colour_image() const override { return colour_image_; }
    VkImageView colour_view() const override { return colour_view_; }
    VkImageView depth_view() const override { return depth_view_; }

private:
    friend class Session;
    const render::TargetFormat* format_ = nullptr;
    VkImage colour_image_ = VK_NULL_HANDLE;
    VkImageView colour_view_ = VK_NULL_HANDLE;
    VkImageView depth_view_ = VK_NULL_HANDLE;
};

class Session {
public:
    // `transfer_source`: the colour images may also be copied from (a mirror window).
    // `prefer_see_through`: choose an alpha-blend (else additive) display where the
    // runtime offers one besides opaque; a runtime offering no opaque mode always gets one.
    Session(Runtime& runtime, const vk::Context& context, VkSampleCountFlagBits samples,
            bool transfer_source = false, bool prefer_see_through = false);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Handles every queued event (instance events included) and says what to do next.
    SessionStatus poll_events();
    bool running() const { return running_; }
    bool focused() const { return state_ == XR_SESSION_STATE_FOCUSED; }
    XrSessionState state() const { return state_; }
    void request_exit();

    XrFrame begin_frame();
    render::RenderTarget& acquire();  // this frame's colour (and depth) images, both eyes
    void release();
    // `world_per_metre`: the scene's scale around the person (the view matrices carry it),
    // so that the depth layer's near and far planes are given in the space's metres.
    // `quads`: panels, composited over the scene in this order.
    void end_frame(const XrFrame& frame, bool rendered, float world_per_metre = 1.0f,
                   std::span<const XrCompositionLayerQuad> quads = {});

    XrSession handle() const { return session_.get(); }
    XrSpace space() const { return space_.get(); }
    const render::TargetFormat& target_format() const { return format_; }
    // Height of the floor in the session's space: 0 on a stage or local floor; a standing
    // eye height below the origin of a LOCAL space.
    float floor_height() const { return floor_height_; }
    const char* space_name() const { return space_name_; }
    bool submits_depth() const { return depth_swapchain_ != nullptr; }
    XrEnvironmentBlendMode blend_mode() const { return blend_mode_; }
    // XR_FB_passthrough: the room behind the scene on an opaque display (Quest).
    bool passthrough_available() const;
    void set_passthrough(bool on);
    // XR_EXT_user_presence: whether a person wears the headset; nothing where the runtime
    // does not say (no extension, no sensor, no event yet, or the session not running).
    std::optional<bool> user_present() const;
    // The room shows where the scene draws nothing: clear to transparent, no floor.
    bool see_through() const {
        return blend_mode_ != XR_ENVIRONMENT_BLEND_MODE_OPAQUE || passthrough_on_;
    }
    // Frames that missed their display time: those after which the runtime's next
    // predicted display time skipped one or more display periods.
    std::uint64_t late_frames() const { return late_frames_; }

private:
    void create_space();
    void create_swapchains(VkSampleCountFlagBits samples, bool transfer_source);
    // The depth format to submit, or nothing (no module asks, or no usable format).
    std::optional<VkFormat> choose_depth_format(const std::vector<std::int64_t>& offered,
                                                VkSampleCountFlagBits samples) const;
    void on_state(XrSessionState state);

    Runtime& runtime_;
    const vk::Context& context_;
    UniqueSession session_;
    UniqueSpace space_;
    std::unique_ptr<Swapchain> colour_swapchain_;
    std::unique_ptr<Swapchain> depth_swapchain_;
    SwapchainTarget target_;
    render::TargetFormat format_;
    XrEnvironmentBlendMode blend_mode_ = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    XrSessionState state_ = XR_SESSION_STATE_UNKNOWN;
    bool running_ = false;
    float floor_height_ = 0.0f;
    bool passthrough_on_ = false;
    const char* space_name_ = "stage";
    XrTime previous_display_time_ = 0;
    std::uint64_t late_frames_ = 0;
};

// The engine's view for one eye: `world_from_space` places the session's space in the
// scene (where the person stands in the visualization).
render::View to_render_view(const EyeView& eye, const glm::mat4& world_from_space);

const char* to_string(XrSessionState state);
const char* to_string(XrEnvironmentBlendMode mode);
XrEnvironmentBlendMode choose_blend_mode(const std::vector<XrEnvironmentBlendMode>& offered,
                                         bool prefer_see_through);

}  // namespace xrviz::xr
