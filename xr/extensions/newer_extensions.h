#pragma once
// Constants of extensions newer than the OpenXR 1.0.20 headers that Debian 12 ships, from
// the specification. Guarded so that a newer SDK's own definitions win. Enum values are
// named XRVIZ_* so that code reads the same with either SDK. xr/sim/src keeps its own copy
// (the sim depends on nothing of ours), guarded alike.
#include "xr/openxr_include.h"

#ifndef XR_EXT_local_floor
#define XR_EXT_local_floor 1
#define XR_EXT_local_floor_SPEC_VERSION 1
#define XR_EXT_LOCAL_FLOOR_EXTENSION_NAME "XR_EXT_local_floor"
#define XRVIZ_REFERENCE_SPACE_TYPE_LOCAL_FLOOR_EXT static_cast<XrReferenceSpaceType>(1000426000)
#else
#define XRVIZ_REFERENCE_SPACE_TYPE_LOCAL_FLOOR_EXT XR_REFERENCE_SPACE_TYPE_LOCAL_FLOOR_EXT
#endif

#ifndef XR_EXT_user_presence
#define XR_EXT_user_presence 1
#define XR_EXT_user_presence_SPEC_VERSION 1
#define XR_EXT_USER_PRESENCE_EXTENSION_NAME "XR_EXT_user_presence"
#define XRVIZ_TYPE_EVENT_DATA_USER_PRESENCE_CHANGED_EXT static_cast<XrStructureType>(1000470000)
#define XRVIZ_TYPE_SYSTEM_USER_PRESENCE_PROPERTIES_EXT static_cast<XrStructureType>(1000470001)
struct XrEventDataUserPresenceChangedEXT {
    XrStructureType type;
    const void* next;
    XrSession session;
    XrBool32 isUserPresent;
};
struct XrSystemUserPresencePropertiesEXT {
    XrStructureType type;
    void* next;
    XrBool32 supportsUserPresence;
};
#elif !defined(XRVIZ_TYPE_EVENT_DATA_USER_PRESENCE_CHANGED_EXT)
#define XRVIZ_TYPE_EVENT_DATA_USER_PRESENCE_CHANGED_EXT XR_TYPE_EVENT_DATA_USER_PRESENCE_CHANGED_EXT
#define XRVIZ_TYPE_SYSTEM_USER_PRESENCE_PROPERTIES_EXT XR_TYPE_SYSTEM_USER_PRESENCE_PROPERTIES_EXT
#endif
