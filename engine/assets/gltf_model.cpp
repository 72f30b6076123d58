#include "engine/assets/gltf_model.h"

#include <array>
#include <cstring>
#include <fstream>
#include <sstream>

#include <stb_image.h>

#include "engine/assets/gltf_accessor.h"
#include "engine/assets/gltf_convert.h"
#include "engine/core/error.h"
#include "engine/core/log.h"

namespace xrviz::assets {
namespace {

// Bigger images are refused before decoding: a few bytes of PNG header can claim
// gigabytes of pixels.
constexpr int kMaxImageSide = 8192;
// tinygltf takes lengths as unsigned int.
constexpr std::size_t kMaxFileBytes = std::size_t{1} << 31;

struct LoadContext {
    const tinygltf::Model* model = nullptr;  // being filled by tinygltf; buffers come first
    std::filesystem::path base_dir;          // empty: no external files
};

bool has_prefix(const unsigned char* bytes, int size, std::initializer_list<unsigned char> magic) {
    return size >= static_cast<int>(magic.size()) &&
           std::memcmp(bytes, std::data(magic), magic.size()) == 0;
}

// tinygltf's image callback. PNG and JPEG are decoded to RGBA8; any other format is left
// empty (noted as unsupported later), while a PNG or JPEG that does not decode is an error.
bool decode_image(tinygltf::Image* image, const int index, std::string* err, std::string*, int,
                  int, const unsigned char* bytes, int size, void* user) {
    const auto& context = *static_cast<const LoadContext*>(user);
    const std::string owner = "image " + std::to_string(index);
    if (image->bufferView >= 0) {
        // tinygltf hands over bufferView bytes without checking that they lie inside
        // the buffer; check before reading any.
        const auto& view = context.model->bufferViews[static_cast<std::size_t>(image->bufferView)];
        const auto& data = context.model->buffers[static_cast<std::size_t>(view.buffer)].data;
        if (view.byteOffset > data.size() || view.byteLength > data.size() - view.byteOffset) {
            *err += owner + ": bufferView " + std::to_string(image->bufferView) +
                    " lies outside its buffer";
            return false;
        }
    }
    const bool png = has_prefix(bytes, size, {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    const bool jpeg = has_prefix(bytes, size, {0xff, 0xd8, 0xff});
    if (!png && !jpeg) return true;
    int width = 0, height = 0, channels = 0;
    const std::string format = png ? "PNG" : "JPEG";
    if (stbi_info_from_memory(bytes, size, &width, &height, &channels) == 0) {
        *err += owner + ": not a readable " + format + " (" + stbi_failure_reason() + ")";
        return false;
    }
    if (width > kMaxImageSide || height > kMaxImageSide) {
        *err += owner + ": " + std::to_string(width) + "x" + std::to_string(height) +
                " pixels, more than " + std::to_string(kMaxImageSide) + " on a side";
        return false;
    }
    stbi_uc* pixels = stbi_load_from_memory(bytes, size, &width, &height, &channels, 4);
    if (pixels == nullptr) {
        *err += owner + ": not a readable " + format + " (" + stbi_failure_reason() + ")";
        return false;
    }
    image->width = width;
    image->height = height;
    image->component = 4;
    image->bits = 8;
    image->pixel_type = TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE;
    image->image.assign(pixels, pixels + static_cast<std::size_t>(width) * height * 4);
    stbi_image_free(pixels);
    return true;
}

// External buffers and images are read only next to the file being loaded.
bool file_exists(const std::string& path, void* user) {
    const auto& context = *static_cast<const LoadContext*>(user);
    std::error_code ec;
    return !context.base_dir.empty() && std::filesystem::is_regular_file(path, ec);
}

std::string expand_path(const std::string& path, void*) { return path; }

bool read_whole_file(std::vector<unsigned char>* out, std::string* err, const std::string& path,
                     void* user) {
    if (!file_exists(path, user)) {
        *err += "cannot read " + path;
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

bool write_whole_file(std::string* err, const std::string&, const std::vector<unsigned char>&,
                      void*) {
    *err += "the glTF loader writes no files";
    return false;
}

// tinygltf's messages end in newlines and may hold several lines: one line, "; "-joined.
std::string one_line(const std::string& text) {
    std::istringstream lines(text);
    std::string line, out;
    while (std::getline(lines, line)) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        if (line.empty()) continue;
        out += (out.empty() ? "" : "; ") + line;
    }
    return out;
}

tinygltf::Model parse(std::span<const std::uint8_t> bytes, const std::string& name,
                      const std::filesystem::path& base_dir) {
    if (bytes.size() >= kMaxFileBytes)
        throw Error(name + ": " + std::to_string(bytes.size()) + " bytes, too large for glTF");
    tinygltf::Model model;
    LoadContext context{.model = &model, .base_dir = base_dir};
    tinygltf::TinyGLTF loader;
    loader.SetImageLoader(decode_image, &context);
    loader.SetFsCallbacks({.FileExists = file_exists,
                           .ExpandFilePath = expand_path,
                           .ReadWholeFile = read_whole_file,
                           .WriteWholeFile = write_whole_file,
                           .user_data = &context});
    std::string err, warn;
    const bool binary = bytes.size() >= 4 && std::memcmp(bytes.data(), "glTF", 4) == 0;
    const auto size = static_cast<unsigned int>(bytes.size());
    bool ok = false;
    try {
        ok = binary ? loader.LoadBinaryFromMemory(&model, &err, &warn, bytes.data(), size,
                                                  base_dir.string())
                    : loader.LoadASCIIFromString(&model, &err, &warn,
                                                 reinterpret_cast<const char*>(bytes.data()),
                                                 size, base_dir.string());
    } catch (const std::exception& e) {
        // tinygltf's JSON parser may throw on some inputs rather than report.
        err += e.what();
        ok = false;
    }
    if (!ok) throw Error(name + ": " + (err.empty() ? "not a glTF file" : one_line(err)));
    if (!warn.empty()) log::warn("gltf", name + ": " + one_line(warn));
    return model;
}

}  // namespace

std::size_t GltfModel::triangle_count() const {
    std::size_t triangles = 0;
    for (const GltfDrawItem& item : draw_items) triangles += geometries[item.geometry].indices.size() / 3;
    return triangles;
}

GltfModel load_gltf_from_memory(std::span<const std::uint8_t> bytes, const std::string& name,
                                const std::filesystem::path& base_dir) {
    const tinygltf::Model parsed = parse(bytes, name, base_dir);
    gltf::Unsupported unsupported;
    GltfModel model;
    try {
        model = gltf::convert(parsed, unsupported);
    } catch (const gltf::FileFault& fault) {
        throw Error(name + ": " + fault.what());
    }
    model.source = name;
    model.unsupported = unsupported.take();
    for (const std::string& feature : model.unsupported)
        log::warn("gltf", name + ": not supported, ignored: " + feature);
    return model;
}

GltfModel load_gltf(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path.string() + ": cannot open the file");
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in),
                                          std::istreambuf_iterator<char>()};
    if (in.bad()) throw Error(path.string() + ": cannot read the file");
    const std::filesystem::path dir = path.parent_path().empty() ? "." : path.parent_path();
    return load_gltf_from_memory(bytes, path.string(), dir);
}

}  // namespace xrviz::assets
