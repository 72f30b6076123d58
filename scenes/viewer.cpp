#include "scenes/viewer.h"

#include <glm/trigonometric.hpp>

#include "engine/core/error.h"
#include "scenes/registry.h"

namespace xrviz::scenes {

Viewer::Viewer(std::shared_ptr<const data::Dataset> dataset, std::string_view scene_name)
    : dataset_(std::move(dataset)) {
    set_scene(scene_name);
}

void Viewer::set_scene(std::string_view name) {
    auto next = find_scene(name).create(*dataset_);
    scene_ = std::move(next);
    interaction_ = Interaction{.hidden_series = interaction_.hidden_series};
    camera_ = scene_->views().front().pose;
}

void Viewer::set_view(std::string_view name) {
    std::string known;
    for (const NamedView& view : scene_->views()) {
        if (view.name == name) {
            camera_ = view.pose;
            return;
        }
        known += (known.empty() ? "" : ", ") + view.name;
    }
    throw UsageError("scene " + std::string(scene_->name()) + " has no view \"" +
                     std::string(name) + "\" (views: " + known + ")");
}

void Viewer::hover(const render::Ray& ray) {
    interaction_.hovered = pick(*scene_, ray, interaction_.hidden_series);
}

void Viewer::select(const render::Ray& ray) {
    interaction_.selected = pick(*scene_, ray, interaction_.hidden_series);
}

std::optional<FigureDetails> Viewer::selection() const {
    if (!interaction_.selected) return std::nullopt;
    return scene_->pickables().at(*interaction_.selected).details;
}

void Viewer::point(const Pointer& pointer) {
    if (!pointer.active) {
        interaction_.hovered.reset();
        return;
    }
    hover(pointer.ray);
}

std::optional<FigureDetails> Viewer::hovered() const {
    if (!interaction_.hovered) return std::nullopt;
    return scene_->pickables().at(*interaction_.hovered).details;
}

std::optional<float> Viewer::hit_distance(const render::Ray& ray) const {
    const auto index = pick(*scene_, ray, interaction_.hidden_series);
    if (!index) return std::nullopt;
    const Pickable& p = scene_->pickables()[*index];
    return intersect(ray, p.min, p.max);
}

void Viewer::set_series_visible(const std::string& series, bool visible) {
    if (visible) {
        interaction_.hidden_series.erase(series);
        return;
    }
    interaction_.hidden_series.insert(series);
    // A hidden figure can no longer be the one the details panel describes.
    const auto& pickables = scene_->pickables();
    if (interaction_.selected && pickables[*interaction_.selected].details.series == series) {
        interaction_.selected.reset();
    }
    if (interaction_.hovered && pickables[*interaction_.hovered].details.series == series) {
        interaction_.hovered.reset();
    }
}

void Viewer::describe(render::FrameDescription& frame) const {
    frame.clear_content();
    frame.grid = render::FloorGrid{};
    scene_->describe(interaction_, frame);
}

render::View Viewer::camera_view(float aspect) const {
    return render::look_at(camera_.eye, camera_.target,
                           glm::radians(kDesktopFieldOfViewDegrees), aspect);
}

}  // namespace xrviz::scenes
