#include "engine/data/file_reader.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <utility>

#include "engine/data/text.h"

namespace xrviz::data {
namespace {

constexpr std::size_t kValidateChunk = std::size_t{8} << 20;

std::size_t page_size() {
    static const auto size = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    return size;
}

// A closing file descriptor.
struct Fd {
    int fd;
    ~Fd() {
        if (fd >= 0) close(fd);
    }
};

}  // namespace

TextFile::TextFile(TextFile&& other) noexcept { *this = std::move(other); }

TextFile& TextFile::operator=(TextFile&& other) noexcept {
    if (this == &other) return *this;
    unmap();
    map_ = std::exchange(other.map_, nullptr);
    map_size_ = std::exchange(other.map_size_, 0);
    copy_ = std::move(other.copy_);
    bom_ = std::exchange(other.bom_, 0);
    return *this;
}

std::string_view TextFile::text() const {
    const std::string_view all =
        map_ ? std::string_view(static_cast<const char*>(map_), map_size_) : std::string_view(copy_);
    return all.substr(bom_);
}

TextFile::~TextFile() { unmap(); }

void TextFile::unmap() {
    if (map_) munmap(map_, map_size_);
    map_ = nullptr;
    map_size_ = 0;
}

void TextFile::release_before(std::size_t offset) const {
    if (!map_) return;
    const std::size_t absolute = bom_ + offset;
    const std::size_t length = absolute / page_size() * page_size();
    if (length > 0) madvise(map_, length, MADV_DONTNEED);
}

std::optional<TextFile> TextFile::read(const std::filesystem::path& path, const std::string& name,
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
    const Fd fd{open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (fd.fd < 0) {
        sink.error({name, 1, 1, "cannot open the file (expected a readable file of that name "
                                "in the dataset folder)"});
        return std::nullopt;
    }
    TextFile file;
    if (size > 0) {
        void* map = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd.fd, 0);
        if (map != MAP_FAILED) {
            file.map_ = map;
            file.map_size_ = size;
            madvise(map, size, MADV_SEQUENTIAL);
        } else {
            file.copy_.resize(size);
            if (pread(fd.fd, file.copy_.data(), size, 0) != static_cast<ssize_t>(size)) {
                sink.error({name, 1, 1, "could not read the whole file (expected " +
                                            std::to_string(size) + " bytes)"});
                return std::nullopt;
            }
        }
    }
    file.bom_ = file.text().size() - strip_bom(file.text()).size();

    // Validate in chunks that end on a character boundary, releasing each behind us.
    const std::string_view text = file.text();
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.size(), start + kValidateChunk);
        for (int back = 0; back < 3 && end < text.size() && end > start &&
                           (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80;
             ++back)
            --end;
        if (const auto bad = find_invalid_utf8(text.substr(start, end - start))) {
            const TextPosition at = position_at(text, start + *bad);
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[start + *bad]));
            sink.error({name, at.line, at.column,
                        std::string("invalid UTF-8 byte ") + byte + " (expected UTF-8 text)"});
            return std::nullopt;
        }
        file.release_before(end);
        start = end;
    }
    return file;
}

}  // namespace xrviz::data
