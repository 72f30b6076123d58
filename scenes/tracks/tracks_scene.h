#pragma once
// Two spending tracks: running totals of capex and of Reality Labs losses, side by side.
#include "engine/data/dataset.h"
#include "scenes/scene.h"
#include "scenes/tracks/tracks_layout.h"

namespace xrviz::scenes::tracks {

// How much darker the part of a bar carried from earlier years is than this year's part.
inline constexpr float kCarriedShade = 0.42f;

class TracksScene final : public Scene {
public:
    explicit TracksScene(const data::Dataset& dataset);

    std::string_view name() const override { return "tracks"; }
    std::string title() const override;
    std::vector<NamedView> views() const override;
    std::vector<SeriesToggle> series() const override { return toggles_; }
    void describe(const Interaction& interaction, render::FrameDescription& frame) const override;
    const std::vector<Pickable>& pickables() const override { return pickables_; }

    const Layout& layout() const { return layout_; }

private:
    void describe_bars(const Interaction& interaction, render::FrameDescription& frame) const;
    void describe_ranges(const Interaction& interaction, render::FrameDescription& frame) const;
    void describe_captions(const Interaction& interaction, render::FrameDescription& frame) const;

    Layout layout_;
    // Bars first, in layout order, then the guidance range, then the reported mark.
    std::vector<Pickable> pickables_;
    std::vector<SeriesToggle> toggles_;
    std::string unit_label_;  // "billion US dollars"
};

}  // namespace xrviz::scenes::tracks
