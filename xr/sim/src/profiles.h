// Interaction profiles: the two the sim models in detail (khr/simple_controller,
// oculus/touch_controller) and the other core 1.0 profiles, whose bindings are accepted
// (so apps that suggest many profiles work) but never become current.
#pragma once

#include "objects.h"

#include <optional>
#include <string>

namespace xrviz::sim {

bool isKnownProfile(const std::string& profile);
bool isSupportedBinding(const std::string& profile, const std::string& binding);
bool isTopLevelUserPath(const std::string& path);

// "/user/hand/left/input/trigger/value" -> hand 0, "trigger", "value". Empty if not a hand.
std::optional<BoundInput> parseBinding(XrPath id, const std::string& binding);

// A person-readable name of an input source, e.g. "Left Hand Oculus Touch Controller Trigger".
std::string localizedName(const std::string& source, const std::string& profile,
                          XrInputSourceLocalizedNameFlags which);

}  // namespace xrviz::sim
