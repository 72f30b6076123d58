#include "scenes/registry.h"

#include <string>
#include <vector>

#include "engine/core/error.h"
#include "scenes/empty/empty_scene.h"
#include "scenes/hall/hall_scene.h"
#include "scenes/skyline/skyline_scene.h"

namespace xrviz::scenes {

std::span<const SceneInfo> scene_catalogue() {
    static const std::vector<SceneInfo> catalogue{
        {"skyline", "Annual capex and Reality Labs losses as bars by year, with guidance",
         [](const data::Dataset& d) { return std::make_unique<skyline::SkylineScene>(d); }},
        {"hall",
         "Inside a data hall at 1:1; how many make 600k H100s; a fleet of up to 1M GPUs",
         [](const data::Dataset& d) { return std::make_unique<hall::HallScene>(d); }},
        {"empty", "Clear only: the baseline for benchmarks",
         [](const data::Dataset&) { return std::make_unique<EmptyScene>(); }},
    };
    return catalogue;
}

const SceneInfo& find_scene(std::string_view name) {
    std::string known;
    for (const SceneInfo& info : scene_catalogue()) {
        if (info.name == name) return info;
        known += (known.empty() ? "" : ", ") + std::string(info.name);
    }
    throw UsageError("unknown scene \"" + std::string(name) + "\" (known: " + known + ")");
}

}  // namespace xrviz::scenes
