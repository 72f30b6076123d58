#include "app/headless/headless_app.h"

#include "app/headless/offscreen_stack.h"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "app/cli/bench_report.h"
#include "app/input/interaction.h"
#include "app/input/recording.h"
#include "app/process_clock.h"
#include "app/viewer_start.h"
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

}  // namespace

int run_headless(const Options& options, std::shared_ptr<const data::Dataset> dataset) {
    scenes::Viewer viewer(std::move(dataset), options.scene.empty() ? "skyline" : options.scene,
                          {.model = options.model});
    apply_start_options(options, viewer);
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
