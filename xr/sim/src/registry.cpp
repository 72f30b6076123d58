#include "registry.h"

namespace xrviz::sim {

Registry& registry()
{
    static Registry instance;
    return instance;
}

std::recursive_mutex& apiMutex()
{
    static std::recursive_mutex mutex;
    return mutex;
}

void Registry::destroy(Object* object)
{
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

XrResult misuse(const char* function, XrResult result, const char* why)
{
    logInfo("%s -> %s: %s", function, resultName(result), why);
    return result;
}

}  // namespace xrviz::sim
