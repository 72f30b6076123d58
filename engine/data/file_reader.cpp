#include "engine/data/file_reader.h"

#include <cstdio>
#include <memory>

#include "engine/data/text.h"

namespace xrviz::data {

std::string_view TextFile::text() const { return strip_bom(bytes); }

std::optional<TextFile> read_text_file(const std::filesystem::path& path, const std::string& name,
                                       std::size_t max_bytes, DiagnosticSink& sink) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::is_regular_file(status)) {
        sink.error({name, 1, 1, "cannot open the file (expected a readable file of that name "
                                "in the dataset folder)"});
        return std::nullopt;
    }
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec || size > max_bytes) {
        sink.error({name, 1, 1, "the file is " + std::to_string(size) +
                                    " bytes, over the size cap (expected at most " +
                                    std::to_string(max_bytes) +
                                    " bytes; raise LoadLimits::max_file_bytes)"});
        return std::nullopt;
    }
    // stdio rather than iostreams: one read straight into the string, no locale work.
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                         &std::fclose);
    if (!file) {
        sink.error({name, 1, 1, "cannot open the file (expected a readable file of that name "
                                "in the dataset folder)"});
        return std::nullopt;
    }
    TextFile result;
    result.bytes.resize(static_cast<std::size_t>(size));
    if (std::fread(result.bytes.data(), 1, result.bytes.size(), file.get()) != result.bytes.size()) {
        sink.error({name, 1, 1, "could not read the whole file (expected " +
                                    std::to_string(size) + " bytes)"});
        return std::nullopt;
    }
    const std::string_view text = result.text();
    if (const auto bad = find_invalid_utf8(text)) {
        const TextPosition at = position_at(text, *bad);
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*bad]));
        sink.error({name, at.line, at.column, std::string("invalid UTF-8 byte ") + byte +
                                                  " (expected UTF-8 text)"});
        return std::nullopt;
    }
    return result;
}

}  // namespace xrviz::data
