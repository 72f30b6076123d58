#pragma once
// Any glTF 2.0 file shown at true size on the floor (--model PATH), framed by its
// bounds, with an info panel naming the file, its counts and what of it is not shown.
// Without a file: the project's own rack (assets/models/rack_2node.gltf), whose rack and
// nodes can be picked for the dataset's figures behind them (nodes per rack, GPUs per
// node).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/assets/gltf_model.h"
#include "engine/data/dataset.h"
#include "engine/render/gltf_draw.h"
#include "scenes/model/model_layout.h"
#include "scenes/scene.h"

namespace xrviz::scenes::model {

// The bundled model shown when no file is named.
inline constexpr const char* kBundledModel = "rack_2node.gltf";

class ModelScene final : public Scene {
public:
    // Throws UsageError naming the file and the fault when `file` cannot be shown (a
    // person named it), Error when the bundled model cannot (the installation is broken).
    ModelScene(const data::Dataset& dataset, const std::optional<std::filesystem::path>& file);

    std::string_view name() const override { return "model"; }
    std::string title() const override;
    std::vector<NamedView> views() const override;
    void describe(const Interaction& interaction, render::FrameDescription& frame) const override;
    const std::vector<Pickable>& pickables() const override { return pickables_; }

    const assets::GltfModel& model() const { return model_; }
    const Framing& framing() const { return framing_; }
    const std::vector<std::string>& info() const { return info_; }

private:
    void add_dataset_pickables(const data::Dataset& dataset);

    std::string file_name_;
    assets::GltfModel model_;
    render::GltfDrawList draw_;
    std::vector<std::string> info_;
    Framing framing_;
    std::vector<Pickable> pickables_;
};

}  // namespace xrviz::scenes::model
