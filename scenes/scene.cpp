#include "scenes/scene.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "engine/core/error.h"

namespace xrviz::scenes {

void Scene::set_parameter(std::string_view id, double /*value*/) {
    throw UsageError("scene \"" + std::string(name()) + "\" has no parameter \"" +
                     std::string(id) + "\"");
}

namespace {

// Whole numbers in full ("1000000"), others as %g.
std::string number_text(double value) {
    char text[32];
    const bool whole = std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15;
    std::snprintf(text, sizeof text, whole ? "%.0f" : "%g", value);
    return text;
}

}  // namespace

SceneParameter require_parameter(const Scene& scene, std::string_view id, double value) {
    const std::string prefix = "scene \"" + std::string(scene.name()) + "\"";
    std::string known;
    for (const SceneParameter& parameter : scene.parameters()) {
        if (parameter.id != id) {
            known += (known.empty() ? "" : ", ") + parameter.id;
            continue;
        }
        if (!(value >= parameter.min && value <= parameter.max)) {
            throw UsageError(prefix + ": " + parameter.id + " must be in " +
                             number_text(parameter.min) + ".." + number_text(parameter.max) +
                             ", got " + number_text(value));
        }
        return parameter;
    }
    throw UsageError(prefix + " has no parameter \"" + std::string(id) + "\"" +
                     (known.empty() ? "" : " (parameters: " + known + ")"));
}

std::optional<float> intersect(const render::Ray& ray, const glm::vec3& min, const glm::vec3& max) {
    float near_t = 0.0f;
    float far_t = std::numeric_limits<float>::max();
    for (int axis = 0; axis < 3; ++axis) {
        const float origin = ray.origin[axis];
        const float direction = ray.direction[axis];
        if (std::abs(direction) < 1e-9f) {
            if (origin < min[axis] || origin > max[axis]) return std::nullopt;
            continue;
        }
        float t0 = (min[axis] - origin) / direction;
        float t1 = (max[axis] - origin) / direction;
        if (t0 > t1) std::swap(t0, t1);
        near_t = std::max(near_t, t0);
        far_t = std::min(far_t, t1);
        if (near_t > far_t) return std::nullopt;
    }
    return near_t;
}

std::optional<std::size_t> pick(const Scene& scene, const render::Ray& ray,
                                const std::set<std::string>& hidden_series) {
    std::optional<std::size_t> best;
    float best_t = std::numeric_limits<float>::max();
    const auto& pickables = scene.pickables();
    for (std::size_t i = 0; i < pickables.size(); ++i) {
        if (hidden_series.contains(pickables[i].details.series)) continue;
        const auto t = intersect(ray, pickables[i].min, pickables[i].max);
        if (t && *t < best_t) {
            best_t = *t;
            best = i;
        }
    }
    return best;
}

}  // namespace xrviz::scenes
