#pragma once
// The Viewer owns the active scene and everything a person changes while looking at it:
// the camera, what is hovered and selected, which series are hidden. Front-ends feed it
// rays and camera poses; it describes frames. The same code serves every mode.
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/data/dataset.h"
#include "engine/render/frame_description.h"
#include "scenes/pointer.h"
#include "scenes/registry.h"
#include "scenes/scene.h"

namespace xrviz::scenes {

class Viewer {
public:
    Viewer(std::shared_ptr<const data::Dataset> dataset, std::string_view scene_name,
           SceneInputs inputs = {});

    // Switches scene; the camera goes to the new scene's first view, the selection clears.
    void set_scene(std::string_view name);
    const Scene& scene() const { return *scene_; }
    const data::Dataset& dataset() const { return *dataset_; }
    // Shows another dataset (a reload): the active scene is made again from it; the camera
    // and hidden series stay, the selection clears.
    void set_dataset(std::shared_ptr<const data::Dataset> dataset);

    const CameraPose& camera() const { return camera_; }
    void set_camera(const CameraPose& pose) { camera_ = pose; }
    // Throws xrviz::Error listing the scene's views when there is no such view.
    void set_view(std::string_view name);

    void update(double time_s) { scene_->update(time_s); }
    // Changes one of the scene's parameters (Scene::set_parameter: UsageError for an unknown
    // id or a value out of range). The scene lays itself out again; hover and selection
    // follow the same figure (series and period) when it is still there.
    void set_parameter(std::string_view id, double value);

    void hover(const render::Ray& ray);
    void select(const render::Ray& ray);
    void clear_selection() { interaction_.selected.reset(); }
    std::optional<FigureDetails> selection() const;
    // Hover follows a pointer; an inactive pointer (over a panel, outside the window)
    // hovers nothing. Selection is the front-end's click, through select().
    void point(const Pointer& pointer);
    std::optional<FigureDetails> hovered() const;
    // How far along the ray the nearest visible pickable is, for zooming toward it.
    std::optional<float> hit_distance(const render::Ray& ray) const;

    void set_series_visible(const std::string& series, bool visible);
    const std::set<std::string>& hidden_series() const { return interaction_.hidden_series; }

    // The period slider: figures after `period` are left out, as if not there yet: not hit
    // by a pointer, and what the scene drew inside their boxes (a bar and its value label)
    // is removed from the frame. Nothing: every period. A new scene clears it.
    void set_period_limit(std::optional<std::string> period);
    const std::optional<std::string>& period_limit() const { return period_limit_; }
    // Every period the scene's figures have, earliest first.
    std::vector<std::string> periods() const;

    // Replaces the frame's content with the active scene's; views are left alone.
    void describe(render::FrameDescription& frame) const;
    // A single view from the camera pose, for a window or screenshot of this aspect.
    render::View camera_view(float aspect) const;

private:
    // pick() that also skips figures after the period limit.
    std::optional<std::size_t> pick_visible(const render::Ray& ray) const;
    bool after_limit(const Pickable& pickable) const;
    void remove_after_limit(render::FrameDescription& frame) const;

    std::shared_ptr<const data::Dataset> dataset_;
    SceneInputs inputs_;
    std::unique_ptr<Scene> scene_;
    CameraPose camera_;
    Interaction interaction_;
    std::optional<std::string> period_limit_;
};

inline constexpr float kDesktopFieldOfViewDegrees = 50.0f;

}  // namespace xrviz::scenes
