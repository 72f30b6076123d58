#pragma once
// --record writes every input event as it is applied, with a tick per frame; --replay reads
// such a file and hands back each frame's events (input_event.h has the format).
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <span>
#include <vector>

#include "app/input/input_event.h"

namespace xrviz::app::input {

class Recorder {
public:
    // Throws Error naming the path when it cannot be written.
    explicit Recorder(const std::filesystem::path& path);
    void write(const InputEvent& event);
    void flush() { out_.flush(); }

private:
    std::filesystem::path path_;
    std::ofstream out_;
};

class Replay {
public:
    // Throws UsageError naming file:line for a malformed file.
    explicit Replay(const std::filesystem::path& path);
    static Replay from_events(std::vector<InputEvent> events);

    // The events that take effect at `frame`, in file order.
    std::span<const InputEvent> events_for(std::uint64_t frame) const;
    // The frame's duration on the virtual clock: its tick, else 1/60 s.
    double frame_seconds(std::uint64_t frame) const;
    // The last frame that has an event (0 for an empty recording).
    std::uint64_t last_frame() const;
    std::size_t size() const { return events_.size(); }

private:
    Replay() = default;
    std::vector<InputEvent> events_;  // sorted by frame, stable
};

inline constexpr double kDefaultFrameSeconds = 1.0 / 60.0;

}  // namespace xrviz::app::input
