#pragma once
// Every OpenXR call is checked where it is made: a failure throws xrviz::Error naming the
// call's text, the object it was for, the result and file:line. Positive results
// (XR_SESSION_LOSS_PENDING, XR_SESSION_NOT_FOCUSED, XR_FRAME_DISCARDED, ...) are states,
// not errors: they are returned for the caller to inspect.
#include <string_view>

#include "xr/openxr_include.h"

namespace xrviz::xr {

const char* to_string(XrResult result);

XrResult check(XrResult result, std::string_view call, std::string_view object,
               const char* file = __builtin_FILE(), int line = __builtin_LINE());

}  // namespace xrviz::xr

// XRVIZ_XR_CHECK(xrCreateSession(...), "session")
#define XRVIZ_XR_CHECK(call, object) ::xrviz::xr::check((call), #call, (object))
