#pragma once
// One OpenXR swapchain of two-layer images (both eyes) with a Vulkan view per image, and
// the acquire / wait / release cycle. The session has one for colour and, where the
// runtime takes depth, one for depth.
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
    // The sub-image for one eye (one array layer), whole width and height.
    XrSwapchainSubImage sub_image(std::uint32_t eye) const;

private:
    SwapchainDesc desc_;
    UniqueSwapchain swapchain_;
    std::vector<VkImage> images_;
    std::vector<vk::UniqueImageView> views_;
    bool acquired_ = false;
};

// Swapchain formats the runtime offers, in its order of preference.
std::vector<std::int64_t> offered_swapchain_formats(XrSession session);

}  // namespace xrviz::xr
