// Session internals shared by the files that implement the session's API: events, the
// state machine, the clock, script samples at a time, and the exit summary.
#pragma once

#include "objects.h"
#include "script.h"

#include <cstring>

namespace xrviz::sim {

template <class Event>
void pushEvent(Instance& instance, const Event& event) {
    static_assert(sizeof(Event) <= sizeof(XrEventDataBuffer));
    XrEventDataBuffer buffer{};
    std::memcpy(&buffer, &event, sizeof(Event));
    instance.events.push_back(buffer);
}

// Moves the session to a state, queues XrEventDataSessionStateChanged and logs one line.
void setState(Session& session, XrSessionState state, XrTime time);

// Applies the script's session events due at this frame (called by xrWaitFrame).
void applyScriptEvents(Session& session, uint64_t frame, XrTime time);

XrTime monotonicNow();

// The scripted head and controllers at an XrTime (seconds since the first frame).
TrackingSample trackingAt(const Session& session, XrTime time);

// The session's frame-loop summary, logged when it ends or is destroyed.
void logSummary(const Session& session);

const char* stateName(XrSessionState state);

// Checks the system id against the instance's (XR_ERROR_SYSTEM_INVALID).
XrResult checkSystem(const Instance& instance, XrSystemId systemId, const char* function);

}  // namespace xrviz::sim
