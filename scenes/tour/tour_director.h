#pragma once
// Plays a tour on a Viewer: at each stop it switches scene, sets the stop's parameters and
// points the camera (desktop and headless: a smooth move within a scene, a fade across
// scenes; XR: a fade only, the front-end teleports the person's rig), and describes the
// caption panel. At the start of every loop it may read the dataset again; a dataset that
// fails to load leaves the last good one on show, with a notice on the panel.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "scenes/tour/tour.h"
#include "scenes/tour/tour_caption.h"
#include "scenes/tour/tour_player.h"
#include "scenes/viewer.h"

namespace xrviz::scenes::tour {

struct DirectorOptions {
    // Desktop and headless fly the camera; XR never moves the view (fades between stops).
    bool fly_camera = true;
    double fade_seconds = 0.6;
    // Read at the start of every loop; empty: the dataset never changes.
    std::optional<std::filesystem::path> reload_folder;
    // The panel's first line while the attract loop plays.
    std::string attract_prompt = "Press N to start the tour";
    // How far ahead the caption stands, in metres; it keeps the same angular size at any
    // distance. On a screen close, so that no wall or rack of the scene comes in front
    // of it; in a headset at a comfortable reading distance for both eyes.
    float caption_distance = 0.4f;
};

// The tour's state for --state-out and tests.
struct TourState {
    TourPhase phase = TourPhase::attract;
    std::size_t stop = 0;  // 0-based
    std::size_t stop_count = 0;
    std::string scene;
    std::uint64_t loops = 0;
    std::uint64_t reloads = 0;         // datasets read again and shown
    std::uint64_t failed_reloads = 0;  // datasets that failed and were kept out
    std::string notice;
};

class TourDirector {
public:
    // `tour` must fit the viewer's dataset (check_tour). Enters the first stop at `now`.
    TourDirector(Tour tour, Viewer& viewer, DirectorOptions options, double now);

    // Moves the tour on to `now`; on a new stop applies it to the viewer.
    void update(double now);
    void next(double now);
    void previous(double now);
    void restart(double now);
    void attract(double now);

    // Adds the caption panel in front of `viewer_pose` and darkens the frame by the fade.
    void describe(double now, const render::CameraPose& viewer_pose,
                  render::FrameDescription& frame) const;

    // Where the stop's camera is now: the smooth move into it, then its pose.
    render::CameraPose camera(double now) const;
    // The stop's own viewpoint (where the move ends, where XR teleports to).
    const render::CameraPose& stop_pose() const { return target_; }
    float fade(double now) const;
    // What the caption panel says now: heading (or the attract prompt), caption, key
    // figure with its source, any notice.
    CaptionLines caption() const;
    // Bumped on every new stop: XR teleports when it changes.
    std::uint64_t stop_serial() const { return player_.stop_serial(); }

    const Tour& tour() const { return tour_; }
    const TourPlayer& player() const { return player_; }
    TourState state() const;

private:
    // A person's command: moves the player, enters the stop it lands on.
    void command(void (TourPlayer::*move)(double), double now);
    void enter_stop();
    void reload_dataset();
    bool cuts_into(std::size_t stop) const;

    Tour tour_;
    Viewer& viewer_;
    DirectorOptions options_;
    TourPlayer player_;
    std::uint64_t entered_serial_ = ~std::uint64_t{0};  // no stop entered yet
    std::uint64_t entered_loops_ = 0;
    std::optional<std::string> scene_shown_;
    render::CameraPose from_, target_;
    bool cut_ = true;
    bool fade_in_ = false;
    bool trim_after_fade_ = false;  // a scene was left: return its freed memory after the fade
    std::optional<FigureDetails> figure_;
    std::string notice_;
    std::uint64_t reloads_ = 0, failed_reloads_ = 0;
};

}  // namespace xrviz::scenes::tour
