#pragma once
// The OpenXR instance and the head-mounted system: what xrviz needs from a runtime before
// any graphics exist. Requires XR_KHR_vulkan_enable2 (or XR_KHR_vulkan_enable); every
// optional extension is a module enabled only when offered.
#include <memory>
#include <string>
#include <vector>

#include "engine/core/error.h"
#include "engine/vk/context.h"
#include "xr/extensions/extension_module.h"
#include "xr/handle.h"

namespace xrviz::xr {

// No OpenXR runtime, or a runtime with no headset: the app falls back to another mode.
class Unavailable : public Error {
public:
    using Error::Error;
};

enum class VulkanEnable { enable2, enable1 };

class Runtime {
public:
    // Throws Unavailable when no runtime or no HMD answers; Error for anything else.
    explicit Runtime(ExtensionModules optional_modules);
    ~Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;

    XrInstance instance() const { return instance_.get(); }
    XrSystemId system() const { return system_; }
    VulkanEnable vulkan_enable() const { return vulkan_enable_; }
    const std::string& runtime_name() const { return runtime_name_; }
    // The modules whose extension is enabled on this instance.
    const ExtensionModules& modules() const { return modules_; }
    bool enabled(const char* extension) const;
    std::uint64_t message_count() const;

    // After a session loss the system may be gone for a while: asks again. False while
    // the runtime reports no headset.
    bool refresh_system();

    // The creation path for engine/vk: Vulkan instance and device through the runtime.
    std::unique_ptr<vk::VulkanCreator> make_vulkan_creator() const;

    // One event from the instance's queue; false when the queue is empty.
    bool poll_event(XrEventDataBuffer& event) const;

private:
    UniqueInstance instance_;
    XrSystemId system_ = XR_NULL_SYSTEM_ID;
    VulkanEnable vulkan_enable_ = VulkanEnable::enable2;
    std::string runtime_name_;
    std::vector<std::string> enabled_;
    ExtensionModules modules_;
};

// Empty when a runtime reports a headset; otherwise the one line that says why not.
std::string probe_headset();

}  // namespace xrviz::xr
