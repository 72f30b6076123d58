#pragma once
// The campus: Meta's data-center sites as buildings on a map floor, sized by power where
// the power is known, outlined where it is not.
#include "engine/data/dataset.h"
#include "scenes/campus/campus_layout.h"
#include "scenes/scene.h"

namespace xrviz::scenes::campus {

// Building colour per status (linear RGB): the legend and the render test use these too.
glm::vec3 status_colour(data::ValueStatus status);

class CampusScene final : public Scene {
public:
    explicit CampusScene(const data::Dataset& dataset);

    std::string_view name() const override { return "campus"; }
    std::string title() const override;
    std::vector<NamedView> views() const override;
    void describe(const Interaction& interaction, render::FrameDescription& frame) const override;
    const std::vector<Pickable>& pickables() const override { return pickables_; }

    const Layout& layout() const { return layout_; }

private:
    void describe_region(const Region& region, render::FrameDescription& frame) const;
    void describe_site(std::size_t index, const Interaction& interaction,
                       render::FrameDescription& frame) const;
    void describe_legend(render::FrameDescription& frame) const;

    Layout layout_;
    std::vector<Pickable> pickables_;  // one per site, in layout order
};

}  // namespace xrviz::scenes::campus
