#pragma once
// The one place OpenXR's headers are included, with the Vulkan platform types enabled.
#include <vulkan/vulkan.h>

#define XR_USE_GRAPHICS_API_VULKAN
#include <openxr/openxr.h>
#include <openxr/openxr_platform.h>
