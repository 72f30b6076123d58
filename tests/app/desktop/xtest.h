#pragma once
// Real input for a window under Xvfb through the XTEST extension, loaded at run time
// (libX11, libXtst) so the tests need no X development headers. The events go through the
// X server to GLFW exactly as a person's mouse and keyboard would.
#include <dlfcn.h>

#include <string>

namespace xrviz::app::testing {

class XTest {
public:
    explicit XTest(const std::string& display) {
        x11_ = dlopen("libX11.so.6", RTLD_NOW);
        xtst_ = dlopen("libXtst.so.6", RTLD_NOW);
        if (!x11_ || !xtst_)
            return;
        open_ = symbol<OpenDisplay>(x11_, "XOpenDisplay");
        close_ = symbol<CloseDisplay>(x11_, "XCloseDisplay");
        sync_ = symbol<Sync>(x11_, "XSync");
        keycode_ = symbol<KeysymToKeycode>(x11_, "XKeysymToKeycode");
        motion_ = symbol<FakeMotion>(xtst_, "XTestFakeMotionEvent");
        button_ = symbol<FakeButton>(xtst_, "XTestFakeButtonEvent");
        key_ = symbol<FakeKey>(xtst_, "XTestFakeKeyEvent");
        if (open_ && close_ && sync_ && keycode_ && motion_ && button_ && key_) {
            display_ = open_(display.c_str());
        }
    }
    ~XTest() {
        if (display_)
            close_(display_);
        if (xtst_)
            dlclose(xtst_);
        if (x11_)
            dlclose(x11_);
    }
    XTest(const XTest&) = delete;
    XTest& operator=(const XTest&) = delete;

    bool available() const { return display_ != nullptr; }

    void move(int x, int y) {
        motion_(display_, -1, x, y, 0);
        sync_(display_, 0);
    }
    // 1 left, 2 middle, 3 right.
    void button(unsigned int which, bool press) {
        button_(display_, which, press ? 1 : 0, 0);
        sync_(display_, 0);
    }
    // An X keysym: 0x71 'q', 0xffe3 Control_L, 0xffbe F1.
    void key(unsigned long keysym, bool press) {
        key_(display_, keycode_(display_, keysym), press ? 1 : 0, 0);
        sync_(display_, 0);
    }

private:
    struct Display;
    using OpenDisplay = Display* (*)(const char*);
    using CloseDisplay = int (*)(Display*);
    using Sync = int (*)(Display*, int);
    using KeysymToKeycode = unsigned char (*)(Display*, unsigned long);
    using FakeMotion = int (*)(Display*, int, int, int, unsigned long);
    using FakeButton = int (*)(Display*, unsigned int, int, unsigned long);
    using FakeKey = int (*)(Display*, unsigned int, int, unsigned long);

    template <typename F>
    static F symbol(void* library, const char* name) {
        return reinterpret_cast<F>(dlsym(library, name));
    }

    void* x11_ = nullptr;
    void* xtst_ = nullptr;
    OpenDisplay open_ = nullptr;
    CloseDisplay close_ = nullptr;
    Sync sync_ = nullptr;
    KeysymToKeycode keycode_ = nullptr;
    FakeMotion motion_ = nullptr;
    FakeButton button_ = nullptr;
    FakeKey key_ = nullptr;
    Display* display_ = nullptr;
};

}  // namespace xrviz::app::testing
