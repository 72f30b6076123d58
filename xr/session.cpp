#include "xr/session.h"

#include <algorithm>
#include <string>

#include <openxr/openxr_reflection.h>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>

#include "engine/core/log.h"
#include "engine/vk/image.h"

namespace xrviz::xr {
namespace {

constexpr const char* kTag = "xr";
constexpr XrViewConfigurationType kViewConfig = XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO;
constexpr float kStandingEyeHeight = 1.6f;  // metres, where a LOCAL space has no floor

template <typename T, typename F>
std::vector<T> enumerate(F&& call, T init = T{}) {
    std::uint32_t count = 0;
    call(0u, &count, nullptr);
    std::vector<T> items(count, init);
    call(count, &count, items.data());
    items.resize(count);
    return items;
}

}  // namespace

XrEnvironmentBlendMode choose_blend_mode(const std::vector<XrEnvironmentBlendMode>& offered,
                                         bool prefer_see_through) {
    const auto has = [&](XrEnvironmentBlendMode mode) {
        return std::find(offered.begin(), offered.end(), mode) != offered.end();
    };
    if (prefer_see_through) {
        for (auto mode : {XR_ENVIRONMENT_BLEND_MODE_ALPHA_BLEND, XR_ENVIRONMENT_BLEND_MODE_ADDITIVE})
            if (has(mode)) return mode;
    }
    if (has(XR_ENVIRONMENT_BLEND_MODE_OPAQUE) || offered.empty())
        return XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    return offered.front();  // an AR-only display: its own first choice
}

const char* to_string(XrEnvironmentBlendMode mode) {
    switch (mode) {
        case XR_ENVIRONMENT_BLEND_MODE_OPAQUE: return "opaque";
        case XR_ENVIRONMENT_BLEND_MODE_ADDITIVE: return "additive";
        case XR_ENVIRONMENT_BLEND_MODE_ALPHA_BLEND: return "alpha blend";
        default: return "?";
    }
}

bool Session::passthrough_available() const {
    const auto& modules = runtime_.modules();
    return std::any_of(modules.begin(), modules.end(),
                       [](const auto& module) { return module->offers_passthrough(); });
}

void Session::set_passthrough(bool on) {
    for (const auto& module : runtime_.modules()) {
        if (module->offers_passthrough()) {
            module->set_passthrough(on);
            passthrough_on_ = on;
        }
    }
}

std::optional<bool> Session::user_present() const {
    for (const auto& module : runtime_.modules()) {
        if (const std::optional<bool> present = module->user_present())
            return present;
    }
    return std::nullopt;
}

const char* to_string(XrSessionState state) {
    switch (state) {
#define XRVIZ_XR_STATE_CASE(name, value) \
    case name:                           \
        return #name;
        XR_LIST_ENUM_XrSessionState(XRVIZ_XR_STATE_CASE)
#undef XRVIZ_XR_STATE_CASE
            default : return "XR_SESSION_STATE_?";
    }
}

Session::Session(Runtime& runtime, const vk::Context& context, VkSampleCountFlagBits samples,
                 bool transfer_source, bool prefer_see_through)
    : runtime_(runtime), context_(context) {
    const XrGraphicsBindingVulkanKHR binding{
        .type = XR_TYPE_GRAPHICS_BINDING_VULKAN_KHR,  // same as ..._VULKAN2_KHR
        .instance = context.instance(),
        .physicalDevice = context.physical_device(),
        .device = context.device(),
        .queueFamilyIndex = context.queue_family(),
        .queueIndex = 0,
    };
    const XrSessionCreateInfo info{
        .type = XR_TYPE_SESSION_CREATE_INFO,
        .next = &binding,
        .systemId = runtime.system(),
    };
    XrSession session = XR_NULL_HANDLE;
    XRVIZ_XR_CHECK(xrCreateSession(runtime.instance(), &info, &session), "session");
    session_ = UniqueSession(session);
    for (auto& module : runtime_.modules())
        module->on_session_created(runtime.instance(), session);

    const XrInstance instance = runtime.instance();
    const XrSystemId system = runtime.system();
    const auto blends = enumerate<XrEnvironmentBlendMode>([&](std::uint32_t n, std::uint32_t* c,
                                                              XrEnvironmentBlendMode* out) {
        XRVIZ_XR_CHECK(xrEnumerateEnvironmentBlendModes(instance, system, kViewConfig, n, c, out),
                       "environment blend modes");
    });
    blend_mode_ = choose_blend_mode(blends, prefer_see_through);
    log::info(kTag, std::string("environment blend mode: ") + to_string(blend_mode_));
    create_space();
    create_swapchains(samples, transfer_source);
}

Session::~Session() {
    // The GPU may still read the swapchain images' views.
    context_.wait_idle();
    for (auto& module : runtime_.modules())
        module->on_session_destroying();
    depth_swapchain_.reset();
    colour_swapchain_.reset();
}

void Session::create_space() {
    const XrSession session = session_.get();
    const auto offered = enumerate<XrReferenceSpaceType>(
        [&](std::uint32_t n, std::uint32_t* c, XrReferenceSpaceType* out) {
            XRVIZ_XR_CHECK(xrEnumerateReferenceSpaces(session, n, c, out), "reference spaces");
        });
    const auto has = [&](XrReferenceSpaceType type) {
        return std::find(offered.begin(), offered.end(), type) != offered.end();
    };
    XrReferenceSpaceType type = XR_REFERENCE_SPACE_TYPE_LOCAL;
    space_name_ = "local";
    floor_height_ = -kStandingEyeHeight;
    if (has(XR_REFERENCE_SPACE_TYPE_STAGE)) {
        type = XR_REFERENCE_SPACE_TYPE_STAGE;
        space_name_ = "stage";
        floor_height_ = 0.0f;
    } else {
        for (const auto& module : runtime_.modules()) {
            if (auto floor = module->floor_space(); floor && has(*floor)) {
                type = *floor;
                space_name_ = "local floor";
                floor_height_ = 0.0f;
                break;
            }
        }
    }
    const XrReferenceSpaceCreateInfo info{
        .type = XR_TYPE_REFERENCE_SPACE_CREATE_INFO,
        .referenceSpaceType = type,
        .poseInReferenceSpace = {.orientation = {0, 0, 0, 1}, .position = {0, 0, 0}},
    };
    XrSpace space = XR_NULL_HANDLE;
    XRVIZ_XR_CHECK(xrCreateReferenceSpace(session, &info, &space), space_name_);
    space_ = UniqueSpace(space);
}

void Session::create_swapchains(VkSampleCountFlagBits samples, bool transfer_source) {
    const XrInstance instance = runtime_.instance();
    const XrSystemId system = runtime_.system();
    const auto views = enumerate<XrViewConfigurationView>(
        [&](std::uint32_t n, std::uint32_t* c, XrViewConfigurationView* out) {
            XRVIZ_XR_CHECK(
                xrEnumerateViewConfigurationViews(instance, system, kViewConfig, n, c, out),
                "stereo view configuration");
        },
        XrViewConfigurationView{XR_TYPE_VIEW_CONFIGURATION_VIEW});
    if (views.size() != 2)
        fail("the headset's stereo view configuration has no two views");
    const VkExtent2D extent{
        std::max(views[0].recommendedImageRectWidth, views[1].recommendedImageRectWidth),
        std::max(views[0].recommendedImageRectHeight, views[1].recommendedImageRectHeight)};

    const auto formats = offered_swapchain_formats(session_.get());
    const std::optional<VkFormat> depth_format = choose_depth_format(formats, samples);
    format_ = render::TargetFormat{
        .colour_format = choose_colour_format(formats),
        .extent = extent,
        .view_count = 2,
        .samples = samples,
        // The runtime takes the image back in the layout it handed it over in.
        .final_layout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
        .receives_depth = depth_format.has_value(),
        .depth_format = depth_format.value_or(VK_FORMAT_D32_SFLOAT),
    };
    colour_swapchain_ = std::make_unique<Swapchain>(
        session_.get(), context_,
        SwapchainDesc{.name = "colour swapchain",
                      .format = format_.colour_format,
                      .extent = extent,
                      .usage = XR_SWAPCHAIN_USAGE_COLOR_ATTACHMENT_BIT |
                               (transfer_source ? XR_SWAPCHAIN_USAGE_TRANSFER_SRC_BIT : 0)});
    if (depth_format) {
        depth_swapchain_ = std::make_unique<Swapchain>(
            session_.get(), context_,
            SwapchainDesc{.name = "depth swapchain",
                          .format = *depth_format,
                          .extent = extent,
                          .usage = XR_SWAPCHAIN_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT});
    }
    target_.format_ = &format_;
    log::info(kTag, "session: " + std::to_string(extent.width) + "x" +
                        std::to_string(extent.height) + " per eye, " +
                        std::to_string(colour_swapchain_->image_count()) + " images, " +
                        (format_.colour_format == VK_FORMAT_R8G8B8A8_SRGB ||
                                 format_.colour_format == VK_FORMAT_B8G8R8A8_SRGB
                             ? "sRGB"
                             : "UNORM") +
                        (depth_format ? ", depth submitted" : ", no depth layer") + ", " +
                        space_name_ + " space");
}

std::optional<VkFormat> Session::choose_depth_format(const std::vector<std::int64_t>& offered,
                                                     VkSampleCountFlagBits samples) const {
    const auto& modules = runtime_.modules();
    if (std::none_of(modules.begin(), modules.end(),
                     [](const auto& module) { return module->submits_depth(); })) {
        return std::nullopt;
    }
    if (samples != VK_SAMPLE_COUNT_1_BIT && !context_.can_resolve_depth()) {
        log::info(kTag, "no depth layer: the Vulkan device cannot resolve multisampled depth "
                        "(VK_KHR_depth_stencil_resolve); run with --msaa 1 to submit depth");
        return std::nullopt;
    }
    // 32-bit float first: the compositor reprojects with it, so precision far away matters.
    for (VkFormat wanted :
         {VK_FORMAT_D32_SFLOAT, VK_FORMAT_D24_UNORM_S8_UINT, VK_FORMAT_D16_UNORM}) {
        if (std::find(offered.begin(), offered.end(), wanted) != offered.end()) return wanted;
    }
    log::info(kTag, "no depth layer: the runtime offers no D32, D24S8 or D16 swapchain format");
    return std::nullopt;
}

SessionStatus Session::poll_events() {
    SessionStatus status = running_ ? SessionStatus::running : SessionStatus::waiting;
    bool exiting = false, lost = false, instance_lost = false;
    XrEventDataBuffer event;
    while (runtime_.poll_event(event)) {
        for (auto& module : runtime_.modules())
            module->on_event(event);
        switch (event.type) {
            case XR_TYPE_EVENT_DATA_INSTANCE_LOSS_PENDING:
                log::warn(kTag, "the OpenXR instance is about to be lost (runtime going away)");
                instance_lost = true;
                break;
            case XR_TYPE_EVENT_DATA_EVENTS_LOST: {
                const auto& lost_events = reinterpret_cast<const XrEventDataEventsLost&>(event);
                log::warn(kTag, std::to_string(lost_events.lostEventCount) +
                                    " OpenXR event(s) lost: the queue overflowed");
                break;
            }
            case XR_TYPE_EVENT_DATA_REFERENCE_SPACE_CHANGE_PENDING:
                // Poses located after the change are already in the new space; nothing
                // of ours caches one.
                log::info(kTag, "reference space change pending (recentred)");
                break;
            case XR_TYPE_EVENT_DATA_INTERACTION_PROFILE_CHANGED:
                log::info(kTag, "interaction profile changed");
                break;
            case XR_TYPE_EVENT_DATA_SESSION_STATE_CHANGED: {
                const auto& changed =
                    reinterpret_cast<const XrEventDataSessionStateChanged&>(event);
                if (changed.session != session_.get())
                    break;
                on_state(changed.state);
                if (changed.state == XR_SESSION_STATE_EXITING)
                    exiting = true;
                if (changed.state == XR_SESSION_STATE_LOSS_PENDING)
                    lost = true;
                break;
            }
            default:
                break;
        }
    }
    if (instance_lost)
        return SessionStatus::instance_lost;
    if (lost)
        return SessionStatus::loss_pending;
    if (exiting)
        return SessionStatus::exit;
    if (running_)
        status = SessionStatus::running;
    return status;
}

void Session::on_state(XrSessionState state) {
    log::info(kTag, std::string("session ") + to_string(state_) + " -> " + to_string(state));
    state_ = state;
    switch (state) {
        case XR_SESSION_STATE_READY: {
            const XrSessionBeginInfo begin{.type = XR_TYPE_SESSION_BEGIN_INFO,
                                           .primaryViewConfigurationType = kViewConfig};
            XRVIZ_XR_CHECK(xrBeginSession(session_.get(), &begin), "session");
            running_ = true;
            break;
        }
        case XR_SESSION_STATE_STOPPING:
            XRVIZ_XR_CHECK(xrEndSession(session_.get()), "session");
            running_ = false;
            break;
        case XR_SESSION_STATE_LOSS_PENDING:
        case XR_SESSION_STATE_EXITING:
            running_ = false;
            break;
        // IDLE, SYNCHRONIZED (frames run, nothing shown), VISIBLE (shown, no input),
        // FOCUSED (shown, input): the frame loop runs in all but IDLE; focused() gates input.
        default:
            break;
    }
    for (auto& module : runtime_.modules())
        module->on_state_changed(state);
}

void Session::request_exit() {
    if (running_)
        XRVIZ_XR_CHECK(xrRequestExitSession(session_.get()), "session");
}

XrFrame Session::begin_frame() {
    XrFrame frame;
    const XrFrameWaitInfo wait{.type = XR_TYPE_FRAME_WAIT_INFO};
    XrFrameState state{.type = XR_TYPE_FRAME_STATE};
    if (XRVIZ_XR_CHECK(xrWaitFrame(session_.get(), &wait, &state), "frame") ==
        XR_SESSION_LOSS_PENDING) {
        return frame;  // the LOSS_PENDING event follows
    }
    const XrFrameBeginInfo begin{.type = XR_TYPE_FRAME_BEGIN_INFO};
    if (XRVIZ_XR_CHECK(xrBeginFrame(session_.get(), &begin), "frame") == XR_SESSION_LOSS_PENDING) {
        return frame;
    }
    frame.begun = true;
    frame.display_time = state.predictedDisplayTime;
    frame.period = state.predictedDisplayPeriod;
    if (previous_display_time_ != 0 && state.predictedDisplayPeriod > 0) {
        const XrTime step = state.predictedDisplayTime - previous_display_time_;
        // The runtime skipped display periods: the previous frame missed its display time.
        if (step > state.predictedDisplayPeriod * 3 / 2)
            ++late_frames_;
    }
    previous_display_time_ = state.predictedDisplayTime;
    if (!state.shouldRender)
        return frame;

    // Poses predicted for the time the frame will be displayed.
    const XrViewLocateInfo locate{.type = XR_TYPE_VIEW_LOCATE_INFO,
                                  .viewConfigurationType = kViewConfig,
                                  .displayTime = state.predictedDisplayTime,
                                  .space = space_.get()};
    XrViewState view_state{.type = XR_TYPE_VIEW_STATE};
    std::array<XrView, 2> views{XrView{.type = XR_TYPE_VIEW}, XrView{.type = XR_TYPE_VIEW}};
    std::uint32_t count = 0;
    XRVIZ_XR_CHECK(xrLocateViews(session_.get(), &locate, &view_state, 2, &count, views.data()),
                   "eye views");
    const XrViewStateFlags tracked =
        XR_VIEW_STATE_POSITION_VALID_BIT | XR_VIEW_STATE_ORIENTATION_VALID_BIT;
    if (count != 2 || (view_state.viewStateFlags & tracked) != tracked)
        return frame;
    for (std::size_t eye = 0; eye < 2; ++eye)
        frame.eyes[eye] = {views[eye].pose, views[eye].fov};
    frame.should_render = true;
    return frame;
}

render::RenderTarget& Session::acquire() {
    const std::uint32_t colour = colour_swapchain_->acquire();
    target_.colour_image_ = colour_swapchain_->image(colour);
    target_.colour_view_ = colour_swapchain_->view(colour);
    if (depth_swapchain_) target_.depth_view_ = depth_swapchain_->view(depth_swapchain_->acquire());
    return target_;
}

void Session::release() {
    colour_swapchain_->release();
    if (depth_swapchain_) depth_swapchain_->release();
}

void Session::end_frame(const XrFrame& frame, bool rendered, float world_per_metre,
                        std::span<const XrCompositionLayerQuad> quads) {
    if (!frame.begun)
        return;
    std::array<XrCompositionLayerDepthInfoKHR, 2> depth{};
    std::array<XrCompositionLayerProjectionView, 2> views{};
    for (std::uint32_t eye = 0; eye < 2; ++eye) {
        if (depth_swapchain_) {
            // Standard depth: 0 at the renderer's near plane, 1 at its far plane; the planes
            // are in world units, which the scene's scale turns into the space's metres.
            depth[eye] = XrCompositionLayerDepthInfoKHR{
                .type = XR_TYPE_COMPOSITION_LAYER_DEPTH_INFO_KHR,
                .subImage = depth_swapchain_->sub_image(eye),
                .minDepth = 0.0f,
                .maxDepth = 1.0f,
                .nearZ = render::kNearPlane / world_per_metre,
                .farZ = render::kFarPlane / world_per_metre,
            };
        }
        views[eye] = XrCompositionLayerProjectionView{
            .type = XR_TYPE_COMPOSITION_LAYER_PROJECTION_VIEW,
            .next = depth_swapchain_ ? &depth[eye] : nullptr,
            .pose = frame.eyes[eye].pose,
            .fov = frame.eyes[eye].fov,
            .subImage = colour_swapchain_->sub_image(eye),
        };
    }
    XrCompositionLayerProjection projection{
        .type = XR_TYPE_COMPOSITION_LAYER_PROJECTION,
        .space = space_.get(),
        .viewCount = 2,
        .views = views.data(),
    };
    // The room (passthrough) under the scene, panels over it.
    std::vector<const XrCompositionLayerBaseHeader*> layers;
    if (rendered) {
        for (const auto& module : runtime_.modules()) {
            if (const auto* background = module->background_layer(space_.get())) {
                layers.push_back(background);
                // The scene's alpha (premultiplied) now says where the room shows.
                projection.layerFlags |= XR_COMPOSITION_LAYER_BLEND_TEXTURE_SOURCE_ALPHA_BIT;
            }
        }
        layers.push_back(reinterpret_cast<const XrCompositionLayerBaseHeader*>(&projection));
        for (const XrCompositionLayerQuad& quad : quads)
            layers.push_back(reinterpret_cast<const XrCompositionLayerBaseHeader*>(&quad));
    }
    // A frame that was begun is always ended; one that drew nothing has no layers.
    const XrFrameEndInfo info{
        .type = XR_TYPE_FRAME_END_INFO,
        .displayTime = frame.display_time,
        .environmentBlendMode = blend_mode_,
        .layerCount = static_cast<std::uint32_t>(layers.size()),
        .layers = layers.empty() ? nullptr : layers.data(),
    };
    XRVIZ_XR_CHECK(xrEndFrame(session_.get(), &info), "frame");
}

render::View to_render_view(const EyeView& eye, const glm::mat4& world_from_space) {
    const glm::quat orientation(eye.pose.orientation.w, eye.pose.orientation.x,
                                eye.pose.orientation.y, eye.pose.orientation.z);
    const glm::vec3 position(eye.pose.position.x, eye.pose.position.y, eye.pose.position.z);
    const glm::mat4 space_from_eye =
        glm::translate(glm::mat4(1.0f), position) * glm::mat4_cast(orientation);
    const glm::mat4 world_from_eye = world_from_space * space_from_eye;
    render::View view;
    view.view = glm::inverse(world_from_eye);
    view.projection = render::perspective_from_angles(eye.fov.angleLeft, eye.fov.angleRight,
                                                      eye.fov.angleUp, eye.fov.angleDown);
    view.eye = glm::vec3(world_from_eye[3]);
    return view;
}

}  // namespace xrviz::xr
