#include "registry.h"

namespace xrviz::sim {

Registry& registry() {
    static Registry instance;
    return instance;
}

std::recursive_mutex& apiMutex() {
    static std::recursive_mutex mutex;
    return mutex;
}

void Registry::destroy(Object* object) {
    std::vector<Object*> children;
    for (const auto& [handle, child] : objects_) {
        if (child->parent == object) {
            children.push_back(child.get());
        }
    }
    // Swapchains and spaces before the session's Vulkan objects; actions before sets.
    for (Object* child : children) {
        destroy(child);
    }
    objects_.erase(key(object));
}

const char*& currentFunction() {
    thread_local const char* name = nullptr;
    return name;
}

XrResult misuse(const char* function, XrResult result, const char* why) {
    const char* name = currentFunction() != nullptr ? currentFunction() : function;
    logInfo("xr%s -> %s: %s", name, resultName(result), why);
    return result;
}

}  // namespace xrviz::sim
