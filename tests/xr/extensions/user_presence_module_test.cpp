// The XR_EXT_user_presence module, fed events by hand as Session::poll_events feeds them.
#include <cstdint>
#include <cstring>

#include <gtest/gtest.h>

#include "xr/extensions/extension_module.h"
#include "xr/extensions/newer_extensions.h"

namespace xrviz::xr {
namespace {

XrSession fake_session(std::uintptr_t value) {
    return reinterpret_cast<XrSession>(value);
}

XrEventDataBuffer presence_event(XrSession session, bool present) {
    XrEventDataUserPresenceChangedEXT changed{};
    changed.type = XRVIZ_TYPE_EVENT_DATA_USER_PRESENCE_CHANGED_EXT;
    changed.session = session;
    changed.isUserPresent = present ? XR_TRUE : XR_FALSE;
    XrEventDataBuffer buffer{.type = XR_TYPE_EVENT_DATA_BUFFER};
    std::memcpy(&buffer, &changed, sizeof(changed));
    return buffer;
}

class UserPresenceModule : public ::testing::Test {
protected:
    void SetUp() override {
        for (auto& candidate : modules_) {
            if (std::strcmp(candidate->extension_name(), "XR_EXT_user_presence") == 0)
                module_ = candidate.get();
        }
        ASSERT_NE(module_, nullptr) << "make_optional_modules() has no XR_EXT_user_presence";
    }

    ExtensionModules modules_ = make_optional_modules();
    ExtensionModule* module_ = nullptr;
    const XrSession session_ = fake_session(0x5e55);
};

TEST_F(UserPresenceModule, UnknownUntilTheFirstEventOfItsSession) {
    EXPECT_EQ(module_->user_present(), std::nullopt);
    module_->on_event(presence_event(session_, false));  // no session yet
    EXPECT_EQ(module_->user_present(), std::nullopt);
    module_->on_session_created(XR_NULL_HANDLE, session_);
    EXPECT_EQ(module_->user_present(), std::nullopt);
    module_->on_event(presence_event(fake_session(0x07e4), false));  // another session's
    EXPECT_EQ(module_->user_present(), std::nullopt);
}

TEST_F(UserPresenceModule, FollowsItsSessionsEvents) {
    module_->on_session_created(XR_NULL_HANDLE, session_);
    module_->on_event(presence_event(session_, true));
    EXPECT_EQ(module_->user_present(), true);
    module_->on_event(presence_event(session_, false));
    EXPECT_EQ(module_->user_present(), false);

    XrEventDataBuffer other{.type = XR_TYPE_EVENT_DATA_SESSION_STATE_CHANGED};
    module_->on_event(other);
    EXPECT_EQ(module_->user_present(), false);
    module_->on_state_changed(XR_SESSION_STATE_VISIBLE);
    EXPECT_EQ(module_->user_present(), false) << "presence is not the session state";
    module_->on_event(presence_event(session_, true));
    EXPECT_EQ(module_->user_present(), true);
}

TEST_F(UserPresenceModule, ForgetsWhenTheSessionStopsOrGoes) {
    module_->on_session_created(XR_NULL_HANDLE, session_);
    module_->on_event(presence_event(session_, true));
    module_->on_state_changed(XR_SESSION_STATE_STOPPING);
    EXPECT_EQ(module_->user_present(), std::nullopt);

    module_->on_event(presence_event(session_, false));
    module_->on_session_destroying();
    EXPECT_EQ(module_->user_present(), std::nullopt);
    module_->on_event(presence_event(session_, true));  // a stale event after the session
    EXPECT_EQ(module_->user_present(), std::nullopt);
}

}  // namespace
}  // namespace xrviz::xr
