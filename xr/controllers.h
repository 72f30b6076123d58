#pragma once
// The controllers: one action set with aim and grip poses, select (trigger), grab
// (squeeze), menu, a thumbstick (or trackpad) and haptics per hand, with suggested bindings
// for the simple, Touch, Index, Vive and Windows Mixed Reality controllers. Input exists
// only while the session is FOCUSED: sync() reports nothing otherwise.
#include <array>
#include <string>

#include "xr/handle.h"

namespace xrviz::xr {

struct Hand {
    bool tracked = false;  // the aim pose is valid
    XrPosef aim{};         // in the space passed to sync()
    bool grip_tracked = false;
    XrPosef grip{};
    bool select = false;
    bool grab = false;
    bool menu = false;
    XrVector2f thumbstick{0.0f, 0.0f};
};

class Controllers {
public:
    Controllers(XrInstance instance, XrSession session);
    // Syncs the actions and locates the poses at `time`. False (and no input) when the
    // session is not focused.
    bool sync(XrSpace base, XrTime time, std::array<Hand, 2>& hands);
    // A short vibration on one hand (0 left, 1 right); a runtime without haptics ignores it.
    void pulse(std::size_t hand, float seconds, float amplitude);
    // The profile the runtime chose for the right hand, e.g. "/interaction_profiles/
    // oculus/touch_controller", or empty while there is none.
    std::string current_profile() const;

private:
    XrInstance instance_;
    XrSession session_;
    UniqueActionSet set_;
    UniqueAction aim_;
    UniqueAction grip_;
    UniqueAction select_;
    UniqueAction grab_;
    UniqueAction menu_;
    UniqueAction thumbstick_;
    UniqueAction haptic_;
    std::array<XrPath, 2> hand_paths_{};
    std::array<UniqueSpace, 2> aim_spaces_;
    std::array<UniqueSpace, 2> grip_spaces_;
};

}  // namespace xrviz::xr
