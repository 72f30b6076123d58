#include "xr/check.h"

#include <openxr/openxr_reflection.h>

#include <string>

#include "engine/core/error.h"

namespace xrviz::xr {

const char* to_string(XrResult result) {
    switch (result) {
#define XRVIZ_XR_RESULT_CASE(name, value) \
    case name:                            \
        return #name;
        XR_LIST_ENUM_XrResult(XRVIZ_XR_RESULT_CASE)
#undef XRVIZ_XR_RESULT_CASE
            default : return "XR_RESULT_UNKNOWN";
    }
}

XrResult check(XrResult result, std::string_view call, std::string_view object, const char* file,
               int line) {
    if (XR_SUCCEEDED(result))
        return result;
    fail(std::string(call) + " failed for " + std::string(object) + ": " + to_string(result), file,
         line);
}

}  // namespace xrviz::xr
