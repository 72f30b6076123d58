#pragma once
// Nothing but the clear colour: the baseline a benchmark compares real scenes against.
#include "scenes/scene.h"

namespace xrviz::scenes {

class EmptyScene final : public Scene {
public:
    std::string_view name() const override { return "empty"; }
    std::string title() const override { return "Empty (clear only)"; }
    std::vector<NamedView> views() const override {
        return {{"default", "Looking at nothing", {{0.0f, 1.6f, 3.0f}, {0.0f, 1.0f, 0.0f}}}};
    }
    void describe(const Interaction&, render::FrameDescription& frame) const override {
        frame.grid.visible = false;
    }
    const std::vector<Pickable>& pickables() const override { return pickables_; }

private:
    std::vector<Pickable> pickables_;
};

}  // namespace xrviz::scenes
