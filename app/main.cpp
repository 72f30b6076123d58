// xrviz: the AI infrastructure race in 3D. main reads like the lifecycle: parse the
// command line, load the dataset, pick a front-end, run it; errors are caught once here.
#include <cstdio>
#include <iostream>
#include <memory>

#include "app/cli/options.h"
#include "app/desktop/desktop_app.h"
#include "app/headless/headless_app.h"
#include "app/headless/tour_headless.h"
#include "app/mode_select.h"
#include "app/process_clock.h"
#include "app/tour_start.h"
#include "app/xr/xr_app.h"
#include "engine/core/error.h"
#include "engine/core/log.h"
#include "engine/core/paths.h"
#include "engine/data/check.h"
#include "engine/data/loader.h"
#include "scenes/registry.h"

namespace {

using xrviz::app::Mode;
using xrviz::app::Options;

constexpr int kExitUsage = 2;
constexpr int kExitModeUnavailable = 4;
constexpr const char* kSnapshotFolder = "snapshots";

std::shared_ptr<const xrviz::data::Dataset> load_or_report(const std::filesystem::path& folder) {
    xrviz::data::LoadResult result = xrviz::data::load_dataset(folder);
    for (const auto& warning : result.warnings) {
        xrviz::log::warn("data", warning.to_string());
    }
    if (!result.ok()) {
        std::fprintf(stderr, "xrviz: dataset %s is invalid:\n", folder.string().c_str());
        for (const auto& error : result.errors) {
            std::fprintf(stderr, "  %s\n", error.to_string().c_str());
        }
        return nullptr;
    }
    return std::make_shared<const xrviz::data::Dataset>(std::move(*result.dataset));
}

void list_scenes() {
    for (const auto& info : xrviz::scenes::scene_catalogue()) {
        std::printf("%-10s %.*s\n", std::string(info.name).c_str(),
                    static_cast<int>(info.description.size()), info.description.data());
    }
}

int run(const Options& options) {
    if (options.help) {
        std::cout << xrviz::app::usage_text();
        return 0;
    }
    if (options.version) {
        std::cout << "xrviz " XRVIZ_VERSION "\n";
        return 0;
    }
    if (options.list_scenes) {
        list_scenes();
        return 0;
    }
    if (options.check_data) return xrviz::data::check_dataset(*options.check_data, std::cout);

    const auto choice = xrviz::app::choose_mode(options, xrviz::app::read_environment());
    if (const std::string why = xrviz::app::unavailable_reason(choice.mode); !why.empty()) {
        std::fprintf(stderr, "xrviz: %s\n", why.c_str());
        return kExitModeUnavailable;
    }
    if (!options.scene.empty()) xrviz::scenes::find_scene(options.scene);  // fail early

    const auto dataset = load_or_report(options.data.value_or(xrviz::paths::bundled_dataset_dir()));
    if (!dataset) return kExitUsage;

    const bool no_work_named = !xrviz::app::tour_requested(options) && options.scene.empty() &&
                               !options.screenshot && !options.bench && !options.state_out &&
                               options.frames == 0;
    // A bad tour is found before any window or headset opens.
    auto tour = xrviz::app::tour_from_options(options, *dataset);
    if (tour && options.gallery)
        return xrviz::app::render_tour_gallery(options, dataset, std::move(*tour),
                                               *options.gallery);
    if (options.gallery) return xrviz::app::render_gallery(options, dataset, *options.gallery);
    // Benchmarks are defined offscreen; an automatic choice of the window leaves them there.
    const bool bench_offscreen = options.mode == Mode::automatic && options.bench;
    // A headset takes screenshots only of its --mirror window; an automatic choice leaves
    // any other screenshot to the window or headless.
    const bool screenshot_elsewhere =
        options.mode == Mode::automatic && options.screenshot && !options.mirror;
    if (choice.mode == Mode::xr && !bench_offscreen && !screenshot_elsewhere) {
        xrviz::log::info("app", "headset: " + choice.reason);
        return xrviz::app::run_xr(options, dataset);
    }
    if (choice.mode == Mode::desktop && !bench_offscreen) {
        xrviz::log::info("app", "desktop window: " + choice.reason);
        return xrviz::app::run_desktop(options, dataset);
    }
    if (options.mode == Mode::automatic && no_work_named) {
        xrviz::log::info("app", "headless snapshots: " + choice.reason);
        return xrviz::app::render_gallery(options, dataset, kSnapshotFolder);
    }
    if (options.mode == Mode::automatic) xrviz::log::info("app", "headless: " + choice.reason);
    if (tour)
        return xrviz::app::run_tour_headless(options, dataset, std::move(*tour));
    return xrviz::app::run_headless(options, dataset);
}

}  // namespace

int main(int argc, char** argv) {
    xrviz::app::process_start();
    const auto parsed = xrviz::app::parse_command_line(argc, argv);
    if (!parsed.options) {
        std::fprintf(stderr, "xrviz: %s\n", parsed.error.c_str());
        return kExitUsage;
    }
    try {
        return run(*parsed.options);
    } catch (const xrviz::UsageError& error) {
        std::fprintf(stderr, "xrviz: %s\n", error.what());
        return kExitUsage;
    } catch (const xrviz::Error& error) {
        std::fprintf(stderr, "xrviz: error: %s\n", error.what());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "xrviz: unexpected error: %s\n", error.what());
    }
    return 1;
}
