#include "config.h"

#include "script.h"

#include <cmath>
#include <cstdlib>
#include <sstream>
#include <stdexcept>

namespace xrviz::sim {
namespace {

XrEnvironmentBlendMode parseBlendMode(const std::string& name) {
    if (name == "opaque") {
        return XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    }
    if (name == "additive") {
        return XR_ENVIRONMENT_BLEND_MODE_ADDITIVE;
    }
    if (name == "alpha_blend") {
        return XR_ENVIRONMENT_BLEND_MODE_ALPHA_BLEND;
    }
    throw std::runtime_error("unknown blend mode \"" + name + "\" (opaque, additive, alpha_blend)");
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> items;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        if (!item.empty()) {
            items.push_back(item);
        }
    }
    return items;
}

void setClock(Config& config, const std::string& name) {
    if (name != "real" && name != "virtual") {
        throw std::runtime_error("clock must be \"real\" or \"virtual\", not \"" + name + "\"");
    }
    config.realClock = name == "real";
}

void setEyeSize(Config& config, uint32_t width, uint32_t height) {
    if (width == 0 || height == 0 || width > config.maxImageSize || height > config.maxImageSize) {
        throw std::runtime_error("eye size out of range");
    }
    config.eyeWidth = width;
    config.eyeHeight = height;
}

void fromScript(Config& config, const nlohmann::json& json) {
    if (json.contains("eye_width") || json.contains("eye_height")) {
        setEyeSize(config, json.value("eye_width", config.eyeWidth),
                   json.value("eye_height", config.eyeHeight));
    }
    config.refreshHz = json.value("refresh_hz", config.refreshHz);
    config.ipd = json.value("ipd", config.ipd);
    if (json.contains("fov")) {
        const auto& fov = json["fov"];
        config.fov = {fov.at(0).get<float>(), fov.at(1).get<float>(), fov.at(2).get<float>(),
                      fov.at(3).get<float>()};
    }
    if (json.contains("blend_modes")) {
        config.blendModes.clear();
        for (const auto& mode : json["blend_modes"]) {
            config.blendModes.push_back(parseBlendMode(mode.get<std::string>()));
        }
    }
    if (json.contains("clock")) {
        setClock(config, json["clock"].get<std::string>());
    }
    config.stageWidth = json.value("stage_width", config.stageWidth);
    config.stageDepth = json.value("stage_depth", config.stageDepth);
    if (json.contains("capture_dir")) {
        config.captureDir = json["capture_dir"].get<std::string>();
    }
    if (json.contains("capture_frames")) {
        for (const auto& frame : json["capture_frames"]) {
            config.captureFrames.insert(frame.get<uint64_t>());
        }
    }
    if (json.contains("interaction_profiles")) {
        config.profiles = json["interaction_profiles"].get<std::vector<std::string>>();
    }
    config.userPresence = json.value("user_presence", config.userPresence);
}

const char* env(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && value[0] != '\0' ? value : nullptr;
}

void fromEnvironment(Config& config) {
    if (const char* size = env("XRVIZ_SIM_EYE_SIZE")) {
        unsigned width = 0;
        unsigned height = 0;
        if (std::sscanf(size, "%ux%u", &width, &height) != 2) {
            throw std::runtime_error("XRVIZ_SIM_EYE_SIZE must be WIDTHxHEIGHT");
        }
        setEyeSize(config, width, height);
    }
    if (const char* hz = env("XRVIZ_SIM_REFRESH_HZ")) {
        config.refreshHz = std::stod(hz);
    }
    if (const char* ipd = env("XRVIZ_SIM_IPD")) {
        config.ipd = std::stof(ipd);
    }
    if (const char* modes = env("XRVIZ_SIM_BLEND_MODES")) {
        config.blendModes.clear();
        for (const std::string& mode : splitList(modes)) {
            config.blendModes.push_back(parseBlendMode(mode));
        }
    }
    if (const char* clock = env("XRVIZ_SIM_CLOCK")) {
        setClock(config, clock);
    }
    if (const char* dir = env("XRVIZ_SIM_CAPTURE_DIR")) {
        config.captureDir = dir;
    }
    if (const char* frames = env("XRVIZ_SIM_CAPTURE_FRAMES")) {
        config.captureFrames.clear();
        for (const std::string& frame : splitList(frames)) {
            config.captureFrames.insert(std::stoull(frame));
        }
    }
    if (const char* presence = env("XRVIZ_SIM_USER_PRESENCE")) {
        const std::string value = presence;
        if (value != "0" && value != "1") {
            throw std::runtime_error("XRVIZ_SIM_USER_PRESENCE must be 0 or 1");
        }
        config.userPresence = value == "1";
    }
}

}  // namespace

Config loadConfig(const Script& script) {
    Config config;
    try {
        fromScript(config, script.config());
        fromEnvironment(config);
    } catch (const std::logic_error& error) {  // std::stod and json's type errors
        throw std::runtime_error(std::string("bad configuration: ") + error.what());
    } catch (const nlohmann::json::exception& error) {
        throw std::runtime_error(std::string("bad configuration: ") + error.what());
    }
    if (!(config.refreshHz > 1.0 && config.refreshHz < 1000.0)) {
        throw std::runtime_error("refresh rate out of range");
    }
    if (config.blendModes.empty()) {
        throw std::runtime_error("at least one blend mode must be offered");
    }
    if (!std::isfinite(config.ipd) || config.ipd < 0 || config.ipd > 0.2f) {
        throw std::runtime_error("IPD out of range (metres)");
    }
    return config;
}

const char* blendModeName(XrEnvironmentBlendMode mode) {
    switch (mode) {
        case XR_ENVIRONMENT_BLEND_MODE_OPAQUE:
            return "opaque";
        case XR_ENVIRONMENT_BLEND_MODE_ADDITIVE:
            return "additive";
        case XR_ENVIRONMENT_BLEND_MODE_ALPHA_BLEND:
            return "alpha_blend";
        default:
            return "unknown";
    }
}

}  // namespace xrviz::sim
