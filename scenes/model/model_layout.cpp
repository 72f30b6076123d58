#include "scenes/model/model_layout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <glm/geometric.hpp>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/trigonometric.hpp>

namespace xrviz::scenes::model {
namespace {

constexpr float kMinimumRadius = 0.05f;
constexpr float kMargin = 1.15f;  // a little room around the bounding sphere

std::string metres(float value) {
    char text[32];
    std::snprintf(text, sizeof text, value < 10.0f ? "%.2f" : "%.1f", static_cast<double>(value));
    return text;
}

}  // namespace

std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

Framing frame_bounds(const glm::vec3& model_min, const glm::vec3& model_max,
                     std::size_t label_lines) {
    Framing f;
    const glm::vec3 footprint((model_min.x + model_max.x) / 2, model_min.y,
                              (model_min.z + model_max.z) / 2);
    f.placement = glm::translate(glm::mat4(1.0f), -footprint);
    f.min = model_min - footprint;
    f.max = model_max - footprint;
    f.radius = std::max(glm::length(f.max - f.min) / 2.0f, kMinimumRadius);
    f.line_height = 0.06f * f.radius;
    // Over the back edge: from any camera above the model the model is in front of the
    // panel's plane and below its lines, so it hides none of them.
    f.label_base = glm::vec3(0.0f, f.max.y + 2.0f * f.line_height, f.min.z);
    const float panel = static_cast<float>(label_lines) * kLineSpacing * f.line_height +
                        (kTitleScale - 1.0f) * f.line_height;
    const glm::vec3 top(f.max.x, f.label_base.y + panel, f.max.z);
    f.view_centre = (f.min + top) / 2.0f;
    f.view_radius = glm::length(top - f.min) / 2.0f;
    return f;
}

std::vector<NamedView> framed_views(const Framing& f, float fov_y_degrees) {
    const float distance = f.view_radius * kMargin / std::sin(glm::radians(fov_y_degrees) / 2.0f);
    const auto at = [&](glm::vec3 direction) {
        return CameraPose{f.view_centre + glm::normalize(direction) * distance, f.view_centre};
    };
    return {
        {"three-quarter", "From the front right, a little above", at({0.5f, 0.35f, 1.0f})},
        {"front", "At the front (+z), a little above", at({0.0f, 0.2f, 1.0f})},
        // Not exactly overhead: looking straight down leaves "up" undefined.
        {"top", "From above", at({0.0f, 1.0f, 0.02f})},
    };
}

std::vector<std::string> info_lines(const assets::GltfModel& model, const std::string& file_name) {
    const glm::vec3 size = model.bounds_max - model.bounds_min;
    std::vector<std::string> lines{
        file_name,
        grouped(model.nodes.size()) + " nodes, " + grouped(model.meshes.size()) + " meshes, " +
            grouped(model.triangle_count()) + " triangles",
        metres(size.x) + " x " + metres(size.y) + " x " + metres(size.z) +
            " m (wide x tall x deep)",
    };
    if (!model.unsupported.empty()) lines.push_back("Not shown (not supported):");
    for (const std::string& feature : model.unsupported) lines.push_back(feature);
    return lines;
}

}  // namespace xrviz::scenes::model
