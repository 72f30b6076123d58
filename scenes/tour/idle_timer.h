#pragma once
// How long nobody has touched a kiosk: after `seconds` without a touch the tour returns to
// its attract loop. Pure (times in seconds), so the rule is unit-tested.
namespace xrviz::scenes::tour {

class IdleTimer {
public:
    IdleTimer(double seconds, double now) : seconds_(seconds), last_touch_(now) {}
    void touch(double now) { last_touch_ = now; }
    // True once per idle spell: the first call after `seconds` without a touch.
    bool expired(double now) {
        if (fired_ || now - last_touch_ < seconds_) {
            if (now - last_touch_ < seconds_)
                fired_ = false;
            return false;
        }
        fired_ = true;
        return true;
    }

private:
    double seconds_;
    double last_touch_;
    bool fired_ = false;
};

}  // namespace xrviz::scenes::tour
