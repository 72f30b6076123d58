#pragma once
// The skyline: Meta's annual capex and Reality Labs losses as bars you walk between.
#include <memory>

#include "engine/data/dataset.h"
#include "scenes/scene.h"
#include "scenes/skyline/skyline_layout.h"

namespace xrviz::scenes::skyline {

class SkylineScene final : public Scene {
public:
    explicit SkylineScene(const data::Dataset& dataset);

    std::string_view name() const override { return "skyline"; }
    std::string title() const override;
    std::vector<NamedView> views() const override;
    std::vector<SeriesToggle> series() const override;
    void describe(const Interaction& interaction, render::FrameDescription& frame) const override;
    const std::vector<Pickable>& pickables() const override { return pickables_; }

    const Layout& layout() const { return layout_; }

private:
    void describe_axis(render::FrameDescription& frame) const;
    void describe_captions(const Interaction& interaction, render::FrameDescription& frame) const;

    Layout layout_;
    std::vector<Pickable> pickables_;  // bars first, in layout order, then the range
    std::vector<SeriesToggle> toggles_;
    std::string capex_label_;
    std::string loss_label_;
    std::string unit_label_;  // "billion US dollars"
};

}  // namespace xrviz::scenes::skyline
