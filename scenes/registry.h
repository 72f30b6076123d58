#pragma once
// Every scene xrviz can show, by name, and how to make it from a dataset.
#include <functional>
#include <memory>
#include <span>
#include <string_view>

#include "engine/data/dataset.h"
#include "scenes/scene.h"

namespace xrviz::scenes {

struct SceneInfo {
    std::string_view name;
    std::string_view description;
    std::function<std::unique_ptr<Scene>(const data::Dataset&)> create;
};

std::span<const SceneInfo> scene_catalogue();
// Throws xrviz::Error listing the known names when there is no such scene.
const SceneInfo& find_scene(std::string_view name);

}  // namespace xrviz::scenes
