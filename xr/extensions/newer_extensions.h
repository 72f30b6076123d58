#pragma once
// The extensions newer than Debian 12's OpenXR headers, for the session layer.
#include "xr/openxr_include.h"
#include "xr/spec/openxr_newer.h"
