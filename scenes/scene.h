#pragma once
// A visualization: it lays out its figures once, then describes a frame on request and
// answers which figure a ray hits. Scenes see datasets and frame descriptions only: no
// window, no headset, no command buffer.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

#include "engine/render/frame_description.h"
#include "engine/render/view.h"

namespace xrviz::scenes {

using render::CameraPose;

struct NamedView {
    std::string name;
    std::string description;
    CameraPose pose;
};

// What the details panel shows about one figure.
struct FigureDetails {
    std::string series;  // series id
    std::string series_label;
    std::string period;  // canonical period text
    double value = 0.0;
    std::optional<double> low;
    std::optional<double> high;
    std::string unit;
    std::string display_value;  // "$72.2B", "$125-145B"
    std::string status;         // reported | derived | estimate | guidance
    std::string source_title;
    std::string source_url;
    std::string note;
};

// Something a pointer can hit: an axis-aligned box in world space.
struct Pickable {
    glm::vec3 min{0.0f};
    glm::vec3 max{0.0f};
    FigureDetails details;
};

// Viewer state a scene needs to describe a frame.
struct Interaction {
    std::optional<std::size_t> hovered;   // index into pickables()
    std::optional<std::size_t> selected;  // index into pickables()
    std::set<std::string> hidden_series;
};

// A number a person may change: a what-if input, a fleet size, a point in time. Panels
// show a slider for each; the command line sets one with --set id=value.
struct SceneParameter {
    std::string id;  // "gpus", "utilisation"
    std::string label;
    std::string unit;  // as the dataset spells units: "USD", "percent", "GPUs", ""
    double value = 0.0;
    double min = 0.0;
    double max = 1.0;
    double step = 0.0;  // 0: continuous
    bool logarithmic = false;
};

struct SeriesToggle {
    std::string id;
    std::string label;
    glm::vec3 colour{1.0f};
};

class Scene {
public:
    virtual ~Scene() = default;

    virtual std::string_view name() const = 0;
    virtual std::string title() const = 0;
    // Named viewpoints; the first is where the scene opens.
    virtual std::vector<NamedView> views() const = 0;
    // Series a person may hide or show.
    virtual std::vector<SeriesToggle> series() const { return {}; }
    // Adds this frame's content (boxes, lines, labels, grid) to `frame`; views are the
    // front-end's business.
    virtual void describe(const Interaction& interaction, render::FrameDescription& frame) const = 0;
    virtual const std::vector<Pickable>& pickables() const = 0;
    // What a person may change in this scene, with the current values.
    virtual std::vector<SceneParameter> parameters() const { return {}; }
    // Sets one parameter and lays the scene out again. Throws UsageError naming the
    // parameter for an unknown id or a value outside [min, max].
    virtual void set_parameter(std::string_view id, double value);
    // Advances animation; `time_s` is the viewer clock.
    virtual void update(double /*time_s*/) {}
};

// The nearest pickable the ray hits, skipping hidden series.
std::optional<std::size_t> pick(const Scene& scene, const render::Ray& ray,
                                const std::set<std::string>& hidden_series);

// The scene's parameter `id`, once `value` is known to lie in its [min, max]. Throws
// UsageError naming the scene and the parameter (with the known ids, or the range):
// scenes call it first in set_parameter.
SceneParameter require_parameter(const Scene& scene, std::string_view id, double value);

// Ray against an axis-aligned box (slab test): distance along the ray, or nothing.
std::optional<float> intersect(const render::Ray& ray, const glm::vec3& min, const glm::vec3& max);

}  // namespace xrviz::scenes
