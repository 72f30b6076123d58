#include "app/headless/headless_app.h"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "app/cli/bench_report.h"
#include "app/input/interaction.h"
#include "app/input/recording.h"
#include "app/process_clock.h"
#include "app/viewer_state.h"
#include "engine/assets/image_io.h"
#include "engine/core/log.h"
#include "engine/core/process_stats.h"
#include "engine/render/gpu.h"
#include "engine/render/offscreen_target.h"
#include "engine/render/renderer.h"
#include "scenes/registry.h"
#include "scenes/viewer.h"

namespace xrviz::app {
namespace {

using Milliseconds = std::chrono::duration<double, std::milli>;
using SteadyClock = std::chrono::steady_clock;

constexpr double kVirtualFrameSeconds = 1.0 / 60.0;

render::TargetFormat offscreen_format(const Options& options) {
    return render::TargetFormat{
        .colour_format = VK_FORMAT_R8G8B8A8_SRGB,
        .extent = {static_cast<std::uint32_t>(options.width),
                   static_cast<std::uint32_t>(options.height)},
        .view_count = 1,
        .samples = render::sample_count_bits(options.msaa),
        .final_layout = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
    };
}

// The Vulkan part every headless run shares.
struct OffscreenStack {
    explicit OffscreenStack(const Options& options)
        : gpu(vk::ContextOptions{.validation = options.validation}),
          target(gpu.context, gpu.allocator, offscreen_format(options)),
          renderer(gpu.context, gpu.allocator, gpu.frames, target.format(), gpu.font) {}

    // Describes and records a frame; submit() hands it to the GPU. Split so that a
    // benchmark can time the app's own work apart from the driver's.
    render::RenderStats record(const scenes::Viewer& viewer, render::FrameDescription& frame) {
        const VkExtent2D extent = target.format().extent;
        frame.views = {viewer.camera_view(static_cast<float>(extent.width) /
                                          static_cast<float>(extent.height))};
        viewer.describe(frame);
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
        if (messages == 0) return 0;
        std::fprintf(stderr, "xrviz: %llu Vulkan validation message(s); failing the run\n",
                     static_cast<unsigned long long>(messages));
        return 3;
    }

    render::Gpu gpu;
    render::OffscreenTarget target;
    render::Renderer renderer;
};

void apply_camera(const Options& options, scenes::Viewer& viewer) {
    // The fleet size first: a scene's views may depend on it.
    if (options.gpus) viewer.set_parameter("gpus", *options.gpus);
    if (options.view) viewer.set_view(*options.view);
    if (options.camera) viewer.set_camera(*options.camera);
}

}  // namespace

int run_headless(const Options& options, std::shared_ptr<const data::Dataset> dataset) {
    scenes::Viewer viewer(std::move(dataset), options.scene.empty() ? "skyline" : options.scene);
    apply_camera(options, viewer);
    OffscreenStack stack(options);

    // --replay: the recorded pointer and keys act on the viewer through the same mapping
    // as in the window (a pixel -> a ray through the camera); no panels are drawn here.
    std::optional<input::Replay> replay;
    std::optional<input::Interaction> interaction;
    input::InputState input_state;
    ui::PanelVisibility panels;
    if (options.replay) {
        replay.emplace(*options.replay);
        interaction.emplace(viewer);
        input_state.window_size = {static_cast<float>(options.width),
                                   static_cast<float>(options.height)};
    }
    const int frames = options.frames > 0 ? options.frames
                       : replay           ? static_cast<int>(replay->last_frame()) + 2
                                          : 1;
    BenchReport bench;
    bench.scene = std::string(viewer.scene().name());
    bench.frames = frames;
    bench.width = options.width;
    bench.height = options.height;
    bench.frame_ms.reserve(static_cast<std::size_t>(frames));
    bench.cpu_ms.reserve(static_cast<std::size_t>(frames));
    bench.gpu_ms.reserve(static_cast<std::size_t>(frames));

    render::FrameDescription frame;
    auto previous = SteadyClock::now();
    for (int i = 0; i < frames; ++i) {
        const auto start = SteadyClock::now();
        if (replay) {
            input::FrontEndActions ignored;
            for (const input::InputEvent& e : replay->events_for(static_cast<std::uint64_t>(i))) {
                interaction->handle(e, input_state, false, false, panels, ignored);
                input_state.apply(e);
            }
            interaction->update(input_state,
                                static_cast<float>(replay->frame_seconds(static_cast<std::uint64_t>(i))),
                                false);
        }
        // Headless time is virtual: frame N always shows the same picture.
        viewer.update(i * kVirtualFrameSeconds);
        const render::RenderStats stats = stack.record(viewer, frame);
        // The app's CPU work: describing and recording, less any wait for a frame slot.
        bench.cpu_ms.add(Milliseconds(SteadyClock::now() - start).count() -
                         stack.gpu.frames.last_gpu_wait_ms());
        stack.submit();
        bench.draw_calls = stats.draw_calls;
        bench.instances = stats.instances;
        if (i == 0) {
            stack.gpu.frames.wait_all();
            bench.first_frame_ms = Milliseconds(SteadyClock::now() - process_start()).count();
        } else {
            bench.frame_ms.add(Milliseconds(start - previous).count());
        }
        if (const auto gpu_ms = stack.gpu.frames.last_gpu_ms(); gpu_ms && i > 0) {
            bench.gpu_ms.add(*gpu_ms);
        }
        previous = start;
    }
    stack.gpu.frames.wait_all();
    if (frames > 1) bench.frame_ms.add(Milliseconds(SteadyClock::now() - previous).count());

    if (options.screenshot) {
        stack.write_screenshot(*options.screenshot);
        log::info("headless", "wrote " + options.screenshot->string());
    }
    if (options.state_out) write_viewer_state(*options.state_out, viewer);
    if (options.bench) {
        bench.peak_rss_mb = peak_rss_mb();
        write_bench_json(*options.bench, bench);
        log::info("headless", "wrote " + options.bench->string());
    }
    return stack.validation_exit_code();
}

int render_gallery(const Options& options, std::shared_ptr<const data::Dataset> dataset,
                   const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder);
    OffscreenStack stack(options);
    render::FrameDescription frame;
    int written = 0;
    for (const scenes::SceneInfo& info : scenes::scene_catalogue()) {
        if (info.name == "empty") continue;  // a benchmark baseline, not a picture
        scenes::Viewer viewer(dataset, info.name);
        stack.record(viewer, frame);
        stack.submit();
        const auto path = folder / (std::string(info.name) + ".png");
        stack.write_screenshot(path);
        ++written;
    }
    std::cout << "xrviz: wrote " << written << " scene snapshot(s) to "
              << std::filesystem::absolute(folder).lexically_normal().string() << "\n";
    return stack.validation_exit_code();
}

}  // namespace xrviz::app
