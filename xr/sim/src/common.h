// Includes and small helpers shared by every file of the simulated runtime.
// The build defines XR_NO_PROTOTYPES (our entry points live in namespace xrviz::sim, so
// they never clash with the loader's exported symbols), XR_USE_GRAPHICS_API_VULKAN and
// XR_USE_TIMESPEC.
#pragma once

#include <vulkan/vulkan.h>

#include <openxr/openxr.h>
#include <openxr/openxr_platform.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace xrviz::sim {

// The two-call idiom: report the count, fill when the capacity allows.
template <class T, class Fill>
XrResult twoCall(uint32_t capacity, uint32_t* countOutput, T* items, const std::vector<T>& source,
                 Fill fill) {
    if (countOutput == nullptr) {
        return XR_ERROR_VALIDATION_FAILURE;
    }
    *countOutput = static_cast<uint32_t>(source.size());
    if (capacity == 0) {
        return XR_SUCCESS;
    }
    if (capacity < source.size() || items == nullptr) {
        return XR_ERROR_SIZE_INSUFFICIENT;
    }
    for (size_t i = 0; i < source.size(); ++i) {
        fill(items[i], source[i]);
    }
    return XR_SUCCESS;
}

template <class T>
XrResult twoCall(uint32_t capacity, uint32_t* countOutput, T* items, const std::vector<T>& source) {
    return twoCall(capacity, countOutput, items, source, [](T& out, const T& in) { out = in; });
}

// Same for a string, counted with its terminating NUL.
inline XrResult twoCallString(uint32_t capacity, uint32_t* countOutput, char* buffer,
                              const std::string& text) {
    if (countOutput == nullptr) {
        return XR_ERROR_VALIDATION_FAILURE;
    }
    *countOutput = static_cast<uint32_t>(text.size() + 1);
    if (capacity == 0) {
        return XR_SUCCESS;
    }
    if (capacity < text.size() + 1 || buffer == nullptr) {
        return XR_ERROR_SIZE_INSUFFICIENT;
    }
    std::memcpy(buffer, text.c_str(), text.size() + 1);
    return XR_SUCCESS;
}

// Walks an OpenXR next chain for a structure of the given type.
template <class T>
const T* findInChain(const void* next, XrStructureType type) {
    const auto* header = static_cast<const XrBaseInStructure*>(next);
    while (header != nullptr) {
        if (header->type == type) {
            return reinterpret_cast<const T*>(header);
        }
        header = header->next;
    }
    return nullptr;
}

const char* resultName(XrResult result);

}  // namespace xrviz::sim
