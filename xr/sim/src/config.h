// What the simulated headset looks like: read from the script's "config" object, then
// overridden by environment variables (see xr/sim/README.md).
#pragma once

#include <openxr/openxr.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace xrviz::sim {

class Script;

struct Config {
    uint32_t eyeWidth = 1832;
    uint32_t eyeHeight = 1920;
    uint32_t maxImageSize = 4096;
    uint32_t maxSamples = 4;
    double refreshHz = 90.0;
    float ipd = 0.063f;
    XrFovf fov{-0.785398f, 0.785398f, 0.808634f, -0.808634f};  // left, right, up, down
    std::vector<XrEnvironmentBlendMode> blendModes{XR_ENVIRONMENT_BLEND_MODE_OPAQUE,
                                                   XR_ENVIRONMENT_BLEND_MODE_ADDITIVE,
                                                   XR_ENVIRONMENT_BLEND_MODE_ALPHA_BLEND};
    bool realClock = false;  // virtual: xrWaitFrame never sleeps, time advances one period
    float stageWidth = 3.0f;
    float stageDepth = 2.5f;
    std::string captureDir;
    std::set<uint64_t> captureFrames;
    // Which suggested profile becomes current, first match wins.
    std::vector<std::string> profiles{"/interaction_profiles/oculus/touch_controller",
                                      "/interaction_profiles/khr/simple_controller"};
    // Offer XR_EXT_user_presence; off, the app's path for a runtime without it runs.
    bool userPresence = true;
};

// Throws std::runtime_error naming the bad setting.
Config loadConfig(const Script& script);

const char* blendModeName(XrEnvironmentBlendMode mode);

}  // namespace xrviz::sim
