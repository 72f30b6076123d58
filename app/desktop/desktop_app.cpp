#include "app/desktop/desktop_app.h"

#include <cstdio>
#include <ctime>

#include "app/desktop/desktop_tour.h"
#include "app/desktop/glfw_window.h"
#include "app/desktop/input_source.h"
#include "app/desktop/ui_feed.h"
#include "app/desktop/window_stack.h"
#include "app/input/interaction.h"
#include "app/tour_start.h"
#include "app/viewer_start.h"
#include "app/viewer_state.h"
#include "engine/assets/font_atlas.h"
#include "engine/ui/ui_context.h"
#include "engine/ui/ui_pass.h"
#include "scenes/panels/panels.h"
#include "scenes/viewer.h"

namespace xrviz::app {
namespace {

using input::EventType;
using input::InputEvent;

constexpr std::uint64_t kScreenshotFrames = 3;

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

std::filesystem::path f12_path() {
    const std::time_t now = std::time(nullptr);
    char name[64];
    std::strftime(name, sizeof name, "xrviz-%Y%m%d-%H%M%S.png", std::localtime(&now));
    return name;
}

// One desktop run: members in creation order; run() is the frame loop.
class DesktopSession {
public:
    DesktopSession(const Options& options, std::shared_ptr<const data::Dataset> dataset)
        : options_(options),
          viewer_(std::move(dataset), options.scene.empty() ? "skyline" : options.scene,
                  {.model = options.model}),
          window_(options.width, options.height, "xrviz - " + viewer_.scene().title()),
          input_(options, window_),
          stack_(options, window_),
          ui_(ui::UiContextOptions{.content_scale = window_.content_scale(),
                                   .linear_target = true,
                                   .font = assets::default_font_path()}),
          ui_pass_(stack_.context(), ui_,
                   ui::UiPassFormat{.colour_format = stack_.swapchain().format(),
                                    .initial_layout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                                    .final_layout = VK_IMAGE_LAYOUT_PRESENT_SRC_KHR,
                                    .frames_in_flight = render::kFramesInFlight}),
          interaction_(viewer_),
          help_(input::help_entries()) {
        apply_start_options(options, viewer_);
        if (auto tour = tour_from_options(options, viewer_.dataset()))
            tour_.emplace(std::move(*tour), viewer_, options, clock_s_);
        // A kiosk fills the screen; a replay keeps the window it recorded.
        if (options.kiosk && !input_.replaying())
            window_.toggle_fullscreen();
        interaction_.sync_from_viewer();
        state_.window_size = glm::vec2(window_.window_size());
        // A replay without --frames ends one frame after its last event; --screenshot
        // without --frames takes its picture once the first frames have settled.
        if (options.frames > 0) {
            frame_limit_ = static_cast<std::uint64_t>(options.frames);
        } else if (input_.replaying()) {
            frame_limit_ = input_.last_replayed_frame() + 2;
        } else if (options.screenshot) {
            frame_limit_ = kScreenshotFrames;
        }
    }

    int run() {
        for (std::uint64_t frame = 0; frame_limit_ == 0 || frame < frame_limit_; ++frame) {
            window_.poll();
            if (window_.should_close() || !run_frame(frame))
                break;
        }
        stack_.wait_idle();
        if (options_.state_out)
            write_viewer_state(*options_.state_out, viewer_, std::nullopt,
                               tour_ ? std::optional(tour_->report()) : std::nullopt);
        const int code = stack_.validation_exit_code();
        if (options_.screenshot && !screenshot_written_) {
            std::fprintf(stderr, "xrviz: no screenshot: the window %s\n",
                         frame_limit_ == 0 ? "closed before --frames was reached (use --frames N)"
                                           : "was minimized on the last frame");
            if (code == 0)
                return 1;
        }
        return code;
    }

private:
    // Input, panels, then drawing. False: quit.
    bool run_frame(std::uint64_t frame) {
        const double seconds = input_.frame_seconds(frame);
        clock_s_ += seconds;
        const std::vector<InputEvent> events = input_.take(frame, clock_s_, seconds);

        const glm::ivec2 fb = window_.framebuffer_size();
        const glm::ivec2 ws = window_.window_size();
        if (ws.x > 0 && ws.y > 0) {
            // The real window decides (F11, a window manager); replayed resizes ask it to.
            state_.window_size = glm::vec2(ws);
            state_.framebuffer_scale = glm::vec2(fb) / glm::vec2(ws);
        }
        // Panels first: ImGui decides whether the pointer is over one of them.
        input::InputState after = state_;
        for (const InputEvent& e : events)
            after.apply(e);
        ui_.begin_frame(desktop::ui_input(after, events, static_cast<float>(seconds)));
        const bool ui_mouse = ui_.wants_mouse();
        const bool ui_keyboard = ui_.wants_keyboard();

        input::FrontEndActions actions;
        for (const InputEvent& e : events) {
            interaction_.handle(e, state_, ui_mouse, ui_keyboard, visibility_, actions);
            state_.apply(e);
            if (input_.replaying())
                apply_to_window(e);
        }
        interaction_.update(state_, static_cast<float>(seconds), ui_mouse);
        if (tour_) {
            tour_->handle(events, ui_keyboard, clock_s_);
            tour_->update(clock_s_);
            // The tour has the camera; the mouse controls pick up from where it is.
            interaction_.sync_from_viewer();
        }
        viewer_.update(clock_s_);
        build_panels();
        ImDrawData* draw_data = ui_.end_frame();

        if (actions.quit && !options_.kiosk)  // a kiosk has no quit
            return false;
        if (actions.toggle_fullscreen)
            window_.toggle_fullscreen();
        std::optional<std::filesystem::path> screenshot;
        if (actions.screenshot)
            screenshot = f12_path();
        const bool last = frame_limit_ != 0 && frame + 1 == frame_limit_;
        if (last && options_.screenshot)
            screenshot = *options_.screenshot;

        if (state_.minimized || window_.iconified() || fb.x <= 0 || fb.y <= 0) {
            // Nothing to draw into; a live minimized window sleeps instead of spinning.
            if (!input_.replaying())
                window_.wait(0.1);
            return true;
        }
        const auto stats =
            stack_.draw(viewer_, frame_, ui_pass_, draw_data, screenshot,
                        [&](render::FrameDescription& content) {
                            if (tour_)
                                tour_->add_caption(content, clock_s_);
                        });
        if (!stats)
            return true;
        if (last && options_.screenshot)
            screenshot_written_ = true;
        update_performance(seconds, *stats, draw_data);
        return true;
    }

    // Replayed window changes happen to the real window too.
    void apply_to_window(const InputEvent& e) {
        if (e.type == EventType::resize && !window_.fullscreen())
            window_.resize(e.width, e.height);
        if (e.type == EventType::minimize)
            window_.iconify();
        if (e.type == EventType::restore)
            window_.restore();
    }

    void build_panels() {
        if (tour_)
            tour_->panel(ImGui::GetIO().DisplaySize.x, clock_s_);
        // A kiosk shows the tour controls only.
        if (options_.kiosk)
            return;
        const scenes::panels::PanelRequests requests =
            scenes::panels::draw_panels(viewer_, scenes::panels::PanelInput{
                                                     .ui = &ui_,
                                                     .visibility = &visibility_,
                                                     .playback = &playback_,
                                                     .performance = &performance_,
                                                     .help = help_,
                                                     .tooltip_at = interaction_.hover_position(),
                                                 });
        if (requests.scene_changed)
            interaction_.sync_from_viewer();
        if (requests.view)
            interaction_.go_to_view(*requests.view);
        if (requests.reset_camera)
            interaction_.reset_camera();
    }

    void update_performance(double seconds, const render::RenderStats& stats,
                            const ImDrawData* draw_data) {
        performance_.frame_ms = seconds * 1000.0;
        performance_.gpu_ms = stack_.last_gpu_ms().value_or(0.0);
        performance_.draw_calls =
            stats.draw_calls + static_cast<unsigned>(draw_data ? draw_data->CmdListsCount : 0);
        performance_.instances = stats.instances;
        performance_.width = stack_.swapchain().extent().width;
        performance_.height = stack_.swapchain().extent().height;
        performance_.present_mode = present_mode_name(stack_.swapchain().present_mode());
    }

    const Options& options_;
    scenes::Viewer viewer_;
    desktop::GlfwLibrary glfw_;
    desktop::GlfwWindow window_;
    desktop::InputSource input_;
    desktop::WindowStack stack_;
    ui::UiContext ui_;
    ui::UiPass ui_pass_;
    input::Interaction interaction_;
    input::InputState state_;
    ui::PanelVisibility visibility_;
    ui::PeriodPlayback playback_;
    ui::PerformanceFigures performance_;
    const std::vector<ui::HelpEntry> help_;
    render::FrameDescription frame_;
    std::uint64_t frame_limit_ = 0;
    double clock_s_ = 0.0;
    std::optional<desktop::DesktopTour> tour_;  // --tour
    bool screenshot_written_ = false;
};

}  // namespace

int run_desktop(const Options& options, std::shared_ptr<const data::Dataset> dataset) {
    DesktopSession session(options, std::move(dataset));
    return session.run();
}

}  // namespace xrviz::app
