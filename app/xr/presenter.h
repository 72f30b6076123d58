#pragma once
// --mirror: the presenter's desktop window beside the headset. It shows what the headset
// shows (the left eye) and, while a tour plays, a small operator panel with the caption's
// text and next, previous and restart, which N or Right, P or Left and R do too. Its input
// is live, or replayed from --replay with frames counted in rendered headset frames;
// --screenshot writes its picture of the last frame --frames allows.
#include <filesystem>
#include <optional>

#include <imgui.h>

#include "app/cli/options.h"
#include "app/desktop/input_source.h"
#include "app/input/interaction.h"
#include "app/xr/mirror_window.h"
#include "app/xr/xr_tour.h"
#include "engine/ui/ui_context.h"

namespace xrviz::app {

class Presenter {
public:
    Presenter(const Options& options, const vk::Context& context, vk::MemoryAllocator& allocator,
              VkExtent2D eye_extent);

    // Window events; true once the window was closed.
    bool close_requested();
    // Frame `frame`'s input and panel at `now` (seconds), carried out on `tour` (none: the
    // window only mirrors).
    void update(std::uint64_t frame, double now, XrTour* tour);
    // The mirror of `eye_image` with the panel; see MirrorWindow::record.
    std::optional<vk::AcquiredImage> record(vk::FrameRing& frames, VkImage eye_image,
                                            VkExtent2D eye_extent,
                                            const std::optional<std::filesystem::path>& screenshot);
    // True when the frame carried a screenshot, now written.
    bool present(const vk::AcquiredImage& image, vk::FrameRing& frames);

private:
    ui::UiContext ui_;
    MirrorWindow mirror_;
    desktop::InputSource input_;
    input::InputState state_;
    ImDrawData* draw_data_ = nullptr;
    std::optional<double> previous_now_;
};

}  // namespace xrviz::app
