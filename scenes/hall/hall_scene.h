#pragma once
// Stand inside a data hall at 1:1: rows of racks with their servers and GPUs at true size,
// hot and cold aisles, and a counter saying how many such halls Meta's 600,000
// H100-equivalents fill, in megawatts and dollars. The "gpus" parameter grows the fleet
// to a million GPUs, drawn with culling and level of detail on the GPU (FleetDraw).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/data/dataset.h"
#include "scenes/hall/hall_layout.h"
#include "scenes/scene.h"

namespace xrviz::scenes::hall {

class HallScene final : public Scene {
public:
    // gpus 0: one hall's worth.
    explicit HallScene(const data::Dataset& dataset, std::uint32_t gpus = 0);

    std::string_view name() const override { return "hall"; }
    std::string title() const override;
    std::vector<NamedView> views() const override;
    void describe(const Interaction& interaction, render::FrameDescription& frame) const override;
    const std::vector<Pickable>& pickables() const override { return pickables_; }
    std::vector<SceneParameter> parameters() const override;
    void set_parameter(std::string_view id, double value) override;

    const HallLayout& layout() const { return layout_; }

private:
    void relayout(std::uint32_t gpus);
    void describe_floor(render::FrameDescription& frame) const;
    void describe_signs(render::FrameDescription& frame) const;
    void describe_fleet_labels(render::FrameDescription& frame) const;

    HallFigures figures_;
    RackPlacement placement_;  // from the models
    HallLayout layout_;
    std::shared_ptr<const render::FleetMeshes> meshes_;
    std::vector<Pickable> pickables_;  // the counter's lines, then racks and servers of hall 1
    std::vector<std::string> counter_lines_;
    std::string fleet_summary_;
};

}  // namespace xrviz::scenes::hall
