#include "app/headless/tour_headless.h"

#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/headless/offscreen_stack.h"
#include "app/tour_start.h"
#include "app/viewer_state.h"
#include "engine/core/log.h"
#include "engine/core/process_stats.h"
#include "scenes/tour/tour_director.h"

namespace xrviz::app {
namespace {

constexpr double kFrameSeconds = 1.0 / 60.0;
constexpr const char* kTag = "tour";

// Describes the viewer's frame with the tour's caption in front of the camera.
void tour_frame(OffscreenStack& stack, const scenes::Viewer& viewer,
                const scenes::tour::TourDirector& director, double now,
                render::FrameDescription& frame) {
    stack.describe(viewer, frame);
    director.describe(now, viewer.camera(), frame);
    stack.record(frame);
    stack.submit();
}

}  // namespace

int run_tour_headless(const Options& options, std::shared_ptr<const data::Dataset> dataset,
                      scenes::tour::Tour tour) {
    double tour_seconds = 0.0;
    for (const auto& stop : tour.stops)
        tour_seconds += stop.seconds;
    const long long frames = options.frames > 0
                                 ? options.frames
                                 : static_cast<long long>(std::ceil(tour_seconds / kFrameSeconds));
    scenes::Viewer viewer(std::move(dataset), tour.stops.front().scene);
    scenes::tour::TourDirector director(
        std::move(tour), viewer, director_options(options, true, "Press N to start the tour"), 0.0);
    OffscreenStack stack(options);
    render::FrameDescription frame;
    for (long long i = 0; i < frames; ++i) {
        const double now = static_cast<double>(i) * kFrameSeconds;
        director.update(now);
        tour_frame(stack, viewer, director, now, frame);
        if ((i + 1) % kTourRssFrames == 0) {
            // One line a sample: the soak test and the day-long run read these.
            std::printf("xrviz: tour frame %lld: %.1f MiB resident\n", i + 1, current_rss_mb());
            std::fflush(stdout);
        }
    }
    stack.gpu.frames.wait_all();
    if (options.screenshot) {
        stack.write_screenshot(*options.screenshot);
        log::info(kTag, "wrote " + options.screenshot->string());
    }
    if (options.state_out)
        write_viewer_state(*options.state_out, viewer, std::nullopt,
                           tour_state_report(director.state()));
    return stack.validation_exit_code();
}

int render_tour_gallery(const Options& options, std::shared_ptr<const data::Dataset> dataset,
                        scenes::tour::Tour tour, const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder);
    const std::size_t count = tour.stops.size();
    scenes::Viewer viewer(std::move(dataset), tour.stops.front().scene);
    scenes::tour::TourDirector director(
        std::move(tour), viewer, director_options(options, true, "Press N to start the tour"), 0.0);
    director.restart(0.0);  // the gallery shows a person's tour: "1 / N" on each panel
    OffscreenStack stack(options);
    render::FrameDescription frame;
    double start = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        const auto& stop = director.tour().stops[i];
        // Halfway between the camera's arrival and the end: no move, no fade.
        const double now = start + (stop.seconds + director.tour().transition_seconds) * 0.5;
        director.update(now);
        tour_frame(stack, viewer, director, now, frame);
        char name[64];
        std::snprintf(name, sizeof name, "tour_%02zu_%s.png", i + 1, stop.scene.c_str());
        stack.write_screenshot(folder / name);
        start += stop.seconds;
    }
    std::cout << "xrviz: wrote " << count << " tour stop picture(s) to "
              << std::filesystem::absolute(folder).lexically_normal().string() << "\n";
    return stack.validation_exit_code();
}

}  // namespace xrviz::app
