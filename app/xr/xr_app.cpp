#include "app/xr/xr_app.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/trigonometric.hpp>

#include "app/cli/bench_report.h"
#include "app/process_clock.h"
#include "app/viewer_start.h"
#include "app/viewer_state.h"
#include "app/xr/hand_interaction.h"
#include "app/xr/mirror_window.h"
#include "app/xr/presenter.h"
#include "app/xr/xr_panels.h"
#include "app/xr/xr_tour.h"
#include "engine/core/log.h"
#include "engine/core/process_stats.h"
#include "engine/render/gpu.h"
#include "engine/render/renderer.h"
#include "scenes/pointer.h"
#include "scenes/viewer.h"
#include "xr/controllers.h"
#include "xr/runtime.h"
#include "xr/session.h"

namespace xrviz::app {
namespace {

using Milliseconds = std::chrono::duration<double, std::milli>;
using SteadyClock = std::chrono::steady_clock;

constexpr const char* kTag = "xr";
// After LOSS_PENDING the runtime may need a moment (a headset reconnecting) before a new
// session can be made; the system is asked again at this interval.
constexpr auto kRecreateDelay = std::chrono::milliseconds(200);
constexpr int kRecreateAttempts = 50;
constexpr auto kIdlePoll = std::chrono::milliseconds(5);

constexpr float kPulseSeconds = 0.05f;
constexpr float kPulseAmplitude = 0.6f;

// The session's space with its floor moved to y = 0 (a LOCAL space has its origin at the
// eyes), which is what the rig and the hand interaction work in.
glm::vec3 floor_relative(const XrVector3f& p, float floor_height) {
    return {p.x, p.y - floor_height, p.z};
}

void to_floor_space(std::array<xr::Hand, 2>& hands, float floor_height) {
    for (xr::Hand& hand : hands) {
        hand.aim.position.y -= floor_height;
        hand.grip.position.y -= floor_height;
    }
}

glm::vec3 head_position(const xr::XrFrame& frame, float floor_height) {
    return 0.5f * (floor_relative(frame.eyes[0].pose.position, floor_height) +
                   floor_relative(frame.eyes[1].pose.position, floor_height));
}

// Where the head looks, in the session's space.
glm::vec3 looking_at(const xr::XrFrame& frame) {
    const XrQuaternionf& q = frame.eyes[0].pose.orientation;
    return glm::quat(q.w, q.x, q.y, q.z) * glm::vec3(0.0f, 0.0f, -1.0f);
}

// How far from `from` toward `to` (session space, metres) the nearest figure of the scene
// is, if one is in the way.
std::optional<float> scene_distance(const scenes::Viewer& viewer, const glm::mat4& world_from_session,
                                    const glm::vec3& from, const glm::vec3& to) {
    const glm::vec3 a = glm::vec3(world_from_session * glm::vec4(from, 1.0f));
    const glm::vec3 b = glm::vec3(world_from_session * glm::vec4(to, 1.0f));
    const float world_length = glm::distance(a, b);
    if (world_length <= 0.0f) return std::nullopt;
    const auto hit = viewer.hit_distance(render::Ray{a, (b - a) / world_length});
    if (!hit) return std::nullopt;
    return *hit * glm::distance(from, to) / world_length;
}

// What the wrist menu asked for.
void apply(const scenes::panels::WristMenuRequests& requests, XrPanels& panels,
           HandInteraction& hands, const scenes::Viewer& viewer, xr::Session& session,
           const glm::vec3& head, const glm::vec3& forward) {
    const auto& state = panels.wrist_state();
    if (state.passthrough_available && state.passthrough_on != session.see_through())
        session.set_passthrough(state.passthrough_on);
    ComfortSettings& comfort = hands.comfort();
    comfort.snap_turn_radians = glm::radians(static_cast<float>(state.snap_turn_degrees));
    comfort.smooth_move = state.smooth_move;
    const bool seated_changed = comfort.seated != state.seated;
    comfort.seated = state.seated;
    if (requests.recentre || seated_changed) hands.reset(viewer);
    if (requests.main_panel_here) panels.place_main(head, forward);
}

RigState rig_state(const scenes::Rig& rig) {
    return RigState{.origin = rig.origin,
                    .yaw_degrees = glm::degrees(rig.yaw),
                    .world_per_metre = rig.world_per_metre};
}

}  // namespace

int run_xr(const Options& options, std::shared_ptr<const data::Dataset> dataset) {
    xr::Runtime runtime(xr::make_optional_modules());
    const auto creator = runtime.make_vulkan_creator();
    std::optional<desktop::GlfwLibrary> glfw;  // --mirror: before the Vulkan instance
    if (options.mirror)
        glfw.emplace();
    render::Gpu gpu(vk::ContextOptions{
        .validation = options.validation,
        .instance_extensions =
            glfw ? MirrorWindow::instance_extensions() : std::vector<std::string>{},
        .device_extensions = glfw ? MirrorWindow::device_extensions() : std::vector<std::string>{},
        .creator = creator.get()});
    scenes::Viewer viewer(std::move(dataset), options.scene.empty() ? "skyline" : options.scene,
                          {.model = options.model});
    apply_start_options(options, viewer);

    const VkSampleCountFlagBits samples = render::sample_count_bits(options.msaa);
    auto session = std::make_unique<xr::Session>(runtime, gpu.context, samples, options.mirror,
                                      options.ar);
    auto controllers = std::make_unique<xr::Controllers>(runtime.instance(), session->handle());
    std::optional<XrTour> tour = make_xr_tour(options, viewer);  // --tour: app/xr/xr_tour.h
    HandInteraction hands_in_world(ComfortSettings{
        .snap_turn_radians = glm::radians(static_cast<float>(options.snap_turn_degrees)),
        .smooth_move = options.smooth_move,
        .seated = options.seated});
    hands_in_world.reset(viewer);
    // The wrist menu shows (and changes) the comfort settings of the hands.
    const auto make_panels = [&] {
        auto made = std::make_unique<XrPanels>(
            session->handle(), gpu.context,
            xr::choose_colour_format(xr::offered_swapchain_formats(session->handle())));
        const ComfortSettings& comfort = hands_in_world.comfort();
        auto& menu = made->wrist_state();
        menu.snap_turn_degrees =
            static_cast<int>(std::lround(glm::degrees(comfort.snap_turn_radians)));
        menu.smooth_move = comfort.smooth_move;
        menu.seated = comfort.seated;
        // At an unattended show (--kiosk) the developer panel stays away.
        menu.main_panel_visible = !options.kiosk;
        menu.tour_controls = tour.has_value();
        // --ar on an opaque display with passthrough (Quest): the room behind the scene.
        menu.passthrough_available = session->passthrough_available();
        menu.passthrough_on = options.ar && menu.passthrough_available &&
                              session->blend_mode() == XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
        session->set_passthrough(menu.passthrough_on);
        return made;
    };
    auto panels = make_panels();
    bool panels_placed = false;
    std::array<xr::Hand, 2> hands{};
    XrTime previous_display_time = 0;
    render::Renderer renderer(gpu.context, gpu.allocator, gpu.frames, session->target_format(),
                              gpu.font);
    std::optional<Presenter> presenter;  // --mirror: app/xr/presenter.h
    if (options.mirror)
        presenter.emplace(options, gpu.context, gpu.allocator, session->target_format().extent);
    if (options.screenshot && !(options.mirror && options.frames > 0))
        log::warn(kTag,
                  "--screenshot in a headset pictures the --mirror window's last frame: "
                  "add --mirror and --frames N");
    if (options.replay && !options.mirror)
        log::warn(kTag, "--replay in a headset replays the --mirror window's input: add --mirror");
    bool screenshot_written = false;

    BenchReport bench;
    bench.scene = std::string(viewer.scene().name());
    bench.width = static_cast<int>(session->target_format().extent.width);
    bench.height = static_cast<int>(session->target_format().extent.height);
    std::uint64_t late_before_loss = 0;

    render::FrameDescription frame;
    int rendered = 0;
    bool exit_requested = false;
    bool instance_lost = false;
    XrTime first_display_time = 0;
    bool was_focused = false;
    auto previous = SteadyClock::now();
    for (bool done = false; !done;) {
        switch (session->poll_events()) {
            case xr::SessionStatus::exit:
                done = true;
                continue;
            case xr::SessionStatus::instance_lost:
                instance_lost = true;
                done = true;
                continue;
            case xr::SessionStatus::loss_pending: {
                log::warn(kTag, "session lost; recreating it");
                late_before_loss += session->late_frames();
                gpu.frames.wait_all();
                controllers.reset();
                panels.reset();
                session.reset();
                renderer.forget_target_views();
                int attempt = 0;
                do {
                    std::this_thread::sleep_for(kRecreateDelay);
                } while (!runtime.refresh_system() && ++attempt < kRecreateAttempts);
                session =
                    std::make_unique<xr::Session>(runtime, gpu.context, samples, options.mirror,
                                      options.ar);
                controllers =
                    std::make_unique<xr::Controllers>(runtime.instance(), session->handle());
                panels = make_panels();
                panels_placed = false;
                hands_in_world.release_all();
                if (!(session->target_format() == renderer.target_format())) {
                    renderer.set_target_format(session->target_format());
                }
                exit_requested = false;
                continue;
            }
            case xr::SessionStatus::waiting:
                std::this_thread::sleep_for(kIdlePoll);
                continue;
            case xr::SessionStatus::running:
                break;
        }
        if (presenter && presenter->close_requested() && !exit_requested) {
            session->request_exit();
            exit_requested = true;
        }
        if (session->focused() != was_focused) {
            was_focused = session->focused();
            // Without focus the runtime withholds input; the picture keeps going.
            log::info(kTag, was_focused ? "focused: input on" : "not focused: input off");
            if (!was_focused) hands_in_world.release_all();
        }

        const xr::XrFrame xr_frame = session->begin_frame();
        const auto start = SteadyClock::now();
        bool drew = false;
        if (xr_frame.should_render) {
            if (first_display_time == 0)
                first_display_time = xr_frame.display_time;
            const double now =
                static_cast<double>(xr_frame.display_time - first_display_time) * 1e-9;
            viewer.update(now);
            if (presenter)
                presenter->update(static_cast<std::uint64_t>(rendered), now,
                                  tour ? &*tour : nullptr);
            const bool control = hands[0].select || hands[1].select || hands[0].menu ||
                                 hands[1].menu;  // last frame's, for the tour
            // Worn: focused and, where the runtime senses it (XR_EXT_user_presence), on a head.
            const bool worn = session->focused() && session->user_present().value_or(true);
            if (tour && tour->update(now, worn, control))
                hands_in_world.reset(viewer);  // under black: stand the person at the stop
            const float floor = session->floor_height();
            const glm::vec3 head = head_position(xr_frame, floor);
            const float seconds =
                previous_display_time == 0
                    ? 0.0f
                    : static_cast<float>(xr_frame.display_time - previous_display_time) * 1e-9f;
            previous_display_time = xr_frame.display_time;
            const glm::vec3 head_in_session = head + glm::vec3(0.0f, floor, 0.0f);
            if (!panels_placed) {
                panels->place_main(head_in_session, looking_at(xr_frame));
                panels_placed = true;
            }
            // Input only with focus; VISIBLE keeps drawing with none.
            if (session->focused() &&
                controllers->sync(session->space(), xr_frame.display_time, hands)) {
                // Panels first, in the session's space: a hand on a panel is the panel's.
                const auto on_panel = panels->route(hands, head_in_session, seconds);
                for (std::size_t hand = 0; hand < 2; ++hand) {
                    if (on_panel[hand] || panels->carrying_main()) hands[hand].grab = false;
                }
                to_floor_space(hands, floor);
                const HandEffects effects =
                    hands_in_world.update(hands, head, seconds, viewer, on_panel);
                for (std::size_t hand = 0; hand < 2; ++hand) {
                    if (effects.pulse[hand])
                        controllers->pulse(hand, kPulseSeconds, kPulseAmplitude);
                }
                if (effects.selected_at) {
                    panels->show_details_at(*effects.selected_at + glm::vec3(0.0f, floor, 0.0f),
                                            head_in_session);
                }
            }
            const glm::mat4 placement =
                hands_in_world.rig().world_from_space() *
                glm::translate(glm::mat4(1.0f), glm::vec3(0.0f, -floor, 0.0f));
            frame.views = {xr::to_render_view(xr_frame.eyes[0], placement),
                           xr::to_render_view(xr_frame.eyes[1], placement)};
            frame.clear_colour = render::FrameDescription{}.clear_colour;
            viewer.describe(frame);
            hands_in_world.describe(frame, head);
            if (session->see_through()) {
                // The room is the background: nothing drawn where the scene has nothing.
                frame.clear_colour = glm::vec4(0.0f);
                frame.grid.visible = false;
            }
            const glm::mat4 world_from_session = placement;
            panels->keep_clear(head_in_session, [&](const glm::vec3& from, const glm::vec3& to) {
                return scene_distance(viewer, world_from_session, from, to);
            });
            if (tour)
                tour->describe(now, hands_in_world.rig().to_world(head), frame);
            render::RenderTarget& target = session->acquire();
            const VkCommandBuffer cmd = gpu.frames.begin_frame();
            const render::RenderStats stats = renderer.record(frame, target);
            const scenes::panels::WristMenuRequests requests = panels->record(cmd, viewer);
            apply(requests, *panels, hands_in_world, viewer, *session, head_in_session,
                  looking_at(xr_frame));
            if (tour)
                tour->command(requests.tour, now);
            std::optional<vk::AcquiredImage> mirrored;
            if (presenter) {
                const bool last = options.frames > 0 && rendered + 1 == options.frames;
                mirrored = presenter->record(gpu.frames, target.colour_image(),
                                             session->target_format().extent,
                                             last ? options.screenshot : std::nullopt);
            }
            bench.cpu_ms.add(Milliseconds(SteadyClock::now() - start).count() -
                             gpu.frames.last_gpu_wait_ms());
            gpu.frames.end_frame(mirrored, MirrorWindow::kWaitStage);
            session->release();
            panels->release();
            if (mirrored && presenter->present(*mirrored, gpu.frames))
                screenshot_written = true;
            bench.draw_calls = stats.draw_calls;
            bench.instances = stats.instances;
            drew = true;
        }
        session->end_frame(xr_frame, drew, hands_in_world.rig().world_per_metre,
                           drew ? panels->layers(session->space())
                                : std::vector<XrCompositionLayerQuad>{});
        if (!drew)
            continue;
        if (rendered == 0) {
            bench.first_frame_ms = Milliseconds(SteadyClock::now() - process_start()).count();
        } else {
            bench.frame_ms.add(Milliseconds(start - previous).count());
        }
        if (const auto gpu_ms = gpu.frames.last_gpu_ms(); gpu_ms && rendered > 0) {
            bench.gpu_ms.add(*gpu_ms);
        }
        previous = start;
        ++rendered;
        if (options.frames > 0 && rendered >= options.frames && !exit_requested) {
            session->request_exit();
            exit_requested = true;
        }
    }
    gpu.frames.wait_all();
    presenter.reset();
    log::info(kTag, "main panel: " + std::to_string(panels->main_images_drawn()) +
                        " image(s) drawn");
    panels.reset();
    controllers.reset();
    const std::uint64_t late_frames = late_before_loss + session->late_frames();
    session.reset();
    log::info(kTag, std::to_string(rendered) + " frames rendered, " + std::to_string(late_frames) +
                        " late");

    if (options.state_out)
        write_viewer_state(*options.state_out, viewer, rig_state(hands_in_world.rig()),
                           tour ? std::optional(tour->report()) : std::nullopt);
    if (options.bench) {
        bench.frames = rendered;
        bench.late_frames = late_frames;
        bench.peak_rss_mb = peak_rss_mb();
        write_bench_json(*options.bench, bench);
        log::info(kTag, "wrote " + options.bench->string());
    }
    if (instance_lost) {
        std::fprintf(stderr,
                     "xrviz: the OpenXR runtime is going away (instance loss pending); "
                     "exiting\n");
    }
    const std::uint64_t messages = gpu.context.validation_message_count() + runtime.message_count();
    if (messages > 0) {
        std::fprintf(stderr, "xrviz: %llu validation message(s); failing the run\n",
                     static_cast<unsigned long long>(messages));
        return 3;
    }
    if (options.screenshot && !screenshot_written) {
        std::fprintf(stderr,
                     "xrviz: no screenshot: in a headset it is the --mirror window's "
                     "picture of frame --frames N\n");
        return 1;
    }
    return 0;
}

}  // namespace xrviz::app
