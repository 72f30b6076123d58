#include "app/tour_start.h"

#include "engine/core/paths.h"
#include "scenes/tour/tour_file.h"

namespace xrviz::app {

bool tour_requested(const Options& options) {
    return options.tour || options.tour_default;
}

std::optional<scenes::tour::Tour> tour_from_options(const Options& options,
                                                    const data::Dataset& dataset) {
    if (!tour_requested(options))
        return std::nullopt;
    scenes::tour::Tour tour =
        scenes::tour::load_tour(options.tour.value_or(scenes::tour::default_tour_path()));
    scenes::tour::check_tour(tour, dataset);
    return tour;
}

scenes::tour::DirectorOptions director_options(const Options& options, bool fly_camera,
                                               std::string attract_prompt) {
    return scenes::tour::DirectorOptions{
        .fly_camera = fly_camera,
        // The data on show may be edited during an event; each loop reads it again.
        .reload_folder = options.data.value_or(paths::bundled_dataset_dir()),
        .attract_prompt = std::move(attract_prompt),
        .caption_distance = fly_camera ? 0.4f : 1.2f,  // no camera flights: a headset
    };
}

TourStateReport tour_state_report(const scenes::tour::TourState& state) {
    return TourStateReport{
        .phase = scenes::tour::to_string(state.phase),
        .stop = static_cast<int>(state.stop) + 1,
        .stop_count = static_cast<int>(state.stop_count),
        .scene = state.scene,
        .loops = state.loops,
        .reloads = state.reloads,
        .failed_reloads = state.failed_reloads,
        .notice = state.notice,
    };
}

}  // namespace xrviz::app
