// Definitions of extensions newer than the OpenXR 1.0.20 headers that Debian 12 ships, from
// the specification. The sim depends on nothing of ours, so this is its own copy of what
// xr/extensions/newer_extensions.h declares for the app, guarded alike: a newer SDK's own
// definitions win, and either header may come first. Enum values are named XRVIZ_*.
#pragma once

#include <openxr/openxr.h>

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
