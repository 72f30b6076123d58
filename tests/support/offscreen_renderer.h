#pragma once
// Renders frame descriptions offscreen on whatever Vulkan device is present (lavapipe in
// CI) with the validation layer on; a test fails on any validation message.
#include <gtest/gtest.h>

#include <memory>

#include "engine/render/gpu.h"
#include "engine/render/offscreen_target.h"
#include "engine/render/renderer.h"

namespace xrviz::testing {

class OffscreenRenderer {
public:
    OffscreenRenderer(int width, int height, std::uint32_t views,
                      VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_4_BIT)
        : gpu_(vk::ContextOptions{.app_name = "xrviz tests", .validation = true}),
          target_(gpu_.context, gpu_.allocator,
                  render::TargetFormat{
                      .extent = {static_cast<std::uint32_t>(width),
                                 static_cast<std::uint32_t>(height)},
                      .view_count = views,
                      .samples = samples,
                  }),
          renderer_(gpu_.context, gpu_.allocator, gpu_.frames, target_.format(), gpu_.font) {}

    ~OffscreenRenderer() {
        gpu_.frames.wait_all();
        EXPECT_EQ(gpu_.context.validation_message_count(), 0u)
            << "Vulkan validation messages were printed above";
    }

    std::vector<assets::Image> render(const render::FrameDescription& frame) {
        gpu_.frames.begin_frame();
        renderer_.record(frame, target_);
        gpu_.frames.end_frame();
        gpu_.frames.wait_all();
        std::vector<assets::Image> layers;
        for (std::uint32_t i = 0; i < target_.format().view_count; ++i) {
            layers.push_back(target_.read_layer(i));
        }
        return layers;
    }

    // Instances per fleet mesh the GPU's culling drew in the last render() (FleetMesh order).
    std::array<std::uint32_t, render::kFleetMeshCount> fleet_counts() const {
        return renderer_.fleet_counts();
    }

    std::string device_name() const { return gpu_.context.properties().deviceName; }
    bool is_lavapipe() const { return device_name().find("llvmpipe") != std::string::npos; }
    int width() const { return static_cast<int>(target_.format().extent.width); }
    int height() const { return static_cast<int>(target_.format().extent.height); }

private:
    render::Gpu gpu_;
    render::OffscreenTarget target_;
    render::Renderer renderer_;
};

struct Rgb {
    float r, g, b;
};

// A pixel of an sRGB-encoded image, converted to linear light.
Rgb linear_pixel(const assets::Image& image, int x, int y);
// True when two linear colours have the same hue and saturation, whatever their
// brightness: lighting scales a colour, it does not turn blue into magenta.
bool same_chromaticity(Rgb a, Rgb b, float tolerance);
float max_channel_difference(Rgb a, Rgb b);

}  // namespace xrviz::testing
