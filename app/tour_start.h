#pragma once
// --tour for every front-end: the tour file (or the bundled one), checked against the
// dataset, and the tour's state for --state-out.
#include <optional>

#include "app/cli/options.h"
#include "app/cli/state_report.h"
#include "engine/data/dataset.h"
#include "scenes/tour/tour.h"
#include "scenes/tour/tour_director.h"

namespace xrviz::app {

// --tour, or --kiosk (which plays the bundled tour when no --tour names one).
bool tour_requested(const Options& options);
// The tour --tour names, checked against `dataset`; nothing without --tour. Throws Error
// with file:line:column for a bad file or a stop the dataset or the scenes cannot show.
std::optional<scenes::tour::Tour> tour_from_options(const Options& options,
                                                    const data::Dataset& dataset);
// The director's settings for a front-end: reload the dataset folder at each loop.
scenes::tour::DirectorOptions director_options(const Options& options, bool fly_camera,
                                               std::string attract_prompt);
TourStateReport tour_state_report(const scenes::tour::TourState& state);

}  // namespace xrviz::app
