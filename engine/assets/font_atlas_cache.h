#pragma once
// Generating a signed-distance atlas takes a third of a second on a CPU; a copy on disk
// makes every later start take milliseconds. The cache is a convenience: a missing,
// stale or damaged file means "generate again", never an error.
#include <filesystem>
#include <optional>

#include "engine/assets/font_atlas.h"

namespace xrviz::assets {

// $XDG_CACHE_HOME/xrviz/font-<key>.atlas (or ~/.cache/...), where the key covers the font
// file (path, size, modification time), the options and the charset. Empty when there
// is no cache folder or XRVIZ_NO_CACHE=1.
std::filesystem::path atlas_cache_path(const std::filesystem::path& ttf,
                                       const FontAtlasOptions& options);

std::optional<FontAtlasData> read_cached_atlas(const std::filesystem::path& file);
// Writes atomically (a temporary file, then rename); failures are logged and ignored.
void write_cached_atlas(const std::filesystem::path& file, const FontAtlasData& data);

}  // namespace xrviz::assets
