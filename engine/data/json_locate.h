#pragma once
// Finds where a value sits in JSON text, so that a manifest error can name its line and
// column: nlohmann::json keeps no positions, and a message without one is unkind.
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace xrviz::data {

// One step of a path into a document: an object key or an array index.
using JsonStep = std::variant<std::string, std::size_t>;
using JsonPath = std::vector<JsonStep>;

// Byte offset of the value at `path` in `text` (which must be valid JSON). When a step is
// missing, the offset of the deepest value that exists (the object lacking the key).
std::size_t locate_json(std::string_view text, const JsonPath& path);

}  // namespace xrviz::data
