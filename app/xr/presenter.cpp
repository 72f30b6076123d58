#include "app/xr/presenter.h"

#include <algorithm>
#include <vector>

#include "app/desktop/desktop_tour.h"
#include "app/desktop/ui_feed.h"
#include "engine/assets/font_atlas.h"
#include "scenes/panels/tour_panel.h"

namespace xrviz::app {
namespace {

// ImGui needs a positive frame time; the first frame has no previous one.
constexpr double kFirstFrameSeconds = 1.0 / 90.0;
constexpr double kShortestFrameSeconds = 1e-4;

}  // namespace

Presenter::Presenter(const Options& options, const vk::Context& context,
                     vk::MemoryAllocator& allocator, VkExtent2D eye_extent)
    : ui_(ui::UiContextOptions{
          .content_scale = 1.0f, .linear_target = true, .font = assets::default_font_path()}),
      mirror_(context, allocator, ui_, eye_extent),
      input_(options, mirror_.window()) {
    state_.window_size = glm::vec2(mirror_.window().window_size());
}

bool Presenter::close_requested() {
    mirror_.window().poll();
    return mirror_.window().should_close();
}

void Presenter::update(std::uint64_t frame, double now, XrTour* tour) {
    const double seconds =
        std::max(previous_now_ ? now - *previous_now_ : kFirstFrameSeconds, kShortestFrameSeconds);
    previous_now_ = now;
    const std::vector<input::InputEvent> events = input_.take(frame, now, seconds);
    const glm::ivec2 window = mirror_.window().window_size();
    if (window.x > 0 && window.y > 0) {
        state_.window_size = glm::vec2(window);
        state_.framebuffer_scale =
            glm::vec2(mirror_.window().framebuffer_size()) / state_.window_size;
    }
    input::InputState after = state_;
    for (const input::InputEvent& e : events)
        after.apply(e);
    const bool ui_keyboard = ui_.wants_keyboard();
    ui_.begin_frame(desktop::ui_input(after, events, static_cast<float>(seconds)));
    state_ = after;
    if (tour) {
        if (!ui_keyboard) {
            for (const input::InputEvent& e : events)
                tour->command(desktop::tour_key_command(e), now);
        }
        tour->command(scenes::panels::tour_panel(
                          tour->director(),
                          {.display_width = ImGui::GetIO().DisplaySize.x, .show_caption = true}),
                      now);
    }
    draw_data_ = ui_.end_frame();
}

std::optional<vk::AcquiredImage> Presenter::record(
    vk::FrameRing& frames, VkImage eye_image, VkExtent2D eye_extent,
    const std::optional<std::filesystem::path>& screenshot) {
    return mirror_.record(frames, eye_image, eye_extent, draw_data_, screenshot);
}

bool Presenter::present(const vk::AcquiredImage& image, vk::FrameRing& frames) {
    return mirror_.present(image, frames);
}

}  // namespace xrviz::app
