#pragma once
// Every scene xrviz can show, by name, and how to make it from a dataset.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include "engine/data/dataset.h"
#include "scenes/scene.h"

namespace xrviz::scenes {

// What the command line hands a scene besides the dataset.
struct SceneInputs {
    std::optional<std::filesystem::path> model;  // --model: the glTF file the model scene shows
};

struct SceneInfo {
    std::string_view name;
    std::string_view description;
    std::function<std::unique_ptr<Scene>(const data::Dataset&)> create;
    // Scenes that use SceneInputs are made by this one when it is set; create() then
    // makes the scene with no inputs (the gallery's snapshot).
    std::function<std::unique_ptr<Scene>(const data::Dataset&, const SceneInputs&)>
        create_with_inputs = nullptr;
};

std::span<const SceneInfo> scene_catalogue();
// Throws xrviz::Error listing the known names when there is no such scene.
const SceneInfo& find_scene(std::string_view name);

}  // namespace xrviz::scenes
