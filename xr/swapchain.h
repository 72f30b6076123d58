#pragma once
// One OpenXR swapchain with a Vulkan view per image, and the acquire / wait / release
// cycle: two layers (both eyes) for the session's colour and depth, one for a panel shown
// as a quad layer.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/vk/context.h"
#include "engine/vk/handle.h"
#include "xr/handle.h"

namespace xrviz::xr {

struct SwapchainDesc {
    std::string name;  // "colour swapchain": for errors, logs and debug names
    VkFormat format = VK_FORMAT_UNDEFINED;
    VkExtent2D extent{};
    XrSwapchainUsageFlags usage = 0;
    std::uint32_t layers = 2;
};

class Swapchain {
public:
    Swapchain(XrSession session, const vk::Context& context, const SwapchainDesc& desc);

    // Acquires the next image and waits until it may be written; returns its index.
    std::uint32_t acquire();
    void release();
    bool acquired() const { return acquired_; }

    XrSwapchain handle() const { return swapchain_.get(); }
    std::size_t image_count() const { return images_.size(); }
    VkImage image(std::uint32_t index) const { return images_.at(index); }
    VkImageView view(std::uint32_t index) const { return views_.at(index).get(); }
    // The sub-image of one array layer (an eye), whole width and height.
    XrSwapchainSubImage sub_image(std::uint32_t layer) const;
    VkExtent2D extent() const { return desc_.extent; }

private:
    SwapchainDesc desc_;
    UniqueSwapchain swapchain_;
    std::vector<VkImage> images_;
    std::vector<vk::UniqueImageView> views_;
    bool acquired_ = false;
};

// Swapchain formats the runtime offers, in its order of preference.
std::vector<std::int64_t> offered_swapchain_formats(XrSession session);
// RGBA8 or BGRA8, sRGB where offered. Throws when the runtime offers neither.
VkFormat choose_colour_format(const std::vector<std::int64_t>& offered);

}  // namespace xrviz::xr
