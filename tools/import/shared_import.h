#pragma once
// Converts ../shared/data (meta_figures.csv, datacenters.csv, events.csv) into the bundled
// dataset format (dataset.json, figures.csv, guidance.csv, sites.csv, events.csv):
//   - periods normalised (2024Q3 -> 2024-Q3, "2024 (stated D)" -> "2024 (issued D)");
//     the few periods that are not periods (a model name, a span) become a series of
//     their own or a period plus a note prefix, so no original text is lost;
//   - _low/_high guidance pairs become one range row;
//   - notes beginning with DERIVED mark the value derived, estimates estimate;
//   - every distinct (title, url) becomes a source with a stable id from its host.
// Deterministic: the same input always gives byte-identical output.
#include <filesystem>
#include <string>
#include <vector>

namespace xrviz::tools {

struct ImportResult {
    std::vector<std::string> errors;  // empty on success
    std::vector<std::filesystem::path> written;
};

ImportResult import_shared_data(const std::filesystem::path& shared_data_dir,
                                const std::filesystem::path& out_dir);

}  // namespace xrviz::tools
