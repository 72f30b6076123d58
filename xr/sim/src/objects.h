// The runtime's objects, one per OpenXR handle. Every handle given to the app is the
// address of one of these; the registry (registry.h) owns them and checks each handle the
// app passes back, so that misuse gets XR_ERROR_HANDLE_INVALID instead of a crash.
#pragma once

#include "common.h"
#include "config.h"
#include "script.h"

#include <array>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace xrviz::sim {

class VulkanBinding;
class SwapchainImages;

enum class ObjectType { Instance, Session, Space, ActionSet, Action, Swapchain, Messenger };

struct Object {
    Object(ObjectType objectType, Object* parentObject) : type(objectType), parent(parentObject) {}
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
    virtual ~Object() = default;

    const ObjectType type;
    Object* const parent;   // destroyed with its parent
    std::string debugName;  // XR_EXT_debug_utils object name
};

struct Instance;
struct Session;
struct Action;

struct Messenger : Object {
    static constexpr ObjectType kType = ObjectType::Messenger;
    Messenger(Instance* owner, const XrDebugUtilsMessengerCreateInfoEXT& createInfo);
    XrDebugUtilsMessageSeverityFlagsEXT severities;
    XrDebugUtilsMessageTypeFlagsEXT types;
    PFN_xrDebugUtilsMessengerCallbackEXT callback;
    void* userData;
};

struct SuggestedBinding {
    XrAction action;
    XrPath binding;
};

struct Instance : Object {
    static constexpr ObjectType kType = ObjectType::Instance;
    Instance() : Object(kType, nullptr) {}

    bool hasExtension(const char* name) const;

    Script script;
    Config config;
    std::vector<std::string> extensions;
    std::string applicationName;
    static constexpr XrSystemId kSystemId = 1;
    bool systemQueried = false;
    bool graphicsRequirementsQueried = false;
    // Vulkan: what the app was told (enable) or what we created for it (enable2).
    VkInstance vkInstance = VK_NULL_HANDLE;
    VkPhysicalDevice vkPhysicalDevice = VK_NULL_HANDLE;
    PFN_vkGetInstanceProcAddr vkGetInstanceProcAddr = nullptr;
    bool vkDebugUtils = false;  // the instance we created for the app has VK_EXT_debug_utils

    std::deque<XrEventDataBuffer> events;
    std::vector<std::string> paths;  // XrPath n is paths[n - 1]
    std::map<std::string, XrPath> pathIds;
    std::map<XrPath, std::vector<SuggestedBinding>> suggestedBindings;  // by profile
    std::vector<Messenger*> messengers;
    Session* session = nullptr;  // one at a time
    bool lossPending = false;
    bool userPresent = true;  // someone wears the headset (scripted; XR_EXT_user_presence)
};

struct ActionSet : Object {
    static constexpr ObjectType kType = ObjectType::ActionSet;
    explicit ActionSet(Instance* owner) : Object(kType, owner), instance(owner) {}
    Instance* instance;
    std::string name;
    std::string localizedName;
    uint32_t priority = 0;
    bool attached = false;
};

// One input an action reads, resolved from a suggested binding of the current profile.
struct BoundInput {
    XrPath path;
    int hand;                // 0 left, 1 right
    std::string identifier;  // "trigger", "aim", ...
    std::string component;   // "value", "click", "pose", "" ...
};

struct ActionValue {
    bool active = false;
    bool boolean = false;
    float scalar = 0;
    XrVector2f vector{0, 0};
    bool changed = false;
    XrTime lastChange = 0;
};

struct Action : Object {
    static constexpr ObjectType kType = ObjectType::Action;
    explicit Action(ActionSet* owner) : Object(kType, owner), set(owner) {}
    ActionSet* set;
    std::string name;
    std::string localizedName;
    XrActionType actionType = XR_ACTION_TYPE_BOOLEAN_INPUT;
    std::vector<XrPath> subactionPaths;
    std::vector<BoundInput> inputs;     // after attach
    std::array<ActionValue, 3> values;  // left, right, any
};

struct Space : Object {
    static constexpr ObjectType kType = ObjectType::Space;
    explicit Space(Session* owner);
    Session* session;
    std::optional<XrReferenceSpaceType> reference;  // empty for an action space
    XrAction action = XR_NULL_HANDLE;
    XrPath subactionPath = XR_NULL_PATH;
    XrPosef offset{{0, 0, 0, 1}, {0, 0, 0}};
};

struct Swapchain : Object {
    static constexpr ObjectType kType = ObjectType::Swapchain;
    explicit Swapchain(Session* owner);
    ~Swapchain() override;
    Session* session;
    XrSwapchainCreateInfo info{};
    std::unique_ptr<SwapchainImages> images;
    std::deque<uint32_t> acquired;  // in acquire order
    bool frontWaited = false;
    uint32_t nextIndex = 0;
    int64_t lastReleased = -1;
    bool staticAcquired = false;
};

struct FrameCounters {
    uint64_t waited = 0;
    uint64_t begun = 0;
    uint64_t ended = 0;
    uint64_t discarded = 0;
    uint64_t layers = 0;
    uint64_t projectionLayers = 0;
    uint64_t quadLayers = 0;
    uint64_t depthInfos = 0;
    uint64_t late = 0;
    uint64_t captured = 0;
    uint64_t haptics = 0;
};

struct Session : Object {
    static constexpr ObjectType kType = ObjectType::Session;
    explicit Session(Instance* owner);
    ~Session() override;
    Instance* instance;
    XrSessionState state = XR_SESSION_STATE_UNKNOWN;
    bool running = false;
    bool exitRequested = false;
    bool lossPending = false;
    bool synchronized = false;
    XrViewConfigurationType viewConfiguration = XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO;
    std::unique_ptr<VulkanBinding> vulkan;

    // Frame loop.
    XrTime firstDisplayTime = 0;
    XrTime nextDisplayTime = 0;
    bool waitedNotBegun = false;
    bool frameBegun = false;
    uint64_t frameIndex = 0;       // of the frame xrWaitFrame last returned
    uint64_t begunFrameIndex = 0;  // of the frame between xrBeginFrame and xrEndFrame
    XrTime begunDisplayTime = 0;
    FrameCounters counters;
    size_t nextScriptEvent = 0;

    // Actions.
    std::vector<ActionSet*> attachedSets;
    std::array<XrPath, 2> currentProfile{XR_NULL_PATH, XR_NULL_PATH};
};

}  // namespace xrviz::sim
