// Owns every object the runtime hands out and validates handles coming back. One lock
// serialises the API: OpenXR allows calls from several threads, the sim keeps it simple.
#pragma once

#include "log.h"
#include "objects.h"

#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace xrviz::sim {

class Registry {
public:
    template <class T>
    T* add(std::unique_ptr<T> object) {
        T* raw = object.get();
        objects_[key(raw)] = std::move(object);
        return raw;
    }

    template <class T>
    T* find(uint64_t handle) const {
        const auto found = objects_.find(handle);
        if (found == objects_.end() || found->second->type != T::kType) {
            return nullptr;
        }
        return static_cast<T*>(found->second.get());
    }

    // Destroys the object and, first, everything created from it.
    void destroy(Object* object);

    template <class T>
    std::vector<T*> childrenOf(const Object* parent) const {
        std::vector<T*> children;
        for (const auto& [handle, object] : objects_) {
            if (object->parent == parent && object->type == T::kType) {
                children.push_back(static_cast<T*>(object.get()));
            }
        }
        return children;
    }

    static uint64_t key(const Object* object) { return reinterpret_cast<uintptr_t>(object); }

private:
    std::unordered_map<uint64_t, std::unique_ptr<Object>> objects_;
};

Registry& registry();
std::recursive_mutex& apiMutex();

template <class T, class Handle>
T* lookup(Handle handle) {
    return registry().find<T>(reinterpret_cast<uintptr_t>(handle));
}

template <class Handle>
Handle toHandle(const Object* object) {
    return reinterpret_cast<Handle>(Registry::key(object));
}

// The API function being run on this thread (its name without "xr"), set by guarded().
const char*& currentFunction();

// Logs a misuse answered with an error code, for whoever reads the log. The log names the
// API call being run (guarded's), else the given function.
XrResult misuse(const char* function, XrResult result, const char* why);

// Runs one API call under the lock; an exception (a Vulkan failure) becomes
// XR_ERROR_RUNTIME_FAILURE with its message logged.
template <class Body>
XrResult guarded(const char* function, Body&& body) {
    std::lock_guard<std::recursive_mutex> lock(apiMutex());
    struct Restore {
        const char* previous;
        ~Restore() { currentFunction() = previous; }
    } restore{currentFunction()};
    currentFunction() = function;
    try {
        return body();
    } catch (const std::exception& error) {
        logError("xr%s: %s", function, error.what());
        return XR_ERROR_RUNTIME_FAILURE;
    }
}

}  // namespace xrviz::sim
