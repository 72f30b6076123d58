#include "engine/assets/gltf_convert.h"

#include <map>

#include <glm/common.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/gtc/type_ptr.hpp>
#include <glm/gtx/transform.hpp>

#include "engine/assets/gltf_accessor.h"

namespace xrviz::assets::gltf {
namespace {

// Index `index` of a glTF array of `size` elements, or a FileFault naming both.
std::size_t checked(int index, std::size_t size, const std::string& owner, const char* what) {
    if (index < 0 || static_cast<std::size_t>(index) >= size)
        throw FileFault(owner + ": " + what + " " + std::to_string(index) +
                        " does not exist (the file has " + std::to_string(size) + ")");
    return static_cast<std::size_t>(index);
}

std::string numbered(const char* kind, std::size_t i) { return kind + (" " + std::to_string(i)); }

void note_counts(const tinygltf::Model& model, Unsupported& unsupported) {
    const auto note = [&](std::size_t n, const char* what) {
        if (n > 0) unsupported.add(std::string(what) + " (" + std::to_string(n) + ")");
    };
    note(model.skins.size(), "skins");
    note(model.animations.size(), "animations");
    note(model.cameras.size(), "cameras");
    if (model.scenes.size() > 1)
        unsupported.add("scenes other than the default (" + std::to_string(model.scenes.size() - 1) +
                        ")");
}

// Every extension named anywhere, each once; a required one says so.
void note_extensions(const tinygltf::Model& model, Unsupported& unsupported) {
    std::map<std::string, bool> required;
    for (const std::string& name : model.extensionsRequired) required[name] = true;
    for (const std::string& name : model.extensionsUsed) required.emplace(name, false);
    for (const tinygltf::Material& m : model.materials)
        for (const auto& [name, value] : m.extensions) required.emplace(name, false);
    for (const tinygltf::Node& n : model.nodes)
        for (const auto& [name, value] : n.extensions) required.emplace(name, false);
    for (const tinygltf::Texture& t : model.textures)
        for (const auto& [name, value] : t.extensions) required.emplace(name, false);
    for (const auto& [name, is_required] : required)
        unsupported.add("extension " + name + (is_required ? " (required by the file)" : ""));
}

TextureWrap wrap_of(int mode, const std::string& owner) {
    switch (mode) {
        case TINYGLTF_TEXTURE_WRAP_REPEAT: return TextureWrap::repeat;
        case TINYGLTF_TEXTURE_WRAP_CLAMP_TO_EDGE: return TextureWrap::clamp_to_edge;
        case TINYGLTF_TEXTURE_WRAP_MIRRORED_REPEAT: return TextureWrap::mirrored_repeat;
        default:
            throw FileFault(owner + ": wrap mode " + std::to_string(mode) +
                            " is not a glTF wrap mode");
    }
}

TextureSampler sampler_of(const tinygltf::Sampler& s, const std::string& owner) {
    TextureSampler out;
    out.wrap_u = wrap_of(s.wrapS, owner);
    out.wrap_v = wrap_of(s.wrapT, owner);
    if (s.magFilter == TINYGLTF_TEXTURE_FILTER_NEAREST) out.mag_filter = TextureFilter::nearest;
    switch (s.minFilter) {
        case TINYGLTF_TEXTURE_FILTER_NEAREST:
            out.min_filter = TextureFilter::nearest;
            out.mipmaps = false;
            break;
        case TINYGLTF_TEXTURE_FILTER_LINEAR: out.mipmaps = false; break;
        case TINYGLTF_TEXTURE_FILTER_NEAREST_MIPMAP_NEAREST:
        case TINYGLTF_TEXTURE_FILTER_NEAREST_MIPMAP_LINEAR:
            out.min_filter = TextureFilter::nearest;
            break;
        default: break;  // unset or linear-mipmap: smooth, mipmapped
    }
    return out;
}

void convert_images(const tinygltf::Model& model, GltfModel& out) {
    for (const tinygltf::Image& image : model.images) {
        Image rgba;
        // The loader's image callback left formats it does not decode empty.
        if (!image.image.empty()) {
            rgba.width = image.width;
            rgba.height = image.height;
            rgba.rgba = image.image;
        }
        out.images.push_back(std::move(rgba));
    }
}

void convert_textures(const tinygltf::Model& model, GltfModel& out, Unsupported& unsupported) {
    for (std::size_t i = 0; i < model.textures.size(); ++i) {
        const tinygltf::Texture& t = model.textures[i];
        const std::string owner = numbered("texture", i);
        GltfTexture texture;
        if (t.sampler >= 0) {
            const std::size_t s = checked(t.sampler, model.samplers.size(), owner, "sampler");
            texture.sampler = sampler_of(model.samplers[s], numbered("sampler", s));
        }
        if (t.source < 0) {
            // Sources given only through extensions (KHR_texture_basisu, EXT_texture_webp).
            unsupported.add("textures without a PNG or JPEG source (drawn untextured)");
            texture.image = out.images.size();  // marks "no image"; see material pass
        } else {
            texture.image = checked(t.source, model.images.size(), owner, "source image");
        }
        out.textures.push_back(texture);
    }
}

bool texture_usable(const GltfModel& out, std::size_t texture, Unsupported& unsupported) {
    const std::size_t image = out.textures[texture].image;
    if (image >= out.images.size()) return false;
    if (out.images[image].rgba.empty()) {
        unsupported.add("image formats other than PNG and JPEG (drawn untextured)");
        return false;
    }
    return true;
}

void convert_materials(const tinygltf::Model& model, GltfModel& out, Unsupported& unsupported) {
    for (std::size_t i = 0; i < model.materials.size(); ++i) {
        const tinygltf::Material& m = model.materials[i];
        const std::string owner = numbered("material", i);
        GltfMaterial material;
        material.name = m.name;
        material.double_sided = m.doubleSided;
        const auto& pbr = m.pbrMetallicRoughness;
        if (pbr.baseColorFactor.size() != 4)
            throw FileFault(owner + ": baseColorFactor has " +
                            std::to_string(pbr.baseColorFactor.size()) + " numbers, expected 4");
        for (int k = 0; k < 4; ++k)
            material.base_colour[k] = static_cast<float>(pbr.baseColorFactor[static_cast<std::size_t>(k)]);
        if (pbr.baseColorTexture.index >= 0) {
            const std::size_t t =
                checked(pbr.baseColorTexture.index, out.textures.size(), owner, "baseColorTexture");
            if (pbr.baseColorTexture.texCoord != 0)
                unsupported.add("base colour textures on TEXCOORD_" +
                                std::to_string(pbr.baseColorTexture.texCoord));
            if (texture_usable(out, t, unsupported)) material.base_colour_texture = static_cast<int>(t);
        }
        if (pbr.metallicRoughnessTexture.index >= 0) unsupported.add("metallic-roughness textures");
        if (m.normalTexture.index >= 0) unsupported.add("normal textures");
        if (m.occlusionTexture.index >= 0) unsupported.add("occlusion textures");
        if (m.emissiveTexture.index >= 0) unsupported.add("emissive textures");
        if (!m.alphaMode.empty() && m.alphaMode != "OPAQUE")
            unsupported.add("alphaMode " + m.alphaMode + " (drawn opaque)");
        out.materials.push_back(std::move(material));
    }
}

void convert_meshes(const tinygltf::Model& model, GltfModel& out, Unsupported& unsupported) {
    for (std::size_t m = 0; m < model.meshes.size(); ++m) {
        GltfMesh mesh;
        mesh.name = model.meshes[m].name;
        const auto& primitives = model.meshes[m].primitives;
        for (std::size_t p = 0; p < primitives.size(); ++p) {
            const std::string owner = numbered("mesh", m) + " primitive " + std::to_string(p);
            const int material = primitives[p].material;
            if (material >= 0) checked(material, out.materials.size(), owner, "material");
            std::optional<MeshGeometry> geometry =
                read_primitive(model, primitives[p], owner, unsupported);
            if (!geometry) continue;
            if (!mesh.name.empty()) geometry->name = mesh.name + "#" + std::to_string(p);
            mesh.primitives.push_back({.geometry = out.geometries.size(), .material = material});
            out.geometries.push_back(std::move(*geometry));
        }
        out.meshes.push_back(std::move(mesh));
    }
}

glm::mat4 local_transform(const tinygltf::Node& n, const std::string& owner) {
    if (n.matrix.size() == 16) {
        glm::dmat4 m;
        for (int c = 0; c < 4; ++c)
            for (int r = 0; r < 4; ++r) m[c][r] = n.matrix[static_cast<std::size_t>(c * 4 + r)];
        return glm::mat4(m);
    }
    if (!n.matrix.empty())
        throw FileFault(owner + ": matrix has " + std::to_string(n.matrix.size()) +
                        " numbers, expected 16");
    const auto sized = [&](const std::vector<double>& v, std::size_t size, const char* what) {
        if (!v.empty() && v.size() != size)
            throw FileFault(owner + ": " + what + " has " + std::to_string(v.size()) +
                            " numbers, expected " + std::to_string(size));
        return !v.empty();
    };
    glm::mat4 m(1.0f);
    if (sized(n.translation, 3, "translation"))
        m = glm::translate(glm::vec3(glm::dvec3(n.translation[0], n.translation[1], n.translation[2])));
    if (sized(n.rotation, 4, "rotation")) {
        // glTF stores x, y, z, w; glm's constructor takes w first.
        const glm::quat q(static_cast<float>(n.rotation[3]), static_cast<float>(n.rotation[0]),
                          static_cast<float>(n.rotation[1]), static_cast<float>(n.rotation[2]));
        m = m * glm::mat4_cast(glm::normalize(q));
    }
    if (sized(n.scale, 3, "scale"))
        m = m * glm::scale(glm::vec3(glm::dvec3(n.scale[0], n.scale[1], n.scale[2])));
    return m;
}

void convert_nodes(const tinygltf::Model& model, GltfModel& out) {
    const std::size_t count = model.nodes.size();
    out.nodes.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const tinygltf::Node& n = model.nodes[i];
        const std::string owner = numbered("node", i);
        GltfNode& node = out.nodes[i];
        node.name = n.name;
        node.local = local_transform(n, owner);
        if (n.mesh >= 0) node.mesh = static_cast<int>(checked(n.mesh, out.meshes.size(), owner, "mesh"));
        for (const int c : n.children) {
            const std::size_t child = checked(c, count, owner, "child node");
            if (out.nodes[child].parent >= 0 || child == i)
                throw FileFault(numbered("node", child) + " has more than one parent (" +
                                owner + " is the second)");
            out.nodes[child].parent = static_cast<int>(i);
            node.children.push_back(child);
        }
    }
    // Parents before children, from every root; a node never reached sits in a cycle.
    std::vector<bool> reached(count, false);
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < count; ++i)
        if (out.nodes[i].parent < 0) stack.push_back(i);
    while (!stack.empty()) {
        const std::size_t i = stack.back();
        stack.pop_back();
        reached[i] = true;
        GltfNode& node = out.nodes[i];
        node.world = node.parent < 0 ? node.local
                                     : out.nodes[static_cast<std::size_t>(node.parent)].world * node.local;
        stack.insert(stack.end(), node.children.begin(), node.children.end());
    }
    for (std::size_t i = 0; i < count; ++i)
        if (!reached[i]) throw FileFault(numbered("node", i) + " is its own ancestor (a cycle of children)");
}

void choose_scene(const tinygltf::Model& model, GltfModel& out) {
    if (model.scenes.empty()) {
        for (std::size_t i = 0; i < out.nodes.size(); ++i)
            if (out.nodes[i].parent < 0) out.scene_roots.push_back(i);
        return;
    }
    const std::size_t s = model.defaultScene < 0
                              ? 0
                              : checked(model.defaultScene, model.scenes.size(), "the file", "scene");
    for (const int root : model.scenes[s].nodes)
        out.scene_roots.push_back(checked(root, out.nodes.size(), numbered("scene", s), "node"));
}

void collect_draw_items(GltfModel& out) {
    std::vector<bool> drawn(out.nodes.size(), false);
    std::vector<std::size_t> stack(out.scene_roots.rbegin(), out.scene_roots.rend());
    bool first = true;
    while (!stack.empty()) {
        const std::size_t i = stack.back();
        stack.pop_back();
        if (drawn[i]) continue;  // a scene that lists a node and its ancestor
        drawn[i] = true;
        const GltfNode& node = out.nodes[i];
        if (node.mesh >= 0) {
            for (const GltfPrimitive& p : out.meshes[static_cast<std::size_t>(node.mesh)].primitives) {
                out.draw_items.push_back({.node = i, .geometry = p.geometry, .material = p.material,
                                          .world = node.world});
                const MeshGeometry& g = out.geometries[p.geometry];
                if (g.vertices.empty()) continue;
                for (int corner = 0; corner < 8; ++corner) {
                    const glm::vec3 local((corner & 1) ? g.bounds_max.x : g.bounds_min.x,
                                          (corner & 2) ? g.bounds_max.y : g.bounds_min.y,
                                          (corner & 4) ? g.bounds_max.z : g.bounds_min.z);
                    const glm::vec3 world = glm::vec3(node.world * glm::vec4(local, 1.0f));
                    out.bounds_min = first ? world : glm::min(out.bounds_min, world);
                    out.bounds_max = first ? world : glm::max(out.bounds_max, world);
                    first = false;
                }
            }
        }
        stack.insert(stack.end(), node.children.rbegin(), node.children.rend());
    }
}

}  // namespace

GltfModel convert(const tinygltf::Model& model, Unsupported& unsupported) {
    note_counts(model, unsupported);
    note_extensions(model, unsupported);
    GltfModel out;
    convert_images(model, out);
    convert_textures(model, out, unsupported);
    convert_materials(model, out, unsupported);
    convert_meshes(model, out, unsupported);
    convert_nodes(model, out);
    choose_scene(model, out);
    collect_draw_items(out);
    return out;
}

}  // namespace xrviz::assets::gltf
