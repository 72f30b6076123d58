#include "scenes/viewer.h"

#include <algorithm>
#include <limits>

#include <glm/trigonometric.hpp>

#include "engine/core/error.h"
#include "scenes/registry.h"

namespace xrviz::scenes {

Viewer::Viewer(std::shared_ptr<const data::Dataset> dataset, std::string_view scene_name,
               SceneInputs inputs)
    : dataset_(std::move(dataset)), inputs_(std::move(inputs)) {
    set_scene(scene_name);
}

void Viewer::set_scene(std::string_view name) {
    const SceneInfo& info = find_scene(name);
    auto next = info.create_with_inputs ? info.create_with_inputs(*dataset_, inputs_)
                                        : info.create(*dataset_);
    scene_ = std::move(next);
    interaction_ = Interaction{.hidden_series = interaction_.hidden_series};
    period_limit_.reset();
    camera_ = scene_->views().front().pose;
}

void Viewer::set_dataset(std::shared_ptr<const data::Dataset> dataset) {
    const std::string name(scene_->name());
    dataset_ = std::move(dataset);
    const CameraPose camera = camera_;
    set_scene(name);
    camera_ = camera;
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

void Viewer::set_parameter(std::string_view id, double value) {
    const auto key = [this](std::optional<std::size_t> index) -> std::optional<FigureDetails> {
        if (!index)
            return std::nullopt;
        return scene_->pickables().at(*index).details;
    };
    const auto selected = key(interaction_.selected);
    const auto hovered = key(interaction_.hovered);
    scene_->set_parameter(id, value);
    const auto find = [this](const std::optional<FigureDetails>& was) -> std::optional<std::size_t> {
        if (!was)
            return std::nullopt;
        const auto& pickables = scene_->pickables();
        for (std::size_t i = 0; i < pickables.size(); ++i) {
            if (pickables[i].details.series == was->series &&
                pickables[i].details.period == was->period)
                return i;
        }
        return std::nullopt;
    };
    interaction_.selected = find(selected);
    interaction_.hovered = find(hovered);
}

void Viewer::hover(const render::Ray& ray) {
    interaction_.hovered = pick_visible(ray);
}

void Viewer::select(const render::Ray& ray) {
    interaction_.selected = pick_visible(ray);
}

bool Viewer::after_limit(const Pickable& pickable) const {
    return period_limit_ && pickable.details.period > *period_limit_;
}

std::optional<std::size_t> Viewer::pick_visible(const render::Ray& ray) const {
    if (!period_limit_)
        return pick(*scene_, ray, interaction_.hidden_series);
    std::optional<std::size_t> best;
    float best_t = std::numeric_limits<float>::max();
    const auto& pickables = scene_->pickables();
    for (std::size_t i = 0; i < pickables.size(); ++i) {
        if (interaction_.hidden_series.contains(pickables[i].details.series))
            continue;
        if (after_limit(pickables[i]))
            continue;
        const auto t = intersect(ray, pickables[i].min, pickables[i].max);
        if (t && *t < best_t) {
            best_t = *t;
            best = i;
        }
    }
    return best;
}

void Viewer::set_period_limit(std::optional<std::string> period) {
    period_limit_ = std::move(period);
    const auto& pickables = scene_->pickables();
    if (interaction_.selected && after_limit(pickables[*interaction_.selected])) {
        interaction_.selected.reset();
    }
    if (interaction_.hovered && after_limit(pickables[*interaction_.hovered])) {
        interaction_.hovered.reset();
    }
}

std::vector<std::string> Viewer::periods() const {
    std::vector<std::string> out;
    for (const Pickable& p : scene_->pickables())
        out.push_back(p.details.period);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void Viewer::remove_after_limit(render::FrameDescription& frame) const {
    // Generic over scenes: a box centred inside a later figure's box is that figure, and a
    // label standing on top of it (within its footprint, up to half a metre above) is its
    // value label.
    std::vector<const Pickable*> later;
    for (const Pickable& p : scene_->pickables()) {
        if (after_limit(p))
            later.push_back(&p);
    }
    if (later.empty())
        return;
    const auto inside = [](const glm::vec3& point, const Pickable& p, float above) {
        constexpr float kSlack = 1e-3f;
        return point.x >= p.min.x - kSlack && point.x <= p.max.x + kSlack &&
               point.z >= p.min.z - kSlack && point.z <= p.max.z + kSlack &&
               point.y >= p.min.y - kSlack && point.y <= p.max.y + above;
    };
    const auto in_later = [&](const glm::vec3& point, float above) {
        return std::any_of(later.begin(), later.end(),
                           [&](const Pickable* p) { return inside(point, *p, above); });
    };
    std::erase_if(frame.boxes, [&](const auto& box) { return in_later(box.center, 0.0f); });
    std::erase_if(frame.translucent_boxes,
                  [&](const auto& box) { return in_later(box.center, 0.0f); });
    std::erase_if(frame.labels, [&](const auto& label) {
        return std::any_of(later.begin(), later.end(), [&](const Pickable* p) {
            return label.anchor.y >= p->max.y - 1e-3f && inside(label.anchor, *p, 0.5f);
        });
    });
}

std::optional<FigureDetails> Viewer::selection() const {
    if (!interaction_.selected)
        return std::nullopt;
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
    if (!interaction_.hovered)
        return std::nullopt;
    return scene_->pickables().at(*interaction_.hovered).details;
}

std::optional<float> Viewer::hit_distance(const render::Ray& ray) const {
    const auto index = pick_visible(ray);
    if (!index)
        return std::nullopt;
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
    remove_after_limit(frame);
}

render::View Viewer::camera_view(float aspect) const {
    return render::look_at(camera_.eye, camera_.target, glm::radians(kDesktopFieldOfViewDegrees),
                           aspect);
}

}  // namespace xrviz::scenes
