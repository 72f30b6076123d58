#include "scenes/tour/tour_director.h"

#include <algorithm>
#include <memory>

#include "engine/core/error.h"
#include "engine/core/log.h"
#include "engine/core/process_stats.h"
#include "engine/data/loader.h"
#include "engine/data/period.h"
#include "scenes/figure_text.h"
#include "scenes/registry.h"
#include "scenes/tour/tour_file.h"

namespace xrviz::scenes::tour {
namespace {

constexpr const char* kTag = "tour";
constexpr std::uint64_t kNeverEntered = ~std::uint64_t{0};
constexpr glm::vec4 kDefaultAccent{0.95f, 0.78f, 0.35f, 1.0f};

std::vector<double> durations(const Tour& tour) {
    std::vector<double> seconds;
    for (const TourStop& stop : tour.stops)
        seconds.push_back(stop.seconds);
    return seconds;
}

std::optional<FigureDetails> find_figure(const data::Dataset& dataset, const KeyFigure& figure) {
    const data::PeriodParse period = data::parse_period(figure.period);
    if (!period.period)
        return std::nullopt;
    const data::DataPoint* point = dataset.find(figure.series, *period.period);
    if (!point)
        return std::nullopt;
    return scenes::details_of(dataset, *point);
}

// The first problem of a multi-line error, on one line short enough for the panel.
std::string one_line(std::string text) {
    constexpr std::size_t kMaxLength = 160;
    for (std::size_t at; (at = text.find("\n  ")) != std::string::npos;)
        text.replace(at, 3, " ");
    text = text.substr(0, text.find('\n'));
    return text.size() > kMaxLength ? text.substr(0, kMaxLength - 3) + "..." : text;
}

}  // namespace

TourDirector::TourDirector(Tour tour, Viewer& viewer, DirectorOptions options, double now)
    : tour_(std::move(tour)),
      viewer_(viewer),
      options_(std::move(options)),
      player_(durations(tour_), now) {
    enter_stop();
}

void TourDirector::update(double now) {
    player_.update(now);
    if (player_.stop_serial() != entered_serial_)
        enter_stop();
    // The scene left behind is freed a few frames after the switch (its GPU memory once
    // the frames in flight are done); after the fade its freed heap goes back to the
    // system, or the largest scene (the hall's fleet) would stay resident until the next
    // dataset reload.
    if (trim_after_fade_ &&
        player_.seconds_in_stop(now) > std::max(tour_.transition_seconds, options_.fade_seconds)) {
        trim_after_fade_ = false;
        return_free_memory();
    }
    if (options_.fly_camera)
        viewer_.set_camera(camera(now));
}

void TourDirector::next(double now) {
    command(&TourPlayer::next, now);
}
void TourDirector::previous(double now) {
    command(&TourPlayer::previous, now);
}
void TourDirector::restart(double now) {
    command(&TourPlayer::restart, now);
}
void TourDirector::attract(double now) {
    command(&TourPlayer::attract, now);
}

void TourDirector::command(void (TourPlayer::*move)(double), double now) {
    (player_.*move)(now);
    enter_stop();
    if (options_.fly_camera)
        viewer_.set_camera(camera(now));
}

void TourDirector::enter_stop() {
    // The first stop of a run opens on its picture; later cuts fade in from black.
    fade_in_ = entered_serial_ != kNeverEntered;
    entered_serial_ = player_.stop_serial();
    if (player_.loops() != entered_loops_) {
        entered_loops_ = player_.loops();
        if (options_.reload_folder)
            reload_dataset();
    }
    const TourStop& stop = tour_.stops[player_.stop()];
    const bool new_scene = !scene_shown_ || *scene_shown_ != stop.scene;
    from_ = viewer_.camera();
    if (new_scene) {
        trim_after_fade_ = scene_shown_.has_value();
        viewer_.set_scene(stop.scene);
        scene_shown_ = stop.scene;
    }
    // A stop shows its scene at the defaults plus its own parameters, whichever way the
    // tour arrived (next, previous, a restart), so a picture never depends on the path.
    const std::vector<SceneParameter> defaults =
        find_scene(stop.scene).create(viewer_.dataset())->parameters();
    const std::vector<SceneParameter> current = viewer_.scene().parameters();
    for (std::size_t i = 0; i < defaults.size() && i < current.size(); ++i) {
        double wanted = defaults[i].value;
        for (const auto& [id, value] : stop.parameters)
            if (id == defaults[i].id)
                wanted = value;
        if (current[i].value != wanted)
            viewer_.set_parameter(defaults[i].id, wanted);
    }
    if (stop.view) {
        for (const NamedView& v : viewer_.scene().views())
            if (v.name == *stop.view)
                target_ = v.pose;
    } else {
        target_ = *stop.camera;
    }
    cut_ = new_scene || !options_.fly_camera;
    if (cut_)
        from_ = target_;
    figure_ = find_figure(viewer_.dataset(), stop.figure);
}

void TourDirector::reload_dataset() {
    data::LoadResult result = data::load_dataset(*options_.reload_folder);
    std::string why;
    if (!result.ok()) {
        why = result.errors.empty() ? "unknown error" : result.errors.front().to_string();
    } else {
        try {
            check_tour(tour_, *result.dataset);
        } catch (const Error& e) {
            why = e.what();
        }
    }
    if (!why.empty()) {
        ++failed_reloads_;
        notice_ = "Data reload failed; showing the last good data. " + one_line(why);
        log::warn(kTag, "dataset reload failed, keeping the last good one: " + why);
        result = {};
        return_free_memory();  // the loader's scratch, freed, would stay resident otherwise
        return;
    }
    ++reloads_;
    notice_.clear();
    viewer_.set_dataset(std::make_shared<const data::Dataset>(std::move(*result.dataset)));
    scene_shown_.reset();  // the scene is made again from the new data
    result = {};
    return_free_memory();
}

render::CameraPose TourDirector::camera(double now) const {
    if (cut_ || tour_.transition_seconds <= 0.0)
        return target_;
    return camera_between(from_, target_, player_.seconds_in_stop(now) / tour_.transition_seconds);
}

bool TourDirector::cuts_into(std::size_t stop) const {
    return !options_.fly_camera || tour_.stops[stop].scene != tour_.stops[player_.stop()].scene;
}

float TourDirector::fade(double now) const {
    const std::size_t next = (player_.stop() + 1) % tour_.stops.size();
    return fade_level(player_.seconds_in_stop(now), tour_.stops[player_.stop()].seconds,
                      options_.fade_seconds, cut_ && fade_in_, cuts_into(next));
}

void TourDirector::describe(double now, const render::CameraPose& viewer_pose,
                            render::FrameDescription& frame) const {
    glm::vec4 accent = kDefaultAccent;
    if (figure_) {
        if (const data::Series* series = viewer_.dataset().find_series(figure_->series))
            accent = glm::vec4(series->colour[0], series->colour[1], series->colour[2], 1.0f);
    }
    describe_caption(caption(), place_panel(viewer_pose, options_.caption_distance),
                     static_cast<float>(player_.progress(now)), accent, frame);
    apply_fade(fade(now), frame);
}

CaptionLines TourDirector::caption() const {
    const std::string heading = player_.phase() == TourPhase::attract
                                    ? options_.attract_prompt
                                    : std::to_string(player_.stop() + 1) + " / " +
                                          std::to_string(tour_.stops.size()) + "  " + tour_.title;
    return caption_lines(heading, tour_.stops[player_.stop()].caption, figure_, notice_);
}

TourState TourDirector::state() const {
    return TourState{
        .phase = player_.phase(),
        .stop = player_.stop(),
        .stop_count = tour_.stops.size(),
        .scene = tour_.stops[player_.stop()].scene,
        .loops = player_.loops(),
        .reloads = reloads_,
        .failed_reloads = failed_reloads_,
        .notice = notice_,
    };
}

}  // namespace xrviz::scenes::tour
