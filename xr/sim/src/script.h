// The scripted headset: keyframes over time for the head and both controllers, and
// session events at given frames. Format: xr/sim/README.md.
#pragma once

#include <openxr/openxr.h>

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace xrviz::sim {

enum class Hand { Left = 0, Right = 1 };

struct HandState {
    XrPosef grip{{0, 0, 0, 1}, {0, 0, 0}};
    XrPosef aim{{0, 0, 0, 1}, {0, 0, 0}};
    bool tracked = true;
    float trigger = 0;
    float squeeze = 0;
    XrVector2f thumbstick{0, 0};
    std::map<std::string, bool>
        buttons;  // "select", "menu", "system", "a", "b", "x", "y", "thumbstick"
};

struct TrackingSample {
    XrPosef head{{0, 0, 0, 1}, {0, 1.6f, 0}};
    std::array<HandState, 2> hands;
};

struct Keyframe {
    double time = 0;  // seconds since the session's first frame
    TrackingSample sample;
};

enum class ScriptEventType {
    RequestExit,
    SessionLossPending,
    InstanceLossPending,
    Unfocus,      // FOCUSED -> VISIBLE (visible without focus)
    Focus,        // VISIBLE -> FOCUSED (focus regained)
    UserAbsent,   // the headset taken off (XR_EXT_user_presence); the state is unchanged
    UserPresent,  // the headset put back on
};

struct ScriptEvent {
    uint64_t frame = 0;
    ScriptEventType type = ScriptEventType::RequestExit;
};

class Script {
public:
    Script();  // the default: head at 1.6 m, controllers in front of it, no events
    static Script fromJson(const nlohmann::json& document);  // throws std::runtime_error
    static Script fromFile(const std::string& path);         // throws std::runtime_error

    TrackingSample sample(double time) const;
    const std::vector<ScriptEvent>& events() const { return events_; }
    const nlohmann::json& config() const { return config_; }

private:
    std::vector<Keyframe> keyframes_;
    std::vector<ScriptEvent> events_;
    nlohmann::json config_ = nlohmann::json::object();
};

const char* scriptEventName(ScriptEventType type);

// Reads one input of a hand by its OpenXR identifier and component ("trigger", "value").
float readScalar(const HandState& hand, const std::string& identifier,
                 const std::string& component);
XrVector2f readVector(const HandState& hand, const std::string& identifier);

}  // namespace xrviz::sim
