#pragma once
// Where the model scene puts a glTF model and its cameras, and what its info panel says:
// pure functions of the model's bounds and counts, unit-tested without a GPU.
#include <string>
#include <vector>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include "engine/assets/gltf_model.h"
#include "scenes/scene.h"

namespace xrviz::scenes::model {

struct Framing {
    // Model space -> world: the footprint's centre to the origin, the lowest point onto
    // the floor. True size: glTF is in metres, and so is xrviz.
    glm::mat4 placement{1.0f};
    glm::vec3 min{0.0f};  // world bounds after placement
    glm::vec3 max{0.0f};
    float radius = 0.5f;  // of the model's bounding sphere; at least a few centimetres
    // The info panel stands above the model, its last line at label_base, the others
    // stacked upwards, each line_height tall.
    float line_height = 0.05f;
    glm::vec3 label_base{0.0f};
    // What the cameras frame: the model and the panel above it.
    glm::vec3 view_centre{0.0f};
    float view_radius = 0.5f;
};

inline constexpr float kLineSpacing = 1.5f;  // baseline to baseline, in line heights
inline constexpr float kTitleScale = 1.4f;   // the first line (the file name) is larger

Framing frame_bounds(const glm::vec3& model_min, const glm::vec3& model_max,
                     std::size_t label_lines);

// "three-quarter" (the first: where the scene opens), "front" (+z looking -z) and "top",
// each far enough that the bounding sphere fits a vertical field of view of
// `fov_y_degrees`.
std::vector<NamedView> framed_views(const Framing& framing, float fov_y_degrees);

// The info panel, top line first: file name; node, mesh and triangle counts; size; then
// each feature the file uses that is not shown, a line each.
std::vector<std::string> info_lines(const assets::GltfModel& model, const std::string& file_name);

// Thousands separated by commas: 12,672.
std::string grouped(std::size_t n);

}  // namespace xrviz::scenes::model
