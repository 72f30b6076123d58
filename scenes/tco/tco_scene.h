#pragma once
// The tco scene: a what-if between owning GPUs and renting them, as cumulative cost
// columns per year and the point where owning becomes the cheaper option. Nine inputs are
// parameters (sliders in the panel, --set on the command line).
#include <array>

#include "engine/data/dataset.h"
#include "scenes/scene.h"
#include "scenes/tco/tco_layout.h"

namespace xrviz::scenes::tco {

class TcoScene final : public Scene {
public:
    explicit TcoScene(const data::Dataset& dataset);

    std::string_view name() const override { return "tco"; }
    std::string title() const override;
    std::vector<NamedView> views() const override;
    void describe(const Interaction& interaction, render::FrameDescription& frame) const override;
    const std::vector<Pickable>& pickables() const override { return pickables_; }
    std::vector<SceneParameter> parameters() const override;
    void set_parameter(std::string_view id, double value) override;

    const Layout& layout() const { return layout_; }

private:
    void relayout();
    void describe_segments(const Interaction& interaction, render::FrameDescription& frame) const;
    void describe_axis(render::FrameDescription& frame) const;
    void describe_break_even(render::FrameDescription& frame) const;
    void describe_captions(render::FrameDescription& frame) const;

    TcoInputs inputs_;
    std::array<InputOrigin, 9> origins_;
    Layout layout_;
    std::vector<Pickable> pickables_;  // one per segment, in layout order
};

}  // namespace xrviz::scenes::tco
