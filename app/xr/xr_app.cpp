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

#include "app/cli/bench_report.h"
#include "app/process_clock.h"
#include "app/viewer_state.h"
#include "app/xr/mirror_window.h"
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

// Places the session's space in the scene: the floor of the space on the scene's floor,
// its origin where the scene's camera stands, facing what the camera looks at. Someone
// standing at the stage's centre then sees the opening view, at their own eye height.
glm::mat4 world_from_space(const scenes::Viewer& viewer, float floor_height) {
    const render::CameraPose& camera = viewer.camera();
    const glm::vec3 forward = camera.target - camera.eye;
    const float yaw = std::atan2(-forward.x, -forward.z);  // 0 when looking down -z
    glm::mat4 m = glm::translate(glm::mat4(1.0f), glm::vec3(camera.eye.x, 0.0f, camera.eye.z));
    m = glm::rotate(m, yaw, glm::vec3(0.0f, 1.0f, 0.0f));
    return glm::translate(m, glm::vec3(0.0f, -floor_height, 0.0f));
}

render::Ray aim_ray(const XrPosef& aim, const glm::mat4& world_from_space) {
    const glm::quat orientation(aim.orientation.w, aim.orientation.x, aim.orientation.y,
                                aim.orientation.z);
    const glm::vec3 origin(aim.position.x, aim.position.y, aim.position.z);
    const glm::vec3 direction = orientation * glm::vec3(0.0f, 0.0f, -1.0f);
    return render::Ray{glm::vec3(world_from_space * glm::vec4(origin, 1.0f)),
                       glm::normalize(glm::vec3(world_from_space * glm::vec4(direction, 0.0f)))};
}

// The controllers as the scene's pointers: the first tracked hand hovers, a press of
// select picks. Called only while the session is focused.
class HandInput {
public:
    void apply(const std::array<xr::Hand, 2>& hands, const glm::mat4& world_from_space,
               scenes::Viewer& viewer) {
        for (std::size_t i = 0; i < hands.size(); ++i) {
            const xr::Hand& hand = hands[i];
            const bool pressed = hand.select && !was_selected_[i];
            was_selected_[i] = hand.select;
            if (!hand.tracked)
                continue;
            scenes::Pointer pointer;
            pointer.ray = aim_ray(hand.aim, world_from_space);
            pointer.select = hand.select;
            viewer.point(pointer);
            if (pressed)
                viewer.select(pointer.ray);
        }
    }
    void reset() { was_selected_ = {}; }

private:
    std::array<bool, 2> was_selected_{};
};

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
    scenes::Viewer viewer(std::move(dataset), options.scene.empty() ? "skyline" : options.scene);
    if (options.gpus)
        viewer.set_parameter("gpus", *options.gpus);
    if (options.view)
        viewer.set_view(*options.view);
    if (options.camera)
        viewer.set_camera(*options.camera);

    const VkSampleCountFlagBits samples = render::sample_count_bits(options.msaa);
    auto session = std::make_unique<xr::Session>(runtime, gpu.context, samples, options.mirror);
    auto controllers = std::make_unique<xr::Controllers>(runtime.instance(), session->handle());
    HandInput hand_input;
    std::array<xr::Hand, 2> hands{};
    render::Renderer renderer(gpu.context, gpu.allocator, gpu.frames, session->target_format(),
                              gpu.font);
    std::optional<MirrorWindow> mirror;
    if (options.mirror)
        mirror.emplace(gpu.context, session->target_format().extent);

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
                session.reset();
                renderer.forget_target_views();
                int attempt = 0;
                do {
                    std::this_thread::sleep_for(kRecreateDelay);
                } while (!runtime.refresh_system() && ++attempt < kRecreateAttempts);
                session =
                    std::make_unique<xr::Session>(runtime, gpu.context, samples, options.mirror);
                controllers =
                    std::make_unique<xr::Controllers>(runtime.instance(), session->handle());
                hand_input.reset();
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
        if (mirror && mirror->should_close() && !exit_requested) {
            session->request_exit();
            exit_requested = true;
        }
        if (session->focused() != was_focused) {
            was_focused = session->focused();
            // Without focus the runtime withholds input; the picture keeps going.
            log::info(kTag, was_focused ? "focused: input on" : "not focused: input off");
        }

        const xr::XrFrame xr_frame = session->begin_frame();
        const auto start = SteadyClock::now();
        bool drew = false;
        if (xr_frame.should_render) {
            if (first_display_time == 0)
                first_display_time = xr_frame.display_time;
            viewer.update(static_cast<double>(xr_frame.display_time - first_display_time) * 1e-9);
            const glm::mat4 placement = world_from_space(viewer, session->floor_height());
            // Input only with focus; VISIBLE keeps drawing with none.
            if (session->focused() &&
                controllers->sync(session->space(), xr_frame.display_time, hands)) {
                hand_input.apply(hands, placement, viewer);
            }
            frame.views = {xr::to_render_view(xr_frame.eyes[0], placement),
                           xr::to_render_view(xr_frame.eyes[1], placement)};
            viewer.describe(frame);
            render::RenderTarget& target = session->acquire();
            gpu.frames.begin_frame();
            const render::RenderStats stats = renderer.record(frame, target);
            bench.cpu_ms.add(Milliseconds(SteadyClock::now() - start).count() -
                             gpu.frames.last_gpu_wait_ms());
            gpu.frames.end_frame();
            session->release();
            bench.draw_calls = stats.draw_calls;
            bench.instances = stats.instances;
            drew = true;
        }
        session->end_frame(xr_frame, drew);
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
    mirror.reset();
    controllers.reset();
    const std::uint64_t late_frames = late_before_loss + session->late_frames();
    session.reset();
    log::info(kTag, std::to_string(rendered) + " frames rendered, " + std::to_string(late_frames) +
                        " late");

    if (options.state_out)
        write_viewer_state(*options.state_out, viewer);
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
    return 0;
}

}  // namespace xrviz::app
