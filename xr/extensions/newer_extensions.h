#pragma once
// Constants of extensions newer than the OpenXR 1.0.20 headers that Debian 12 ships, from
// the specification. Guarded so that a newer SDK's own definitions win.
#include "xr/openxr_include.h"

#ifndef XR_EXT_local_floor
#define XR_EXT_local_floor 1
#define XR_EXT_local_floor_SPEC_VERSION 1
#define XR_EXT_LOCAL_FLOOR_EXTENSION_NAME "XR_EXT_local_floor"
#define XRVIZ_REFERENCE_SPACE_TYPE_LOCAL_FLOOR_EXT static_cast<XrReferenceSpaceType>(1000426000)
#else
#define XRVIZ_REFERENCE_SPACE_TYPE_LOCAL_FLOOR_EXT XR_REFERENCE_SPACE_TYPE_LOCAL_FLOOR_EXT
#endif
