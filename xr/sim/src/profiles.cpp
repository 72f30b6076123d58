#include "profiles.h"

#include <cctype>
#include <map>
#include <vector>

namespace xrviz::sim {
namespace {

const std::string kSimple = "/interaction_profiles/khr/simple_controller";
const std::string kTouch = "/interaction_profiles/oculus/touch_controller";

const std::vector<std::string>& otherCoreProfiles() {
    static const std::vector<std::string> profiles{
        "/interaction_profiles/google/daydream_controller",
        "/interaction_profiles/htc/vive_controller",
        "/interaction_profiles/htc/vive_pro",
        "/interaction_profiles/microsoft/motion_controller",
        "/interaction_profiles/microsoft/xbox_controller",
        "/interaction_profiles/oculus/go_controller",
        "/interaction_profiles/valve/index_controller",
    };
    return profiles;
}

// Component paths under /user/hand/<side>.
std::vector<std::string> modelledPaths(const std::string& profile, bool left) {
    if (profile == kSimple) {
        return {"/input/select/click", "/input/menu/click", "/input/grip/pose", "/input/aim/pose",
                "/output/haptic"};
    }
    std::vector<std::string> paths{
        "/input/squeeze/value",    "/input/trigger/value",   "/input/trigger/touch",
        "/input/thumbstick/x",     "/input/thumbstick/y",    "/input/thumbstick/click",
        "/input/thumbstick/touch", "/input/thumbrest/touch", "/input/grip/pose",
        "/input/aim/pose",         "/output/haptic"};
    const std::vector<std::string> buttons =
        left ? std::vector<std::string>{"/input/x/click", "/input/x/touch", "/input/y/click",
                                        "/input/y/touch", "/input/menu/click"}
             : std::vector<std::string>{"/input/a/click", "/input/a/touch", "/input/b/click",
                                        "/input/b/touch", "/input/system/click"};
    paths.insert(paths.end(), buttons.begin(), buttons.end());
    return paths;
}

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

std::string titleCase(std::string word) {
    bool start = true;
    for (char& c : word) {
        if (c == '_' || c == '/') {
            c = ' ';
            start = true;
        } else if (start) {
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            start = false;
        }
    }
    return word;
}

}  // namespace

bool isKnownProfile(const std::string& profile) {
    if (profile == kSimple || profile == kTouch) {
        return true;
    }
    for (const std::string& other : otherCoreProfiles()) {
        if (other == profile) {
            return true;
        }
    }
    return false;
}

bool isTopLevelUserPath(const std::string& path) {
    return path == "/user/hand/left" || path == "/user/hand/right" || path == "/user/head" ||
           path == "/user/gamepad" || path == "/user/treadmill";
}

bool isSupportedBinding(const std::string& profile, const std::string& binding) {
    if (profile != kSimple && profile != kTouch) {
        return startsWith(binding, "/user/");
    }
    for (const bool left : {true, false}) {
        const std::string user = left ? "/user/hand/left" : "/user/hand/right";
        if (!startsWith(binding, user + "/")) {
            continue;
        }
        const std::string component = binding.substr(user.size());
        for (const std::string& path : modelledPaths(profile, left)) {
            // Exact, or the identifier alone ("/input/trigger", "/input/thumbstick").
            if (path == component || (startsWith(path, component + "/"))) {
                return true;
            }
        }
    }
    return false;
}

std::optional<BoundInput> parseBinding(XrPath id, const std::string& binding) {
    int hand = -1;
    std::string rest;
    for (const int side : {0, 1}) {
        const std::string user = side == 0 ? "/user/hand/left/" : "/user/hand/right/";
        if (startsWith(binding, user)) {
            hand = side;
            rest = binding.substr(user.size());
        }
    }
    if (hand < 0) {
        return std::nullopt;
    }
    // rest: "input/trigger/value" or "output/haptic"
    const size_t first = rest.find('/');
    if (first == std::string::npos) {
        return std::nullopt;
    }
    const std::string tail = rest.substr(first + 1);
    const size_t second = tail.find('/');
    BoundInput input{id, hand, tail.substr(0, second),
                     second == std::string::npos ? std::string() : tail.substr(second + 1)};
    return input;
}

std::string localizedName(const std::string& source, const std::string& profile,
                          XrInputSourceLocalizedNameFlags which) {
    std::vector<std::string> parts;
    const auto parsed = parseBinding(XR_NULL_PATH, source);
    if ((which & XR_INPUT_SOURCE_LOCALIZED_NAME_USER_PATH_BIT) != 0) {
        parts.push_back(!parsed ? "User" : parsed->hand == 0 ? "Left Hand" : "Right Hand");
    }
    if ((which & XR_INPUT_SOURCE_LOCALIZED_NAME_INTERACTION_PROFILE_BIT) != 0) {
        parts.push_back(profile == kTouch    ? "Oculus Touch Controller"
                        : profile == kSimple ? "Simple Controller"
                                             : "Controller");
    }
    if ((which & XR_INPUT_SOURCE_LOCALIZED_NAME_COMPONENT_BIT) != 0 && parsed) {
        parts.push_back(titleCase(parsed->identifier) +
                        (parsed->component.empty() ? "" : " " + titleCase(parsed->component)));
    }
    std::string name;
    for (const std::string& part : parts) {
        name += (name.empty() ? "" : " ") + part;
    }
    return name;
}

}  // namespace xrviz::sim
