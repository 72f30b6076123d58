#pragma once
// Move-only owners of OpenXR handles; a class holding several declares them in creation
// order so that teardown is the reverse for free.
#include <utility>

#include "xr/openxr_include.h"

namespace xrviz::xr {

template <typename Handle, XrResult(XRAPI_PTR* Destroy)(Handle)>
class UniqueXr {
public:
    UniqueXr() = default;
    explicit UniqueXr(Handle handle) : handle_(handle) {}
    ~UniqueXr() { reset(); }
    UniqueXr(const UniqueXr&) = delete;
    UniqueXr& operator=(const UniqueXr&) = delete;
    UniqueXr(UniqueXr&& other) noexcept : handle_(std::exchange(other.handle_, XR_NULL_HANDLE)) {}
    UniqueXr& operator=(UniqueXr&& other) noexcept {
        if (this != &other) {
            reset();
            handle_ = std::exchange(other.handle_, XR_NULL_HANDLE);
        }
        return *this;
    }
    Handle get() const { return handle_; }
    explicit operator bool() const { return handle_ != XR_NULL_HANDLE; }
    // A destroy that fails during teardown has nothing left to do; it is not an error
    // worth throwing from a destructor.
    void reset() {
        if (handle_ != XR_NULL_HANDLE)
            Destroy(handle_);
        handle_ = XR_NULL_HANDLE;
    }

private:
    Handle handle_ = XR_NULL_HANDLE;
};

using UniqueInstance = UniqueXr<XrInstance, xrDestroyInstance>;
using UniqueSession = UniqueXr<XrSession, xrDestroySession>;
using UniqueSpace = UniqueXr<XrSpace, xrDestroySpace>;
using UniqueSwapchain = UniqueXr<XrSwapchain, xrDestroySwapchain>;
using UniqueActionSet = UniqueXr<XrActionSet, xrDestroyActionSet>;
// Destroyed explicitly before their set, so that layers tracking handles see them go.
using UniqueAction = UniqueXr<XrAction, xrDestroyAction>;

}  // namespace xrviz::xr
