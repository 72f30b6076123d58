#pragma once
// Reads one dataset file whole, under the size cap, and checks its encoding: the byte order
// mark is dropped and anything that is not UTF-8 is an error at the offending byte.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "engine/data/diagnostic.h"

namespace xrviz::data {

struct TextFile {
    std::string bytes;  // the whole file
    std::string_view text() const;  // without the byte order mark
};

// `name` is how diagnostics call the file (relative to the dataset folder).
std::optional<TextFile> read_text_file(const std::filesystem::path& path, const std::string& name,
                                       std::size_t max_bytes, DiagnosticSink& sink);

}  // namespace xrviz::data
