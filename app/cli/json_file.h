#pragma once
// Writes a JSON document to a file, indented, ending in a newline. Throws Error naming
// the path when the file cannot be opened or written (a missing folder, a full disk).
// ordered_json keeps keys in the order they were set, so reports read in a fixed order.
#include <filesystem>

#include <nlohmann/json.hpp>

namespace xrviz::app {

void write_json_file(const std::filesystem::path& path, const nlohmann::ordered_json& document);

}  // namespace xrviz::app
