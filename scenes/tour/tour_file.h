#pragma once
// Reads a tour file strictly (docs/tour-format.md): every mistake is reported as
// "file:line:column: what (what was expected)", as dataset errors are, and nothing
// half-read is returned. check_tour() then holds the tour against the scenes and the
// dataset: the scenes exist, the views, parameters and key figures too.
#include <filesystem>
#include <string>
#include <string_view>

#include "engine/data/dataset.h"
#include "scenes/tour/tour.h"

namespace xrviz::scenes::tour {

// The bundled tour of the bundled dataset: assets/tours/default.json.
std::filesystem::path default_tour_path();

// Throws Error with one line per mistake. `file` names the text in the messages.
Tour parse_tour(std::string_view text, const std::string& file);
// Throws Error naming the path when it cannot be read, else as parse_tour.
Tour load_tour(const std::filesystem::path& path);
// Throws Error with one line per stop that names an unknown scene, view or parameter, a
// parameter value out of range, or a key figure the dataset lacks.
void check_tour(const Tour& tour, const data::Dataset& dataset);

}  // namespace xrviz::scenes::tour
