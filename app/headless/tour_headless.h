#pragma once
// --tour offscreen: the tour on a virtual clock (frame N always shows the same picture),
// and --tour --gallery: one picture per stop for the docs.
#include <filesystem>
#include <memory>

#include "app/cli/options.h"
#include "engine/data/dataset.h"
#include "scenes/tour/tour.h"

namespace xrviz::app {

// Plays `tour` for --frames frames (default: once through) at 60 frames a virtual second.
// Logs resident memory every kTourRssFrames frames, so a day-long run shows any growth.
// Returns the exit code.
int run_tour_headless(const Options& options, std::shared_ptr<const data::Dataset> dataset,
                      scenes::tour::Tour tour);

// Writes tour_01_<scene>.png ... into `folder`, each stop after the camera arrived.
int render_tour_gallery(const Options& options, std::shared_ptr<const data::Dataset> dataset,
                        scenes::tour::Tour tour, const std::filesystem::path& folder);

inline constexpr int kTourRssFrames = 10'000;

}  // namespace xrviz::app
