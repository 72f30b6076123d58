#include "app/input/recording.h"

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/core/error.h"

namespace xrviz::app::input {

Recorder::Recorder(const std::filesystem::path& path) : path_(path), out_(path) {
    if (!out_)
        throw Error("cannot write the input recording " + path.string());
    out_ << "{\"xrviz_input\":" << kFormatVersion << "}\n";
}

void Recorder::write(const InputEvent& event) {
    out_ << to_json_line(event) << '\n';
    if (!out_)
        throw Error("writing the input recording " + path_.string() + " failed");
}

Replay::Replay(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in)
        throw UsageError("cannot read the input recording " + path.string());
    std::string line;
    int number = 0;
    bool header_seen = false;
    while (std::getline(in, line)) {
        ++number;
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#')
            continue;
        const std::string where = path.string() + ":" + std::to_string(number);
        if (!header_seen) {
            const auto header = nlohmann::json::parse(line, nullptr, false);
            if (header.is_discarded() || !header.is_object() || !header.contains("xrviz_input")) {
                throw UsageError(where + ": the first line must be {\"xrviz_input\": " +
                                 std::to_string(kFormatVersion) + "}");
            }
            if (header["xrviz_input"] != kFormatVersion) {
                throw UsageError(where + ": input format version " + header["xrviz_input"].dump() +
                                 " is not supported (only " + std::to_string(kFormatVersion) + ")");
            }
            header_seen = true;
            continue;
        }
        events_.push_back(parse_json_line(line, where));
    }
    if (!header_seen)
        throw UsageError(path.string() + ": empty input recording");
    std::stable_sort(events_.begin(), events_.end(),
                     [](const auto& a, const auto& b) { return a.frame < b.frame; });
}

Replay Replay::from_events(std::vector<InputEvent> events) {
    Replay replay;
    replay.events_ = std::move(events);
    std::stable_sort(replay.events_.begin(), replay.events_.end(),
                     [](const auto& a, const auto& b) { return a.frame < b.frame; });
    return replay;
}

std::span<const InputEvent> Replay::events_for(std::uint64_t frame) const {
    const auto lower =
        std::lower_bound(events_.begin(), events_.end(), frame,
                         [](const InputEvent& e, std::uint64_t f) { return e.frame < f; });
    auto upper = lower;
    while (upper != events_.end() && upper->frame == frame)
        ++upper;
    return {lower, upper};
}

double Replay::frame_seconds(std::uint64_t frame) const {
    for (const InputEvent& e : events_for(frame)) {
        if (e.type == EventType::tick)
            return e.dt;
    }
    return kDefaultFrameSeconds;
}

std::uint64_t Replay::last_frame() const {
    return events_.empty() ? 0 : events_.back().frame;
}

}  // namespace xrviz::app::input
