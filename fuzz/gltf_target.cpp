#include "fuzz/gltf_target.h"

#include <cstdint>
#include <span>

#include "engine/assets/gltf_model.h"
#include "engine/core/error.h"
#include "engine/core/log.h"
#include "fuzz/check.h"

namespace xrviz::fuzz {
namespace {

void check_model(const assets::GltfModel& m) {
    for (const assets::MeshGeometry& g : m.geometries) {
        check(g.indices.size() % 3 == 0, "triangle lists are whole triangles");
        for (const std::uint32_t i : g.indices) check(i < g.vertices.size(), "index in range");
    }
    for (const assets::GltfDrawItem& item : m.draw_items) {
        check(item.geometry < m.geometries.size(), "draw item geometry in range");
        check(item.node < m.nodes.size(), "draw item node in range");
        check(item.material < static_cast<int>(m.materials.size()), "draw item material in range");
    }
    for (const assets::GltfMaterial& material : m.materials)
        check(material.base_colour_texture < static_cast<int>(m.textures.size()),
              "material texture in range");
    for (const assets::Image& image : m.images)
        check(image.rgba.size() ==
                  static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4,
              "image holds width x height RGBA texels");
    for (const assets::GltfNode& node : m.nodes)
        check(node.parent < static_cast<int>(m.nodes.size()), "parent in range");
}

}  // namespace

void gltf(std::string_view input) {
    static const bool quiet = [] {
        log::set_level(log::Level::error);  // unsupported-feature warnings are not findings
        return true;
    }();
    (void)quiet;
    const std::span bytes(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
    try {
        check_model(assets::load_gltf_from_memory(bytes, "fuzz input", {}));
    } catch (const Error&) {
        // Refused with a message: the expected outcome for most inputs.
    }
}

}  // namespace xrviz::fuzz
