#pragma once
// dataset.json: what a dataset is called, which series and sources it declares and which
// tables hold its figures. Parsed with nlohmann::json, checked field by field; every
// problem is reported with the line and column of the offending value.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/data/dataset.h"
#include "engine/data/diagnostic.h"

namespace xrviz::data {

struct Manifest {
    std::string title;
    std::string description;
    std::string notes;
    std::vector<Series> series;
    std::vector<Source> sources;
    std::vector<std::string> tables;   // figure tables, relative to the dataset folder
    std::optional<std::string> sites;  // sites.csv, when the dataset has one
    std::optional<std::string> events;
};

// Parses and checks `text` (the contents of `file`, UTF-8 already validated). Errors and
// warnings go to `sink`; nothing is returned when there was any error.
std::optional<Manifest> parse_manifest(std::string_view text, const std::string& file,
                                       DiagnosticSink& sink);

// True when `path` is a plain relative path that stays inside the dataset folder
// (no absolute path, no "..", no backslash, no empty part). The loader checks symlinks too.
bool is_safe_relative_path(std::string_view path);

// Series and source ids: 1-64 of [a-z0-9_.-], starting with a letter or digit.
bool is_valid_id(std::string_view id);

}  // namespace xrviz::data
