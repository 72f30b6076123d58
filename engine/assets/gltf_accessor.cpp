#include "engine/assets/gltf_accessor.h"

#include <cstring>

namespace xrviz::assets::gltf {
namespace {

const char* component_name(int component_type) {
    switch (component_type) {
        case TINYGLTF_COMPONENT_TYPE_BYTE: return "BYTE";
        case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: return "UNSIGNED_BYTE";
        case TINYGLTF_COMPONENT_TYPE_SHORT: return "SHORT";
        case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: return "UNSIGNED_SHORT";
        case TINYGLTF_COMPONENT_TYPE_INT: return "INT";
        case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT: return "UNSIGNED_INT";
        case TINYGLTF_COMPONENT_TYPE_FLOAT: return "FLOAT";
        default: return "an unknown component type";
    }
}

const char* type_name(int type) {
    switch (type) {
        case TINYGLTF_TYPE_SCALAR: return "SCALAR";
        case TINYGLTF_TYPE_VEC2: return "VEC2";
        case TINYGLTF_TYPE_VEC3: return "VEC3";
        case TINYGLTF_TYPE_VEC4: return "VEC4";
        case TINYGLTF_TYPE_MAT2: return "MAT2";
        case TINYGLTF_TYPE_MAT3: return "MAT3";
        case TINYGLTF_TYPE_MAT4: return "MAT4";
        default: return "an unknown type";
    }
}

std::size_t component_bytes(int component_type) {
    switch (component_type) {
        case TINYGLTF_COMPONENT_TYPE_BYTE:
        case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: return 1;
        case TINYGLTF_COMPONENT_TYPE_SHORT:
        case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: return 2;
        default: return 4;
    }
}

std::string where(int index, const std::string& what) {
    return "accessor " + std::to_string(index) + " (" + what + ")";
}

// Where each element of the accessor starts, after checking that every byte of every
// element lies inside its buffer view and the view inside its buffer. Empty when the
// accessor has no buffer view (glTF: all zeros).
struct Elements {
    const std::uint8_t* first = nullptr;
    std::size_t stride = 0;
    std::size_t count = 0;
};

Elements locate(const tinygltf::Model& model, int index, const std::string& what,
                std::size_t components) {
    const tinygltf::Accessor& a = model.accessors[static_cast<std::size_t>(index)];
    Elements e{.count = a.count};
    if (a.bufferView < 0) {
        // No data means zeros; without bytes to bound it the count must be bounded here.
        constexpr std::size_t kMaxZeroElements = std::size_t{1} << 24;
        if (a.count > kMaxZeroElements)
            throw FileFault(where(index, what) + ": " + std::to_string(a.count) +
                            " elements without a bufferView (at most " +
                            std::to_string(kMaxZeroElements) + ")");
        return e;
    }
    if (static_cast<std::size_t>(a.bufferView) >= model.bufferViews.size())
        throw FileFault(where(index, what) + ": bufferView " + std::to_string(a.bufferView) +
                        " does not exist (the file has " +
                        std::to_string(model.bufferViews.size()) + ")");
    const tinygltf::BufferView& view = model.bufferViews[static_cast<std::size_t>(a.bufferView)];
    if (view.buffer < 0 || static_cast<std::size_t>(view.buffer) >= model.buffers.size())
        throw FileFault("bufferView " + std::to_string(a.bufferView) + ": buffer " +
                        std::to_string(view.buffer) + " does not exist (the file has " +
                        std::to_string(model.buffers.size()) + ")");
    const auto& data = model.buffers[static_cast<std::size_t>(view.buffer)].data;
    // Sizes come from the file: compare by subtraction so no sum can wrap around.
    if (view.byteOffset > data.size() || view.byteLength > data.size() - view.byteOffset)
        throw FileFault("bufferView " + std::to_string(a.bufferView) + ": bytes " +
                        std::to_string(view.byteOffset) + "+" + std::to_string(view.byteLength) +
                        " lie outside buffer " + std::to_string(view.buffer) + " (" +
                        std::to_string(data.size()) + " bytes)");
    const std::size_t element = components * component_bytes(a.componentType);
    e.stride = view.byteStride != 0 ? view.byteStride : element;
    if (e.stride < element)
        throw FileFault("bufferView " + std::to_string(a.bufferView) + ": byteStride " +
                        std::to_string(e.stride) + " is smaller than one element (" +
                        std::to_string(element) + " bytes) of " + where(index, what));
    if (a.count == 0) return e;
    const bool fits = a.byteOffset <= view.byteLength &&
                      element <= view.byteLength - a.byteOffset &&
                      (a.count - 1) <= (view.byteLength - a.byteOffset - element) / e.stride;
    if (!fits)
        throw FileFault(where(index, what) + ": " + std::to_string(a.count) +
                        " elements from byte " + std::to_string(a.byteOffset) +
                        " run past the end of bufferView " + std::to_string(a.bufferView) +
                        " (" + std::to_string(view.byteLength) + " bytes)");
    e.first = data.data() + view.byteOffset + a.byteOffset;
    return e;
}

void expect_type(const tinygltf::Accessor& a, int index, const std::string& what, int type,
                 const std::string& allowed_components, bool component_ok) {
    if (a.type != type || !component_ok)
        throw FileFault(where(index, what) + ": is " + component_name(a.componentType) + " " +
                        type_name(a.type) + ", expected " + allowed_components + " " +
                        type_name(type));
}

template <typename T>
T load(const std::uint8_t* p) {
    T value;
    std::memcpy(&value, p, sizeof value);  // glTF data need not be aligned
    return value;
}

}  // namespace

const tinygltf::Accessor& accessor_at(const tinygltf::Model& model, int index,
                                      const std::string& what) {
    if (index < 0 || static_cast<std::size_t>(index) >= model.accessors.size())
        throw FileFault(what + ": accessor " + std::to_string(index) +
                        " does not exist (the file has " + std::to_string(model.accessors.size()) +
                        ")");
    return model.accessors[static_cast<std::size_t>(index)];
}

std::vector<glm::vec3> read_vec3(const tinygltf::Model& model, int index, const std::string& what) {
    const tinygltf::Accessor& a = accessor_at(model, index, what);
    expect_type(a, index, what, TINYGLTF_TYPE_VEC3, "FLOAT",
                a.componentType == TINYGLTF_COMPONENT_TYPE_FLOAT);
    const Elements e = locate(model, index, what, 3);
    std::vector<glm::vec3> out(e.count, glm::vec3(0.0f));
    if (e.first == nullptr) return out;
    for (std::size_t i = 0; i < e.count; ++i) {
        const std::uint8_t* p = e.first + i * e.stride;
        out[i] = {load<float>(p), load<float>(p + 4), load<float>(p + 8)};
    }
    return out;
}

std::vector<glm::vec2> read_uv(const tinygltf::Model& model, int index, const std::string& what) {
    const tinygltf::Accessor& a = accessor_at(model, index, what);
    const int c = a.componentType;
    const bool ok = c == TINYGLTF_COMPONENT_TYPE_FLOAT ||
                    (a.normalized && (c == TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE ||
                                      c == TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT));
    expect_type(a, index, what, TINYGLTF_TYPE_VEC2,
                "FLOAT or normalized UNSIGNED_BYTE/UNSIGNED_SHORT", ok);
    const Elements e = locate(model, index, what, 2);
    std::vector<glm::vec2> out(e.count, glm::vec2(0.0f));
    if (e.first == nullptr) return out;
    const std::size_t size = component_bytes(c);
    for (std::size_t i = 0; i < e.count; ++i) {
        const std::uint8_t* p = e.first + i * e.stride;
        for (int k = 0; k < 2; ++k) {
            const std::uint8_t* q = p + static_cast<std::size_t>(k) * size;
            out[i][k] = c == TINYGLTF_COMPONENT_TYPE_FLOAT ? load<float>(q)
                        : size == 1 ? static_cast<float>(*q) / 255.0f
                                    : static_cast<float>(load<std::uint16_t>(q)) / 65535.0f;
        }
    }
    return out;
}

std::vector<std::uint32_t> read_indices(const tinygltf::Model& model, int index,
                                        const std::string& what) {
    const tinygltf::Accessor& a = accessor_at(model, index, what);
    const int c = a.componentType;
    const bool ok = !a.normalized && (c == TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE ||
                                      c == TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT ||
                                      c == TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT);
    expect_type(a, index, what, TINYGLTF_TYPE_SCALAR,
                "UNSIGNED_BYTE, UNSIGNED_SHORT or UNSIGNED_INT", ok);
    const Elements e = locate(model, index, what, 1);
    std::vector<std::uint32_t> out(e.count, 0u);
    if (e.first == nullptr) return out;
    for (std::size_t i = 0; i < e.count; ++i) {
        const std::uint8_t* p = e.first + i * e.stride;
        out[i] = c == TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE    ? *p
                 : c == TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT ? load<std::uint16_t>(p)
                                                               : load<std::uint32_t>(p);
    }
    return out;
}

}  // namespace xrviz::assets::gltf
