#include "scenes/registry.h"

#include <string>
#include <vector>

#include "engine/core/error.h"
#include "scenes/campus/campus_scene.h"
#include "scenes/empty/empty_scene.h"
#include "scenes/model/model_scene.h"
#include "scenes/hall/hall_scene.h"
#include "scenes/skyline/skyline_scene.h"
#include "scenes/tco/tco_scene.h"
#include "scenes/timeline/timeline_scene.h"
#include "scenes/tracks/tracks_scene.h"

namespace xrviz::scenes {

std::span<const SceneInfo> scene_catalogue() {
    static const std::vector<SceneInfo> catalogue{
        {"skyline", "Annual capex and Reality Labs losses as bars by year, with guidance",
         [](const data::Dataset& d) { return std::make_unique<skyline::SkylineScene>(d); }},
        {"tracks", "Running totals of capex and Reality Labs losses side by side, with guidance",
         [](const data::Dataset& d) { return std::make_unique<tracks::TracksScene>(d); }},
        {"timeline", "A walkable path through the years: events, quarterly capex and losses, a playhead",
         [](const data::Dataset& d) { return std::make_unique<timeline::TimelineScene>(d); }},
        {"campus", "Meta's data-center sites on a map, sized by power, with insets abroad",
         [](const data::Dataset& d) { return std::make_unique<campus::CampusScene>(d); }},
        {"hall",
         "Inside a data hall at 1:1; how many make 600k H100s; a fleet of up to 1M GPUs",
         [](const data::Dataset& d) { return std::make_unique<hall::HallScene>(d); }},
        {"tco", "What if: owning GPUs against renting them in the cloud, cumulative cost by year",
         [](const data::Dataset& d) { return std::make_unique<tco::TcoScene>(d); }},
        {"model", "A glTF 2.0 model at true size (--model PATH; default: the 2-node GPU rack)",
         [](const data::Dataset& d) {
             return std::make_unique<model::ModelScene>(d, std::nullopt);
         },
         [](const data::Dataset& d, const SceneInputs& inputs) {
             return std::make_unique<model::ModelScene>(d, inputs.model);
         }},
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
