#include "engine/vk/check.h"

#include <string>

#include "engine/core/error.h"

namespace xrviz::vk {

const char* to_string(VkResult result) {
    switch (result) {
#define XRVIZ_RESULT_CASE(r) \
    case r: return #r;
        XRVIZ_RESULT_CASE(VK_SUCCESS)
        XRVIZ_RESULT_CASE(VK_NOT_READY)
        XRVIZ_RESULT_CASE(VK_TIMEOUT)
        XRVIZ_RESULT_CASE(VK_EVENT_SET)
        XRVIZ_RESULT_CASE(VK_EVENT_RESET)
        XRVIZ_RESULT_CASE(VK_INCOMPLETE)
        XRVIZ_RESULT_CASE(VK_ERROR_OUT_OF_HOST_MEMORY)
        XRVIZ_RESULT_CASE(VK_ERROR_OUT_OF_DEVICE_MEMORY)
        XRVIZ_RESULT_CASE(VK_ERROR_INITIALIZATION_FAILED)
        XRVIZ_RESULT_CASE(VK_ERROR_DEVICE_LOST)
        XRVIZ_RESULT_CASE(VK_ERROR_MEMORY_MAP_FAILED)
        XRVIZ_RESULT_CASE(VK_ERROR_LAYER_NOT_PRESENT)
        XRVIZ_RESULT_CASE(VK_ERROR_EXTENSION_NOT_PRESENT)
        XRVIZ_RESULT_CASE(VK_ERROR_FEATURE_NOT_PRESENT)
        XRVIZ_RESULT_CASE(VK_ERROR_INCOMPATIBLE_DRIVER)
        XRVIZ_RESULT_CASE(VK_ERROR_TOO_MANY_OBJECTS)
        XRVIZ_RESULT_CASE(VK_ERROR_FORMAT_NOT_SUPPORTED)
        XRVIZ_RESULT_CASE(VK_ERROR_FRAGMENTED_POOL)
        XRVIZ_RESULT_CASE(VK_ERROR_UNKNOWN)
        XRVIZ_RESULT_CASE(VK_ERROR_OUT_OF_POOL_MEMORY)
        XRVIZ_RESULT_CASE(VK_ERROR_INVALID_EXTERNAL_HANDLE)
        XRVIZ_RESULT_CASE(VK_ERROR_FRAGMENTATION)
        XRVIZ_RESULT_CASE(VK_ERROR_SURFACE_LOST_KHR)
        XRVIZ_RESULT_CASE(VK_ERROR_NATIVE_WINDOW_IN_USE_KHR)
        XRVIZ_RESULT_CASE(VK_SUBOPTIMAL_KHR)
        XRVIZ_RESULT_CASE(VK_ERROR_OUT_OF_DATE_KHR)
        XRVIZ_RESULT_CASE(VK_ERROR_VALIDATION_FAILED_EXT)
#undef XRVIZ_RESULT_CASE
        default: return "VkResult(unknown)";
    }
}

VkResult check(VkResult result, std::string_view call, std::string_view object,
               const char* file, int line) {
    if (result >= VK_SUCCESS) return result;
    std::string message = std::string(call.substr(0, call.find('('))) + " failed with " +
                          to_string(result) + " for " + std::string(object);
    fail(message, file, line);
}

}  // namespace xrviz::vk
