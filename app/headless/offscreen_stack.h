#pragma once
// The Vulkan part every headless run shares: a GPU, an offscreen target and a renderer,
// with the screenshot and the validation exit status.
#include <cstdio>
#include <filesystem>

#include "app/cli/options.h"
#include "engine/assets/image_io.h"
#include "engine/render/gpu.h"
#include "engine/render/offscreen_target.h"
#include "engine/render/renderer.h"
#include "scenes/viewer.h"

namespace xrviz::app {

inline render::TargetFormat offscreen_format(const Options& options) {
    return render::TargetFormat{
        .colour_format = VK_FORMAT_R8G8B8A8_SRGB,
        .extent = {static_cast<std::uint32_t>(options.width),
                   static_cast<std::uint32_t>(options.height)},
        .view_count = 1,
        .samples = render::sample_count_bits(options.msaa),
        .final_layout = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
    };
}

struct OffscreenStack {
    explicit OffscreenStack(const Options& options)
        : gpu(vk::ContextOptions{.validation = options.validation}),
          target(gpu.context, gpu.allocator, offscreen_format(options)),
          renderer(gpu.context, gpu.allocator, gpu.frames, target.format(), gpu.font) {}

    // Describes and records a frame; submit() hands it to the GPU. Split so that a
    // benchmark can time the app's own work apart from the driver's.
    render::RenderStats record(const scenes::Viewer& viewer, render::FrameDescription& frame) {
        describe(viewer, frame);
        return record(frame);
    }
    // The two halves of record(), for a front-end that adds to the scene's frame (a tour's
    // caption) before it is drawn.
    void describe(const scenes::Viewer& viewer, render::FrameDescription& frame) const {
        const VkExtent2D extent = target.format().extent;
        frame.views = {viewer.camera_view(static_cast<float>(extent.width) /
                                          static_cast<float>(extent.height))};
        viewer.describe(frame);
    }
    render::RenderStats record(const render::FrameDescription& frame) {
        gpu.frames.begin_frame();
        return renderer.record(frame, target);
    }
    void submit() { gpu.frames.end_frame(); }

    void write_screenshot(const std::filesystem::path& path) {
        gpu.frames.wait_all();
        assets::write_png(path, target.read_layer(0));
    }

    // Every validation message is already printed by the messenger; this turns them into
    // the exit status that --validation promises.
    int validation_exit_code() const {
        const auto messages = gpu.context.validation_message_count();
        if (messages == 0)
            return 0;
        std::fprintf(stderr, "xrviz: %llu Vulkan validation message(s); failing the run\n",
                     static_cast<unsigned long long>(messages));
        return 3;
    }

    render::Gpu gpu;
    render::OffscreenTarget target;
    render::Renderer renderer;
};

}  // namespace xrviz::app
