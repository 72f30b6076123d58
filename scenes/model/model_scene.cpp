#include "scenes/model/model_scene.h"

#include <algorithm>

#include "engine/core/error.h"
#include "engine/core/paths.h"
#include "scenes/figure_text.h"
#include "scenes/viewer.h"

namespace xrviz::scenes::model {
namespace {

constexpr glm::vec4 kTitleColour{0.92f, 0.94f, 0.97f, 1.0f};
constexpr glm::vec4 kInfoColour{0.62f, 0.66f, 0.74f, 1.0f};
constexpr glm::vec4 kHoverColour{0.9f, 0.9f, 0.95f, 0.7f};
constexpr glm::vec4 kSelectColour{1.0f, 0.85f, 0.2f, 1.0f};

assets::GltfModel load(const std::optional<std::filesystem::path>& file) {
    if (!file) return assets::load_gltf(paths::bundled_models_dir() / kBundledModel);
    try {
        return assets::load_gltf(*file);
    } catch (const Error& e) {
        // The person named this file: exit 2 with the loader's message, as for any bad
        // argument.
        throw UsageError(std::string("cannot show model ") + e.what());
    }
}

// The latest value of a series, or nothing: a figure the dataset lacks is not shown.
std::optional<FigureDetails> latest(const data::Dataset& dataset, const char* series) {
    const auto points = dataset.values(series);
    if (points.empty()) return std::nullopt;
    return scenes::details_of(dataset, *points.back());
}

bool under(const assets::GltfModel& model, std::size_t node, std::size_t ancestor) {
    for (int n = static_cast<int>(node); n >= 0; n = model.nodes[static_cast<std::size_t>(n)].parent)
        if (static_cast<std::size_t>(n) == ancestor) return true;
    return false;
}

void outline(const Pickable& p, const glm::vec4& colour, std::vector<render::LineVertex>& lines) {
    const glm::vec3 a = p.min, b = p.max;
    const glm::vec3 c[8] = {{a.x, a.y, a.z}, {b.x, a.y, a.z}, {b.x, a.y, b.z}, {a.x, a.y, b.z},
                            {a.x, b.y, a.z}, {b.x, b.y, a.z}, {b.x, b.y, b.z}, {a.x, b.y, b.z}};
    constexpr int edges[12][2] = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {4, 5}, {5, 6},
                                  {6, 7}, {7, 4}, {0, 4}, {1, 5}, {2, 6}, {3, 7}};
    for (const auto& e : edges) {
        lines.push_back({c[e[0]], colour});
        lines.push_back({c[e[1]], colour});
    }
}

}  // namespace

ModelScene::ModelScene(const data::Dataset& dataset,
                       const std::optional<std::filesystem::path>& file)
    : file_name_(file ? file->filename().string() : kBundledModel),
      model_(load(file)),
      draw_(render::make_draw_list(model_)),
      info_(info_lines(model_, file_name_)),
      framing_(frame_bounds(model_.bounds_min, model_.bounds_max, info_.size())) {
    if (!file) add_dataset_pickables(dataset);
}

void ModelScene::add_dataset_pickables(const data::Dataset& dataset) {
    // The bundled rack's nodes are named node_0, node_1 (tools/models/make_models.py).
    const auto per_node = latest(dataset, "gpus_per_node_grand_teton_hgx");
    for (std::size_t n = 0; n < model_.nodes.size(); ++n) {
        if (!per_node || model_.nodes[n].name.rfind("node_", 0) != 0) continue;
        Pickable p{.min = glm::vec3(1e9f), .max = glm::vec3(-1e9f), .details = *per_node};
        for (const assets::GltfDrawItem& item : model_.draw_items) {
            if (!under(model_, item.node, n)) continue;
            const assets::MeshGeometry& g = model_.geometries[item.geometry];
            const glm::mat4 m = framing_.placement * item.world;
            for (int corner = 0; corner < 8; ++corner) {
                const glm::vec3 local((corner & 1) ? g.bounds_max.x : g.bounds_min.x,
                                      (corner & 2) ? g.bounds_max.y : g.bounds_min.y,
                                      (corner & 4) ? g.bounds_max.z : g.bounds_min.z);
                const glm::vec3 w(m * glm::vec4(local, 1.0f));
                p.min = glm::min(p.min, w);
                p.max = glm::max(p.max, w);
            }
        }
        if (p.min.x <= p.max.x) pickables_.push_back(std::move(p));
    }
    // The cabinet last: a ray through a node picks the node, being nearer.
    if (const auto per_rack = latest(dataset, "nodes_per_rack_24k_cluster"))
        pickables_.push_back({framing_.min, framing_.max, *per_rack});
}

std::string ModelScene::title() const { return "glTF model: " + file_name_; }

std::vector<NamedView> ModelScene::views() const {
    return framed_views(framing_, kDesktopFieldOfViewDegrees);
}

void ModelScene::describe(const Interaction& interaction, render::FrameDescription& frame) const {
    const float r = framing_.radius;
    frame.grid.visible = true;
    frame.grid.min = glm::vec2(-std::max(3.0f * r, 2.0f));
    frame.grid.max = glm::vec2(std::max(3.0f * r, 2.0f));
    render::append_instances(draw_, framing_.placement, frame.meshes);

    // The info panel above the model, bottom line first so the title ends on top.
    const float line = framing_.line_height;
    glm::vec3 anchor = framing_.label_base;
    for (std::size_t k = info_.size(); k-- > 0;) {
        render::TextLabel label;
        label.text = info_[k];
        label.anchor = anchor;
        label.height = k == 0 ? line * kTitleScale : line;
        label.colour = k == 0 ? kTitleColour : kInfoColour;
        frame.labels.push_back(std::move(label));
        anchor.y += kLineSpacing * line;
    }
    if (interaction.hovered && interaction.hovered != interaction.selected)
        outline(pickables_[*interaction.hovered], kHoverColour, frame.lines);
    if (interaction.selected) outline(pickables_[*interaction.selected], kSelectColour, frame.lines);
}

}  // namespace xrviz::scenes::model
