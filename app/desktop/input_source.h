#pragma once
// Where a window's input comes from each frame: the window itself (live) or a recording
// (--replay), and where it goes: an optional recording (--record) of exactly what was
// applied, with the frame's duration. The desktop window and the presenter's mirror window
// both take their input through it.
#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "app/cli/options.h"
#include "app/desktop/glfw_window.h"
#include "app/input/recording.h"

namespace xrviz::app::desktop {

class InputSource {
public:
    // Throws UsageError for a malformed --replay file, Error for an unwritable --record.
    InputSource(const Options& options, GlfwWindow& window);

    bool replaying() const { return replay_.has_value(); }
    std::uint64_t last_replayed_frame() const { return replay_ ? replay_->last_frame() : 0; }

    // This frame's duration: the recorded one when replaying (a virtual clock), else real.
    double frame_seconds(std::uint64_t frame);
    // The events that take effect at `frame` (recorded, with `clock_s` and `seconds`, when
    // --record asks).
    std::vector<input::InputEvent> take(std::uint64_t frame, double clock_s, double seconds);

private:
    GlfwWindow& window_;
    std::optional<input::Replay> replay_;
    std::optional<input::Recorder> recorder_;
    std::chrono::steady_clock::time_point previous_ = std::chrono::steady_clock::now();
};

}  // namespace xrviz::app::desktop
