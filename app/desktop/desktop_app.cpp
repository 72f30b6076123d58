#include "app/desktop/desktop_app.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "app/desktop/glfw_window.h"
#include "app/desktop/window_capture.h"
#include "app/desktop/window_target.h"
#include "app/input/interaction.h"
#include "app/input/recording.h"
#include "app/viewer_state.h"
#include "engine/assets/font_atlas.h"
#include "engine/core/log.h"
#include "engine/render/gpu.h"
#include "engine/render/renderer.h"
#include "engine/ui/ui_context.h"
#include "engine/ui/ui_pass.h"
#include "scenes/panels/panels.h"
#include "scenes/viewer.h"

namespace xrviz::app {
namespace {

using input::EventType;
using input::InputEvent;
using SteadyClock = std::chrono::steady_clock;

constexpr std::uint64_t kScreenshotFrames = 3;

VkSampleCountFlagBits sample_count(int msaa) {
    switch (msaa) {
        case 1:
            return VK_SAMPLE_COUNT_1_BIT;
        case 2:
            return VK_SAMPLE_COUNT_2_BIT;
        case 8:
            return VK_SAMPLE_COUNT_8_BIT;
        default:
            return VK_SAMPLE_COUNT_4_BIT;
    }
}

const char* present_mode_name(VkPresentModeKHR mode) {
    switch (mode) {
        case VK_PRESENT_MODE_FIFO_KHR:
            return "vsync";
        case VK_PRESENT_MODE_MAILBOX_KHR:
            return "mailbox";
        case VK_PRESENT_MODE_IMMEDIATE_KHR:
            return "immediate";
        default:
            return "other";
    }
}

vk::ContextOptions context_options(const Options& options) {
    vk::ContextOptions out{.validation = options.validation};
    out.instance_extensions = desktop::GlfwLibrary::required_instance_extensions();
    out.device_extensions = {VK_KHR_SWAPCHAIN_EXTENSION_NAME};
    return out;
}

VkExtent2D to_extent(glm::ivec2 size) {
    return {static_cast<std::uint32_t>(size.x), static_cast<std::uint32_t>(size.y)};
}

ui::UiKey ui_key(input::Key key, bool& known) {
    known = true;
    switch (key) {
        case input::Key::tab:
            return ui::UiKey::tab;
        case input::Key::left:
            return ui::UiKey::left;
        case input::Key::right:
            return ui::UiKey::right;
        case input::Key::up:
            return ui::UiKey::up;
        case input::Key::down:
            return ui::UiKey::down;
        case input::Key::page_up:
            return ui::UiKey::page_up;
        case input::Key::page_down:
            return ui::UiKey::page_down;
        case input::Key::home:
            return ui::UiKey::home;
        case input::Key::end:
            return ui::UiKey::end;
        case input::Key::insert:
            return ui::UiKey::insert;
        case input::Key::del:
            return ui::UiKey::del;
        case input::Key::backspace:
            return ui::UiKey::backspace;
        case input::Key::space:
            return ui::UiKey::space;
        case input::Key::enter:
            return ui::UiKey::enter;
        case input::Key::escape:
            return ui::UiKey::escape;
        case input::Key::a:
            return ui::UiKey::a;
        case input::Key::c:
            return ui::UiKey::c;
        case input::Key::v:
            return ui::UiKey::v;
        case input::Key::x:
            return ui::UiKey::x;
        case input::Key::y:
            return ui::UiKey::y;
        case input::Key::z:
            return ui::UiKey::z;
        default:
            known = false;
            return ui::UiKey::count;
    }
}

// ImGui sees the state after this frame's events, plus the wheel turned during it.
ui::UiInput ui_input(const input::InputState& state, const std::vector<InputEvent>& events,
                     float seconds) {
    ui::UiInput in;
    in.display_size = state.window_size;
    in.framebuffer_scale = state.framebuffer_scale;
    in.delta_time_s = seconds;
    in.mouse = state.mouse.value_or(glm::vec2(-1.0f));
    in.mouse_down = state.buttons;
    for (const InputEvent& e : events) {
        if (e.type == EventType::wheel)
            in.wheel += e.wheel.y;
    }
    for (std::size_t k = 0; k < state.keys.size(); ++k) {
        bool known = false;
        const ui::UiKey key = ui_key(static_cast<input::Key>(k), known);
        if (known)
            in.keys[static_cast<std::size_t>(key)] = state.keys[k];
    }
    in.ctrl = state.ctrl();
    in.shift = state.shift();
    in.alt = state.alt();
    in.super = state.super();
    return in;
}

std::filesystem::path f12_path() {
    const std::time_t now = std::time(nullptr);
    char name[64];
    std::strftime(name, sizeof name, "xrviz-%Y%m%d-%H%M%S.png", std::localtime(&now));
    return name;
}

// The window's Vulkan side, members in creation order so teardown is the reverse.
struct WindowStack {
    WindowStack(const Options& options, desktop::GlfwWindow& window)
        : window_(window),
          gpu(context_options(options)),
          surface_(window.create_surface(gpu.context.instance())),
          swapchain(gpu.context, surface_.get(), to_extent(window.framebuffer_size()),
                    vk::SwapchainOptions{.vsync = !options.no_vsync,
                                         .frames_in_flight = render::kFramesInFlight}),
          format_(target_format(options.msaa)),
          renderer(gpu.context, gpu.allocator, gpu.frames, format_, gpu.font),
          capture(gpu.context, gpu.allocator) {}

    ~WindowStack() { gpu.frames.wait_all(); }

    // Draws one frame: the scene, then the panels, then (on request) a screenshot.
    // Returns the renderer's figures.
    render::RenderStats draw(render::FrameDescription& frame, ui::UiPass& ui_pass,
                             ImDrawData* draw_data,
                             const std::optional<std::filesystem::path>& screenshot) {
        const glm::ivec2 size = window_.framebuffer_size();
        if (size.x <= 0 || size.y <= 0)
            return {};
        if (needs_recreate_ || swapchain.extent().width != static_cast<std::uint32_t>(size.x) ||
            swapchain.extent().height != static_cast<std::uint32_t>(size.y)) {
            recreate(to_extent(size), ui_pass);
        }
        VkCommandBuffer cmd = gpu.frames.begin_frame();
        const auto acquired = swapchain.acquire(gpu.frames.slot());
        if (!acquired) {
            // Out of date: submit the empty frame (keeps the ring in step), rebuild next time.
            gpu.frames.end_frame();
            needs_recreate_ = true;
            return {};
        }
        desktop::WindowTarget target(format_, swapchain.image(acquired->index));
        const VkExtent2D extent = format_.extent;
        frame.views = {view_for(extent)};
        viewer_->describe(frame);
        const render::RenderStats stats = renderer.record(frame, target);
        ui_pass.record(cmd, target.colour_view(), extent, draw_data);
        if (screenshot) {
            if (swapchain.can_read_back()) {
                capture.record(cmd, target.colour_image(), swapchain.format(), extent, *screenshot);
            } else {
                log::warn("desktop", "this surface cannot be read back; no screenshot");
            }
        }
        const VkSemaphore wait[] = {acquired->image_available};
        const VkPipelineStageFlags stages[] = {VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT};
        const VkSemaphore signal[] = {acquired->render_finished};
        gpu.frames.end_frame(wait, stages, signal);
        if (swapchain.present(*acquired) == vk::PresentResult::needs_recreate) {
            needs_recreate_ = true;
        }
        if (capture.pending()) {
            gpu.frames.wait_all();
            capture.write();
        }
        return stats;
    }

    void set_viewer(const scenes::Viewer& viewer) { viewer_ = &viewer; }
    const render::TargetFormat& format() const { return format_; }

    int validation_exit_code() const {
        const auto messages = gpu.context.validation_message_count();
        if (messages == 0)
            return 0;
        std::fprintf(stderr, "xrviz: %llu Vulkan validation message(s); failing the run\n",
                     static_cast<unsigned long long>(messages));
        return 3;
    }

    render::TargetFormat target_format(int msaa) const {
        return render::TargetFormat{
            .colour_format = swapchain.format(),
            .extent = swapchain.extent(),
            .view_count = 1,
            .samples = sample_count(msaa),
            // The UI pass follows and ends in PRESENT_SRC.
            .final_layout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
        };
    }

    render::View view_for(VkExtent2D extent) const {
        return viewer_->camera_view(static_cast<float>(extent.width) /
                                    static_cast<float>(extent.height));
    }

    void recreate(VkExtent2D extent, ui::UiPass& ui_pass) {
        gpu.frames.wait_all();
        swapchain.recreate(extent);
        renderer.forget_target_views();
        ui_pass.forget_target_views();
        format_.extent = swapchain.extent();
        renderer.set_target_format(format_);
        needs_recreate_ = false;
    }

    desktop::GlfwWindow& window_;
    render::Gpu gpu;
    vk::UniqueSurface surface_;
    vk::Swapchain swapchain;
    render::TargetFormat format_;
    render::Renderer renderer;
    desktop::WindowCapture capture;
    const scenes::Viewer* viewer_ = nullptr;
    bool needs_recreate_ = false;
};

}  // namespace

int run_desktop(const Options& options, std::shared_ptr<const data::Dataset> dataset) {
    scenes::Viewer viewer(std::move(dataset), options.scene.empty() ? "skyline" : options.scene);
    if (options.view)
        viewer.set_view(*options.view);
    if (options.camera)
        viewer.set_camera(*options.camera);

    std::optional<input::Replay> replay;
    if (options.replay)
        replay.emplace(*options.replay);
    std::optional<input::Recorder> recorder;
    if (options.record)
        recorder.emplace(*options.record);

    desktop::GlfwLibrary glfw;
    desktop::GlfwWindow window(options.width, options.height, "xrviz - " + viewer.scene().title());
    window.set_accept_input(!replay);
    WindowStack stack(options, window);
    stack.set_viewer(viewer);

    const float scale = window.content_scale();
    ui::UiContext ui(ui::UiContextOptions{
        .content_scale = scale, .linear_target = true, .font = assets::default_font_path()});
    ui::UiPass ui_pass(stack.gpu.context, ui,
                       ui::UiPassFormat{.colour_format = stack.swapchain.format(),
                                        .initial_layout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                                        .final_layout = VK_IMAGE_LAYOUT_PRESENT_SRC_KHR,
                                        .frames_in_flight = render::kFramesInFlight});

    input::Interaction interaction(viewer);
    input::InputState state;
    const glm::ivec2 window_size = window.window_size();
    state.window_size = glm::vec2(window_size);
    ui::PanelVisibility visibility;
    ui::PeriodPlayback playback;
    ui::PerformanceFigures performance;
    const std::vector<ui::HelpEntry> help = input::help_entries();

    // A replay without --frames ends one frame after its last event; --screenshot without
    // --frames takes its picture once the first frames have settled, as headless does.
    std::uint64_t frame_limit = 0;
    if (options.frames > 0) {
        frame_limit = static_cast<std::uint64_t>(options.frames);
    } else if (replay) {
        frame_limit = replay->last_frame() + 2;
    } else if (options.screenshot) {
        frame_limit = kScreenshotFrames;
    }
    if (recorder) {
        // The recording starts from the window's size, so a replay maps the mouse alike.
        InputEvent size_event;
        size_event.type = EventType::resize;
        size_event.width = window_size.x;
        size_event.height = window_size.y;
        recorder->write(size_event);
    }

    render::FrameDescription frame;
    const auto start = SteadyClock::now();
    auto previous = start;
    double clock_s = 0.0;
    bool screenshot_done = false;
    std::uint64_t frame_number = 0;
    for (; frame_limit == 0 || frame_number < frame_limit; ++frame_number) {
        window.poll();
        if (window.should_close())
            break;
        const auto now = SteadyClock::now();
        const double seconds = replay ? replay->frame_seconds(frame_number)
                                      : std::chrono::duration<double>(now - previous).count();
        previous = now;
        clock_s += seconds;

        std::vector<InputEvent> events;
        if (replay) {
            const auto replayed = replay->events_for(frame_number);
            for (const InputEvent& e : replayed) {
                if (e.type != EventType::tick)
                    events.push_back(e);
            }
        } else {
            events = window.take_frame_events();
        }
        if (recorder) {
            for (InputEvent& e : events) {
                e.frame = frame_number;
                e.time_s = clock_s;
                recorder->write(e);
            }
            InputEvent tick;
            tick.frame = frame_number;
            tick.time_s = clock_s;
            tick.dt = seconds;
            recorder->write(tick);
            // On disk every frame: a session that crashes still leaves its replay behind.
            recorder->flush();
        }

        const glm::ivec2 fb = window.framebuffer_size();
        const glm::ivec2 ws = window.window_size();
        if (ws.x > 0 && ws.y > 0) {
            // The real window decides (F11, a window manager); replayed resizes ask it to.
            state.window_size = glm::vec2(ws);
            state.framebuffer_scale = glm::vec2(fb) / glm::vec2(ws);
        }
        input::InputState after = state;
        for (const InputEvent& e : events)
            after.apply(e);
        ui.begin_frame(ui_input(after, events, static_cast<float>(seconds)));
        const bool ui_mouse = ui.wants_mouse();
        const bool ui_keyboard = ui.wants_keyboard();

        input::FrontEndActions actions;
        for (const InputEvent& e : events) {
            interaction.handle(e, state, ui_mouse, ui_keyboard, visibility, actions);
            state.apply(e);
            if (replay) {
                // Replayed window changes happen to the real window too.
                if (e.type == EventType::resize && !window.fullscreen())
                    window.resize(e.width, e.height);
                if (e.type == EventType::minimize)
                    window.iconify();
                if (e.type == EventType::restore)
                    window.restore();
            }
        }
        interaction.update(state, static_cast<float>(seconds), ui_mouse);
        viewer.update(clock_s);

        const scenes::panels::PanelRequests requests =
            scenes::panels::draw_panels(viewer, scenes::panels::PanelInput{
                                                    .ui = &ui,
                                                    .visibility = &visibility,
                                                    .playback = &playback,
                                                    .performance = &performance,
                                                    .help = help,
                                                    .tooltip_at = interaction.hover_position(),
                                                });
        if (requests.scene_changed)
            interaction.sync_from_viewer();
        if (requests.view)
            interaction.go_to_view(*requests.view);
        if (requests.reset_camera)
            interaction.reset_camera();
        ImDrawData* draw_data = ui.end_frame();

        if (actions.quit)
            break;
        if (actions.toggle_fullscreen)
            window.toggle_fullscreen();
        const bool last = frame_limit != 0 && frame_number + 1 == frame_limit;
        std::optional<std::filesystem::path> screenshot;
        if (actions.screenshot)
            screenshot = f12_path();
        if (last && options.screenshot)
            screenshot = *options.screenshot;

        const bool minimized = state.minimized || window.iconified() || fb.x <= 0 || fb.y <= 0;
        if (minimized) {
            // Nothing to draw into; a live minimized window sleeps instead of spinning.
            if (!replay)
                window.wait(0.1);
            continue;
        }
        const render::RenderStats stats = stack.draw(frame, ui_pass, draw_data, screenshot);
        if (screenshot && options.screenshot && *screenshot == *options.screenshot) {
            screenshot_done = true;
        }
        performance.frame_ms = seconds * 1000.0;
        performance.gpu_ms = stack.gpu.frames.last_gpu_ms().value_or(0.0);
        performance.draw_calls =
            stats.draw_calls + static_cast<unsigned>(draw_data ? draw_data->CmdListsCount : 0);
        performance.instances = stats.instances;
        performance.width = stack.swapchain.extent().width;
        performance.height = stack.swapchain.extent().height;
        performance.present_mode = present_mode_name(stack.swapchain.present_mode());
    }
    stack.gpu.frames.wait_all();
    if (options.screenshot && !screenshot_done) {
        std::fprintf(stderr, "xrviz: no screenshot: the window %s\n",
                     frame_limit == 0 ? "closed before --frames was reached (use --frames N)"
                                      : "was minimized on the last frame");
    }
    if (recorder)
        recorder->flush();
    if (options.state_out)
        write_viewer_state(*options.state_out, viewer);
    const int code = stack.validation_exit_code();
    if (options.screenshot && !screenshot_done && code == 0)
        return 1;
    return code;
}

}  // namespace xrviz::app
