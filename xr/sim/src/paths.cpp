// Paths (xrStringToPath / xrPathToString) and the enum-to-string functions.
#include "paths.h"
#include "api.h"
#include "registry.h"

#include <openxr/openxr_reflection.h>

#include <cstdio>

namespace xrviz::sim {

const char* resultName(XrResult result) {
    switch (result) {
#define XRVIZ_SIM_RESULT_CASE(name, value) \
    case name:                             \
        return #name;
        XR_LIST_ENUM_XrResult(XRVIZ_SIM_RESULT_CASE)
#undef XRVIZ_SIM_RESULT_CASE
            default : return nullptr;
    }
}

namespace {

const char* structureTypeName(XrStructureType type) {
    switch (type) {
#define XRVIZ_SIM_TYPE_CASE(name, value) \
    case name:                           \
        return #name;
        XR_LIST_ENUM_XrStructureType(XRVIZ_SIM_TYPE_CASE)
#undef XRVIZ_SIM_TYPE_CASE
            default : return nullptr;
    }
}

}  // namespace

bool isWellFormedPath(const std::string& path) {
    if (path.size() < 2 || path.size() >= XR_MAX_PATH_LENGTH || path.front() != '/' ||
        path.back() == '/') {
        return false;
    }
    char previous = '\0';
    for (const char c : path) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                             c == '_' || c == '.' || c == '/';
        if (!allowed || (c == '/' && previous == '/')) {
            return false;
        }
        previous = c;
    }
    return path.find("/./") == std::string::npos && path.find("/../") == std::string::npos;
}

XrPath internPath(Instance& instance, const std::string& path) {
    const auto found = instance.pathIds.find(path);
    if (found != instance.pathIds.end()) {
        return found->second;
    }
    instance.paths.push_back(path);
    const XrPath id = instance.paths.size();
    instance.pathIds[path] = id;
    return id;
}

const std::string* pathString(const Instance& instance, XrPath path) {
    if (path == XR_NULL_PATH || path > instance.paths.size()) {
        return nullptr;
    }
    return &instance.paths[path - 1];
}

XrResult XRAPI_CALL ResultToString(XrInstance instance, XrResult value,
                                   char buffer[XR_MAX_RESULT_STRING_SIZE]) {
    return guarded(__func__, [&] {
        if (lookup<Instance>(instance) == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (const char* name = resultName(value)) {
            std::snprintf(buffer, XR_MAX_RESULT_STRING_SIZE, "%s", name);
        } else if (XR_SUCCEEDED(value)) {
            std::snprintf(buffer, XR_MAX_RESULT_STRING_SIZE, "XR_UNKNOWN_SUCCESS_%d", value);
        } else {
            std::snprintf(buffer, XR_MAX_RESULT_STRING_SIZE, "XR_UNKNOWN_FAILURE_%d", value);
        }
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL StructureTypeToString(XrInstance instance, XrStructureType value,
                                          char buffer[XR_MAX_STRUCTURE_NAME_SIZE]) {
    return guarded(__func__, [&] {
        if (lookup<Instance>(instance) == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (const char* name = structureTypeName(value)) {
            std::snprintf(buffer, XR_MAX_STRUCTURE_NAME_SIZE, "%s", name);
        } else {
            std::snprintf(buffer, XR_MAX_STRUCTURE_NAME_SIZE, "XR_UNKNOWN_STRUCTURE_TYPE_%d",
                          value);
        }
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL StringToPath(XrInstance instance, const char* pathString, XrPath* path) {
    return guarded(__func__, [&] {
        Instance* object = lookup<Instance>(instance);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (pathString == nullptr || path == nullptr) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (!isWellFormedPath(pathString)) {
            return misuse(__func__, XR_ERROR_PATH_FORMAT_INVALID, pathString);
        }
        *path = internPath(*object, pathString);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL PathToString(XrInstance instance, XrPath path, uint32_t capacity,
                                 uint32_t* count, char* buffer) {
    return guarded(__func__, [&] {
        Instance* object = lookup<Instance>(instance);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        const std::string* text = pathString(*object, path);
        if (text == nullptr) {
            return XR_ERROR_PATH_INVALID;
        }
        return twoCallString(capacity, count, buffer, *text);
    });
}

}  // namespace xrviz::sim
