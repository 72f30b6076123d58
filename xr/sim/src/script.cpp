#include "script.h"

#include "pose_math.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <stdexcept>

namespace xrviz::sim {
namespace {

using nlohmann::json;

TrackingSample defaultSample() {
    TrackingSample sample;
    for (size_t i = 0; i < 2; ++i) {
        const float side = i == 0 ? -0.2f : 0.2f;
        sample.hands[i].grip = {{0, 0, 0, 1}, {side, 1.3f, -0.4f}};
        sample.hands[i].aim = {{0, 0, 0, 1}, {side, 1.3f, -0.45f}};
    }
    return sample;
}

XrVector3f readVec3(const json& value, const std::string& where) {
    if (!value.is_array() || value.size() != 3) {
        throw std::runtime_error(where + ": expected [x, y, z]");
    }
    return {value[0].get<float>(), value[1].get<float>(), value[2].get<float>()};
}

XrQuaternionf readQuat(const json& value, const std::string& where) {
    if (!value.is_array() || value.size() != 4) {
        throw std::runtime_error(where + ": expected [x, y, z, w]");
    }
    return quatNormalize({value[0].get<float>(), value[1].get<float>(), value[2].get<float>(),
                          value[3].get<float>()});
}

void readPose(const json& value, XrPosef& pose, const std::string& where) {
    if (!value.is_object()) {
        throw std::runtime_error(where +
                                 ": expected {\"position\": [...], \"orientation\": [...]}");
    }
    if (value.contains("position")) {
        pose.position = readVec3(value["position"], where + ".position");
    }
    if (value.contains("orientation")) {
        pose.orientation = readQuat(value["orientation"], where + ".orientation");
    }
}

void readHand(const json& value, HandState& hand, const std::string& where) {
    if (!value.is_object()) {
        throw std::runtime_error(where + ": expected an object");
    }
    if (value.contains("grip")) {
        readPose(value["grip"], hand.grip, where + ".grip");
    }
    if (value.contains("aim")) {
        readPose(value["aim"], hand.aim, where + ".aim");
    }
    if (value.contains("tracked")) {
        hand.tracked = value["tracked"].get<bool>();
    }
    if (value.contains("trigger")) {
        hand.trigger = value["trigger"].get<float>();
    }
    if (value.contains("squeeze")) {
        hand.squeeze = value["squeeze"].get<float>();
    }
    if (value.contains("thumbstick")) {
        const json& stick = value["thumbstick"];
        if (!stick.is_array() || stick.size() != 2) {
            throw std::runtime_error(where + ".thumbstick: expected [x, y]");
        }
        hand.thumbstick = {stick[0].get<float>(), stick[1].get<float>()};
    }
    if (value.contains("buttons")) {
        for (const auto& [name, pressed] : value["buttons"].items()) {
            hand.buttons[name] = pressed.get<bool>();
        }
    }
}

ScriptEventType parseEventType(const std::string& name) {
    if (name == "request_exit") {
        return ScriptEventType::RequestExit;
    }
    if (name == "session_loss_pending" || name == "loss_pending") {
        return ScriptEventType::SessionLossPending;
    }
    if (name == "instance_loss_pending") {
        return ScriptEventType::InstanceLossPending;
    }
    if (name == "unfocus" || name == "visible") {
        return ScriptEventType::Unfocus;
    }
    if (name == "focus" || name == "focused") {
        return ScriptEventType::Focus;
    }
    if (name == "user_absent") {
        return ScriptEventType::UserAbsent;
    }
    if (name == "user_present") {
        return ScriptEventType::UserPresent;
    }
    throw std::runtime_error("events: unknown type \"" + name + "\"");
}

HandState interpolateHand(const HandState& a, const HandState& b, float t) {
    HandState hand = a;  // buttons and tracking step: the earlier keyframe's value holds
    hand.grip = interpolate(a.grip, b.grip, t);
    hand.aim = interpolate(a.aim, b.aim, t);
    hand.trigger = lerp(a.trigger, b.trigger, t);
    hand.squeeze = lerp(a.squeeze, b.squeeze, t);
    hand.thumbstick = {lerp(a.thumbstick.x, b.thumbstick.x, t),
                       lerp(a.thumbstick.y, b.thumbstick.y, t)};
    return hand;
}

bool button(const HandState& hand, const std::string& name) {
    const auto found = hand.buttons.find(name);
    return found != hand.buttons.end() && found->second;
}

}  // namespace

Script::Script() {
    keyframes_.push_back({0.0, defaultSample()});
}

Script Script::fromJson(const json& document) {
    if (!document.is_object()) {
        throw std::runtime_error("script: the document must be an object");
    }
    Script script;
    if (document.contains("config")) {
        script.config_ = document["config"];
    }
    if (document.contains("keyframes")) {
        script.keyframes_.clear();
        TrackingSample previous = defaultSample();
        size_t index = 0;
        for (const json& frame : document["keyframes"]) {
            const std::string where = "keyframes[" + std::to_string(index++) + "]";
            if (!frame.contains("t")) {
                throw std::runtime_error(where + ": missing \"t\" (seconds)");
            }
            Keyframe keyframe{frame["t"].get<double>(), previous};
            if (!script.keyframes_.empty() && keyframe.time < script.keyframes_.back().time) {
                throw std::runtime_error(where + ": keyframes must be in time order");
            }
            if (frame.contains("head")) {
                readPose(frame["head"], keyframe.sample.head, where + ".head");
            }
            if (frame.contains("left")) {
                readHand(frame["left"], keyframe.sample.hands[0], where + ".left");
            }
            if (frame.contains("right")) {
                readHand(frame["right"], keyframe.sample.hands[1], where + ".right");
            }
            previous = keyframe.sample;
            script.keyframes_.push_back(keyframe);
        }
        if (script.keyframes_.empty()) {
            script.keyframes_.push_back({0.0, defaultSample()});
        }
    }
    if (document.contains("events")) {
        for (const json& event : document["events"]) {
            if (!event.contains("frame") || !event.contains("type")) {
                throw std::runtime_error("events: each event needs \"frame\" and \"type\"");
            }
            script.events_.push_back(
                {event["frame"].get<uint64_t>(), parseEventType(event["type"].get<std::string>())});
        }
    }
    return script;
}

Script Script::fromFile(const std::string& path) {
    std::ifstream file(path);
    if (!file) {
        throw std::runtime_error("cannot open script " + path);
    }
    try {
        return fromJson(json::parse(file));
    } catch (const json::exception& error) {
        throw std::runtime_error(path + ": " + error.what());
    } catch (const std::runtime_error& error) {
        throw std::runtime_error(path + ": " + error.what());
    }
}

TrackingSample Script::sample(double time) const {
    if (time <= keyframes_.front().time) {
        return keyframes_.front().sample;
    }
    if (time >= keyframes_.back().time) {
        return keyframes_.back().sample;
    }
    const auto next = std::upper_bound(keyframes_.begin(), keyframes_.end(), time,
                                       [](double t, const Keyframe& k) { return t < k.time; });
    const Keyframe& b = *next;
    const Keyframe& a = *(next - 1);
    const double span = b.time - a.time;
    const float t = span > 0 ? static_cast<float>((time - a.time) / span) : 1.0f;
    TrackingSample sample;
    sample.head = interpolate(a.sample.head, b.sample.head, t);
    for (size_t i = 0; i < 2; ++i) {
        sample.hands[i] = interpolateHand(a.sample.hands[i], b.sample.hands[i], t);
    }
    return sample;
}

const char* scriptEventName(ScriptEventType type) {
    switch (type) {
        case ScriptEventType::RequestExit:
            return "request_exit";
        case ScriptEventType::SessionLossPending:
            return "session_loss_pending";
        case ScriptEventType::InstanceLossPending:
            return "instance_loss_pending";
        case ScriptEventType::Unfocus:
            return "unfocus";
        case ScriptEventType::Focus:
            return "focus";
        case ScriptEventType::UserAbsent:
            return "user_absent";
        case ScriptEventType::UserPresent:
            return "user_present";
    }
    return "unknown";
}

float readScalar(const HandState& hand, const std::string& identifier,
                 const std::string& component) {
    const bool touch = component == "touch";
    if (identifier == "trigger") {
        if (touch) {
            return hand.trigger > 0.05f ? 1.0f : 0.0f;
        }
        return component == "click" ? (hand.trigger > 0.5f ? 1.0f : 0.0f) : hand.trigger;
    }
    if (identifier == "squeeze") {
        return component == "click" ? (hand.squeeze > 0.5f ? 1.0f : 0.0f) : hand.squeeze;
    }
    if (identifier == "thumbstick" || identifier == "trackpad") {
        if (component == "x") {
            return hand.thumbstick.x;
        }
        if (component == "y") {
            return hand.thumbstick.y;
        }
        if (touch) {
            return (button(hand, identifier) || hand.thumbstick.x != 0 || hand.thumbstick.y != 0)
                       ? 1.0f
                       : 0.0f;
        }
        return button(hand, identifier) ? 1.0f : 0.0f;
    }
    if (identifier == "select") {
        // One script drives both profiles: a pulled trigger also selects.
        return (button(hand, "select") || hand.trigger > 0.5f) ? 1.0f : 0.0f;
    }
    return button(hand, identifier) ? 1.0f : 0.0f;
}

XrVector2f readVector(const HandState& hand, const std::string& identifier) {
    if (identifier == "thumbstick" || identifier == "trackpad") {
        return hand.thumbstick;
    }
    return {0, 0};
}

}  // namespace xrviz::sim
