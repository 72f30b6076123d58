#pragma once
// Constants and structures of OpenXR extensions newer than the 1.0.20 headers that Debian
// 12 ships, from the specification. Header-only and depending on openxr.h alone, so that
// both the app's session layer (xr/) and the simulated runtime (xr/sim), which depends on
// nothing else of ours, declare them once. Guarded: a newer SDK's own definitions win.
// Enum values are named XRVIZ_* so the code reads the same with either.
#include <openxr/openxr.h>

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
