#pragma once
// Reads one dataset file under the size cap and checks its encoding: the byte order mark is
// dropped and anything that is not UTF-8 is an error at the offending byte.
//
// The file is memory-mapped, not copied: a reader that is done with the start of a big
// table releases those pages (release_before), so a load's peak memory is the dataset it
// builds plus a window of the file, not the whole file on top.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "engine/data/diagnostic.h"

namespace xrviz::data {

class TextFile {
public:
    TextFile() = default;
    TextFile(TextFile&& other) noexcept;
    TextFile& operator=(TextFile&& other) noexcept;
    TextFile(const TextFile&) = delete;
    TextFile& operator=(const TextFile&) = delete;
    ~TextFile();

    // `name` is how diagnostics call the file (relative to the dataset folder).
    static std::optional<TextFile> read(const std::filesystem::path& path,
                                        const std::string& name, std::size_t max_bytes,
                                        DiagnosticSink& sink);

    // The contents without the byte order mark.
    std::string_view text() const;
    // Drops the resident pages wholly before `offset` (into text()); they are read back
    // from the page cache if touched again, so views stay valid.
    void release_before(std::size_t offset) const;

private:
    void unmap();

    void* map_ = nullptr;  // the mapping, when the file was mapped
    std::size_t map_size_ = 0;
    std::string copy_;     // the contents when mapping was not possible
    std::size_t bom_ = 0;  // bytes of byte order mark skipped at the start
};

}  // namespace xrviz::data
