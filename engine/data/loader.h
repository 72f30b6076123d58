#pragma once
// Loads a dataset folder (dataset.json + CSV tables) strictly: every error in every file is
// reported with file:line:column up to a cap, and either the whole dataset is returned or
// nothing is. See docs/dataset-format.md for the format and the full list of checks.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <vector>

#include "engine/data/dataset.h"
#include "engine/data/diagnostic.h"

namespace xrviz::data {

struct LoadLimits {
    std::size_t max_file_bytes = std::size_t{256} << 20;  // per file
    std::size_t max_rows = 5'000'000;                      // per table
    std::size_t max_errors = 50;                           // errors kept (the rest counted)
};

struct LoadResult {
    std::optional<Dataset> dataset;  // set only when errors is empty
    std::vector<Diagnostic> errors;
    std::vector<Diagnostic> warnings;

    bool ok() const { return dataset.has_value(); }
};

LoadResult load_dataset(const std::filesystem::path& folder, const LoadLimits& limits = {});

}  // namespace xrviz::data
