// XR_EXT_user_presence: offered (unless configured off), the system reports it senses
// presence, one event when the session begins and one per scripted change, none without
// the extension. The definitions come from the app's header, a second reading of the spec.
#include "sim_fixture.h"
#include "xr/extensions/newer_extensions.h"

#include <cstdlib>
#include <string>

namespace xrviz::sim::test {
namespace {

struct Polled {
    std::vector<XrSessionState> states;
    std::vector<XrEventDataUserPresenceChangedEXT> presence;
};

class UserPresenceTest : public SimTest {
protected:
    Polled poll() {
        Polled polled;
        XrEventDataBuffer event{XR_TYPE_EVENT_DATA_BUFFER};
        while (xrPollEvent(instance_, &event) == XR_SUCCESS) {
            if (event.type == XR_TYPE_EVENT_DATA_SESSION_STATE_CHANGED) {
                polled.states.push_back(
                    reinterpret_cast<XrEventDataSessionStateChanged*>(&event)->state);
            }
            if (event.type == XRVIZ_TYPE_EVENT_DATA_USER_PRESENCE_CHANGED_EXT) {
                polled.presence.push_back(
                    *reinterpret_cast<XrEventDataUserPresenceChangedEXT*>(&event));
            }
            event = {XR_TYPE_EVENT_DATA_BUFFER};
        }
        return polled;
    }

    bool listed() {
        uint32_t count = 0;
        EXPECT_EQ(xrEnumerateInstanceExtensionProperties(nullptr, 0, &count, nullptr), XR_SUCCESS);
        std::vector<XrExtensionProperties> properties(count, {XR_TYPE_EXTENSION_PROPERTIES});
        EXPECT_EQ(xrEnumerateInstanceExtensionProperties(nullptr, count, &count, properties.data()),
                  XR_SUCCESS);
        for (const XrExtensionProperties& extension : properties) {
            if (std::string(extension.extensionName) == XR_EXT_USER_PRESENCE_EXTENSION_NAME) {
                EXPECT_EQ(extension.extensionVersion, 1u);
                return true;
            }
        }
        return false;
    }

    XrResult tryInstanceWithUserPresence() {
        const char* extensions[] = {XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME,
                                    XR_EXT_USER_PRESENCE_EXTENSION_NAME};
        XrInstanceCreateInfo info{XR_TYPE_INSTANCE_CREATE_INFO};
        std::snprintf(info.applicationInfo.applicationName, XR_MAX_APPLICATION_NAME_SIZE,
                      "xrviz_sim_tests");
        info.applicationInfo.apiVersion = XR_MAKE_VERSION(1, 0, 0);
        info.enabledExtensionCount = 2;
        info.enabledExtensionNames = extensions;
        return xrCreateInstance(&info, &instance_);
    }

    void begin() {
        XrSessionBeginInfo info{XR_TYPE_SESSION_BEGIN_INFO};
        info.primaryViewConfigurationType = XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO;
        ASSERT_EQ(xrBeginSession(session_, &info), XR_SUCCESS);
    }
};

constexpr const char* kOffAndOn = R"({"events": [
    {"frame": 2, "type": "user_absent"},
    {"frame": 4, "type": "user_present"},
    {"frame": 5, "type": "user_present"}]})";

TEST_F(UserPresenceTest, ExtensionIsListed) {
    EXPECT_TRUE(listed());
}

TEST_F(UserPresenceTest, ConfigurationTakesTheExtensionOffTheList) {
    useScript(R"({"config": {"user_presence": false}})");
    EXPECT_FALSE(listed());
    const XrResult result = tryInstanceWithUserPresence();
    EXPECT_EQ(result, XR_ERROR_EXTENSION_NOT_PRESENT);
    if (XR_FAILED(result))
        instance_ = XR_NULL_HANDLE;

    setenv("XRVIZ_SIM_USER_PRESENCE", "1", 1);  // the environment overrides the script
    EXPECT_TRUE(listed());
    unsetenv("XRVIZ_SIM_SCRIPT");
    setenv("XRVIZ_SIM_USER_PRESENCE", "0", 1);
    EXPECT_FALSE(listed());
}

TEST_F(UserPresenceTest, SystemPropertiesReportSupport) {
    extraExtensions_ = {XR_EXT_USER_PRESENCE_EXTENSION_NAME};
    createInstance();
    XrSystemUserPresencePropertiesEXT presence{};
    presence.type = XRVIZ_TYPE_SYSTEM_USER_PRESENCE_PROPERTIES_EXT;
    presence.supportsUserPresence = XR_FALSE;
    XrSystemProperties properties{XR_TYPE_SYSTEM_PROPERTIES};
    properties.next = &presence;
    XR_ASSERT_OK(xrGetSystemProperties(instance_, system_, &properties));
    EXPECT_EQ(presence.supportsUserPresence, XR_TRUE);
}

TEST_F(UserPresenceTest, BeginQueuesPresenceAndScriptedChangesFollowWithoutStateChanges) {
    extraExtensions_ = {XR_EXT_USER_PRESENCE_EXTENSION_NAME};
    useScript(kOffAndOn);
    createSession();
    Polled polled = poll();
    EXPECT_EQ(polled.states,
              (std::vector<XrSessionState>{XR_SESSION_STATE_IDLE, XR_SESSION_STATE_READY}));
    EXPECT_TRUE(polled.presence.empty()) << "no presence before the session runs";

    begin();
    polled = poll();
    ASSERT_EQ(polled.presence.size(), 1u);
    EXPECT_EQ(polled.presence[0].session, session_);
    EXPECT_EQ(polled.presence[0].isUserPresent, XR_TRUE);

    emptyFrame();  // frame 0: SYNCHRONIZED, VISIBLE, FOCUSED
    emptyFrame();
    polled = poll();
    EXPECT_EQ(polled.states.size(), 3u);
    EXPECT_TRUE(polled.presence.empty());

    emptyFrame();  // frame 2: taken off
    polled = poll();
    EXPECT_TRUE(polled.states.empty()) << "the headset off leaves the state alone";
    ASSERT_EQ(polled.presence.size(), 1u);
    EXPECT_EQ(polled.presence[0].session, session_);
    EXPECT_EQ(polled.presence[0].isUserPresent, XR_FALSE);

    emptyFrame();
    EXPECT_TRUE(poll().presence.empty());
    emptyFrame();  // frame 4: put back on
    polled = poll();
    ASSERT_EQ(polled.presence.size(), 1u);
    EXPECT_EQ(polled.presence[0].isUserPresent, XR_TRUE);
    emptyFrame();  // frame 5: already on, no change to report
    emptyFrame();
    EXPECT_TRUE(poll().presence.empty());
}

TEST_F(UserPresenceTest, NoEventWithoutTheExtension) {
    useScript(kOffAndOn);
    createSession();
    begin();
    for (int frame = 0; frame < 7; ++frame)
        emptyFrame();
    const Polled polled = poll();
    EXPECT_EQ(polled.states.size(), 5u);  // IDLE, READY, SYNCHRONIZED, VISIBLE, FOCUSED
    EXPECT_TRUE(polled.presence.empty());
}

TEST_F(UserPresenceTest, EventsGoWithTheirSession) {
    extraExtensions_ = {XR_EXT_USER_PRESENCE_EXTENSION_NAME};
    createSession();
    begin();  // queues the presence, not polled
    XR_ASSERT_OK(xrDestroySession(session_));
    session_ = XR_NULL_HANDLE;
    EXPECT_TRUE(poll().presence.empty());
}

}  // namespace
}  // namespace xrviz::sim::test
