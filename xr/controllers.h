#pragma once
// The controllers as pointers: one action set with an aim pose and a select button per
// hand, suggested for /interaction_profiles/khr/simple_controller (which every runtime
// maps to its own controllers). Input exists only while the session is FOCUSED: sync()
// reports nothing otherwise.
#include <array>

#include "xr/handle.h"

namespace xrviz::xr {

struct Hand {
    bool tracked = false;  // the aim pose is valid
    XrPosef aim{};         // in the space passed to sync()
    bool select = false;
};

class Controllers {
public:
    Controllers(XrInstance instance, XrSession session);
    // Syncs the actions and locates the aim poses at `time`. False (and no input) when
    // the session is not focused.
    bool sync(XrSpace base, XrTime time, std::array<Hand, 2>& hands);

private:
    XrSession session_;
    UniqueActionSet set_;
    XrAction aim_ = XR_NULL_HANDLE;     // destroyed with the set
    XrAction select_ = XR_NULL_HANDLE;  // destroyed with the set
    std::array<XrPath, 2> hand_paths_{};
    std::array<UniqueSpace, 2> aim_spaces_;
};

}  // namespace xrviz::xr
