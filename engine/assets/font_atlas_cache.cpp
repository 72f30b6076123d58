#include "engine/assets/font_atlas_cache.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "engine/core/log.h"

namespace xrviz::assets {
namespace {

constexpr char kMagic[8] = {'X', 'R', 'V', 'Z', 'F', 'N', 'T', '1'};
// Raise when FontAtlasData or the SDF generator changes what it produces.
constexpr std::uint32_t kFormatVersion = 1;
constexpr std::uint32_t kMaxSide = 8192;

class Writer {
public:
    template <typename T>
    void put(const T& value) {
        const auto* bytes = reinterpret_cast<const char*>(&value);
        buffer_.insert(buffer_.end(), bytes, bytes + sizeof(T));
    }
    void put_bytes(const void* data, std::size_t size) {
        const auto* bytes = static_cast<const char*>(data);
        buffer_.insert(buffer_.end(), bytes, bytes + size);
    }
    const std::vector<char>& buffer() const { return buffer_; }

private:
    std::vector<char> buffer_;
};

class Reader {
public:
    explicit Reader(std::vector<char> bytes) : bytes_(std::move(bytes)) {}
    template <typename T>
    bool get(T& value) {
        return get_bytes(&value, sizeof(T));
    }
    bool get_bytes(void* out, std::size_t size) {
        if (size > bytes_.size() - offset_) return false;
        std::memcpy(out, bytes_.data() + offset_, size);
        offset_ += size;
        return true;
    }
    bool at_end() const { return offset_ == bytes_.size(); }

private:
    std::vector<char> bytes_;
    std::size_t offset_ = 0;
};

std::filesystem::path cache_folder() {
    if (const char* off = std::getenv("XRVIZ_NO_CACHE"); off && std::string(off) == "1") return {};
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
        return std::filesystem::path(xdg) / "xrviz";
    }
    if (const char* home = std::getenv("HOME"); home && *home) {
        return std::filesystem::path(home) / ".cache/xrviz";
    }
    return {};
}

}  // namespace

std::filesystem::path atlas_cache_path(const std::filesystem::path& ttf,
                                       const FontAtlasOptions& options) {
    const auto folder = cache_folder();
    std::error_code ec;
    const auto size = std::filesystem::file_size(ttf, ec);
    if (folder.empty() || ec) return {};
    const auto modified = std::filesystem::last_write_time(ttf, ec);
    if (ec) return {};
    std::ostringstream key;
    key << kFormatVersion << '|' << std::filesystem::absolute(ttf).string() << '|' << size << '|'
        << modified.time_since_epoch().count() << '|' << options.pixel_height << '|'
        << options.sdf_padding << '|' << options.max_atlas_size << '|';
    for (char32_t c : default_charset()) key << static_cast<std::uint32_t>(c) << ',';
    char name[40];
    std::snprintf(name, sizeof(name), "font-%016zx.atlas", std::hash<std::string>{}(key.str()));
    return folder / name;
}

void write_cached_atlas(const std::filesystem::path& file, const FontAtlasData& data) {
    if (file.empty()) return;
    Writer w;
    w.put_bytes(kMagic, sizeof(kMagic));
    w.put(kFormatVersion);
    w.put(static_cast<std::uint32_t>(data.width));
    w.put(static_cast<std::uint32_t>(data.height));
    w.put(static_cast<std::uint8_t>(data.sdf));
    for (float f : {data.sdf_edge, data.sdf_spread_em, data.ascent, data.descent, data.line_height}) {
        w.put(f);
    }
    w.put(static_cast<std::uint32_t>(data.fallback));
    w.put(static_cast<std::uint32_t>(data.glyphs.size()));
    for (const Glyph& g : data.glyphs) {
        w.put(static_cast<std::uint32_t>(g.codepoint));
        for (float f : {g.advance, g.quad_min.x, g.quad_min.y, g.quad_max.x, g.quad_max.y,
                        g.uv_min.x, g.uv_min.y, g.uv_max.x, g.uv_max.y}) {
            w.put(f);
        }
    }
    w.put(static_cast<std::uint32_t>(data.kerning.size()));
    for (const auto& [pair, amount] : data.kerning) {
        w.put(pair);
        w.put(amount);
    }
    w.put_bytes(data.pixels.data(), data.pixels.size());

    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    const auto temporary = file.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(w.buffer().data(), static_cast<std::streamsize>(w.buffer().size()));
        if (!out) {
            log::warn("font", "cannot write the font atlas cache " + temporary);
            return;
        }
    }
    std::filesystem::rename(temporary, file, ec);
    if (ec) log::warn("font", "cannot write the font atlas cache " + file.string());
}

std::optional<FontAtlasData> read_cached_atlas(const std::filesystem::path& file) {
    if (file.empty()) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    Reader r(std::vector<char>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));

    char magic[sizeof(kMagic)];
    std::uint32_t version = 0, width = 0, height = 0, fallback = 0, glyph_count = 0, kern_count = 0;
    std::uint8_t sdf = 0;
    FontAtlasData data;
    if (!r.get_bytes(magic, sizeof(magic)) || std::memcmp(magic, kMagic, sizeof(kMagic)) != 0 ||
        !r.get(version) || version != kFormatVersion || !r.get(width) || !r.get(height) ||
        width == 0 || height == 0 || width > kMaxSide || height > kMaxSide || !r.get(sdf)) {
        return std::nullopt;
    }
    data.width = static_cast<int>(width);
    data.height = static_cast<int>(height);
    data.sdf = sdf != 0;
    for (float* f : {&data.sdf_edge, &data.sdf_spread_em, &data.ascent, &data.descent,
                     &data.line_height}) {
        if (!r.get(*f)) return std::nullopt;
    }
    if (!r.get(fallback) || !r.get(glyph_count) || glyph_count > 65536) return std::nullopt;
    data.fallback = static_cast<char32_t>(fallback);
    data.glyphs.resize(glyph_count);
    for (Glyph& g : data.glyphs) {
        std::uint32_t codepoint = 0;
        if (!r.get(codepoint)) return std::nullopt;
        g.codepoint = static_cast<char32_t>(codepoint);
        for (float* f : {&g.advance, &g.quad_min.x, &g.quad_min.y, &g.quad_max.x, &g.quad_max.y,
                         &g.uv_min.x, &g.uv_min.y, &g.uv_max.x, &g.uv_max.y}) {
            if (!r.get(*f)) return std::nullopt;
        }
    }
    if (!r.get(kern_count) || kern_count > (1u << 22)) return std::nullopt;
    for (std::uint32_t i = 0; i < kern_count; ++i) {
        std::uint64_t pair = 0;
        float amount = 0.0f;
        if (!r.get(pair) || !r.get(amount)) return std::nullopt;
        data.kerning.emplace(pair, amount);
    }
    data.pixels.resize(std::size_t{width} * height);
    if (!r.get_bytes(data.pixels.data(), data.pixels.size()) || !r.at_end()) return std::nullopt;
    return data;
}

}  // namespace xrviz::assets
