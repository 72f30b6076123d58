#pragma once
// The timeline: a path through the years you walk along, the dataset's events beside it,
// quarterly capex and Reality Labs losses in front of it, and a playhead you scrub or play.
#include <optional>

#include "engine/data/dataset.h"
#include "scenes/scene.h"
#include "scenes/timeline/timeline_layout.h"

namespace xrviz::scenes::timeline {

inline constexpr const char* kTimeParameter = "time";
inline constexpr const char* kPlayParameter = "play";
// Ten years in twenty seconds: slow enough to read each caption as it passes.
inline constexpr double kPlayYearsPerSecond = 0.5;

class TimelineScene final : public Scene {
public:
    explicit TimelineScene(const data::Dataset& dataset);

    std::string_view name() const override { return "timeline"; }
    std::string title() const override;
    std::vector<NamedView> views() const override;
    std::vector<SeriesToggle> series() const override { return toggles_; }
    void describe(const Interaction& interaction, render::FrameDescription& frame) const override;
    const std::vector<Pickable>& pickables() const override { return pickables_; }
    std::vector<SceneParameter> parameters() const override;
    void set_parameter(std::string_view id, double value) override;
    void update(double time_s) override;

    const Layout& layout() const { return layout_; }
    double time() const { return time_; }
    bool playing() const { return playing_; }
    // Foot of the playhead's solid post, at the near edge of the rows.
    glm::vec3 playhead_base() const;
    // The newest event at or before the playhead, if any has happened yet.
    const EventMarker* latest_event() const;

private:
    void describe_path(render::FrameDescription& frame) const;
    void describe_events(const Interaction& interaction, render::FrameDescription& frame) const;
    void describe_rows(const Interaction& interaction, render::FrameDescription& frame) const;
    void describe_value_axis(const Interaction& interaction, render::FrameDescription& frame) const;
    void describe_legend(const Interaction& interaction, render::FrameDescription& frame) const;
    void describe_playhead(render::FrameDescription& frame) const;

    Layout layout_;
    std::vector<Pickable> pickables_;  // events, then bars, then the guidance note
    std::vector<SeriesToggle> toggles_;
    double time_ = 0.0;  // decimal year of the playhead
    bool playing_ = false;
    std::optional<double> last_update_s_;
};

}  // namespace xrviz::scenes::timeline
