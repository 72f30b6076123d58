#include "scenes/timeline/timeline_scene.h"

#include <algorithm>
#include <cmath>

#include <glm/common.hpp>
#include <glm/trigonometric.hpp>

#include "engine/core/error.h"
#include "scenes/figure_text.h"
#include "scenes/frame_helpers.h"

namespace xrviz::scenes::timeline {
namespace {

constexpr glm::vec4 kTextColour{0.92f, 0.94f, 0.97f, 1.0f};
constexpr glm::vec4 kMutedColour{0.62f, 0.66f, 0.74f, 1.0f};
constexpr glm::vec4 kFutureTextColour{0.30f, 0.32f, 0.37f, 1.0f};
constexpr glm::vec4 kAxisColour{0.7f, 0.74f, 0.82f, 0.9f};
constexpr glm::vec4 kTickLineColour{0.5f, 0.55f, 0.65f, 0.22f};
constexpr glm::vec4 kPlayheadColour{1.0f, 0.93f, 0.55f, 1.0f};
constexpr glm::vec3 kPathColour{0.10f, 0.12f, 0.16f};
constexpr glm::vec3 kWalkedPathColour{0.26f, 0.29f, 0.36f};
// What has not happened yet at the playhead keeps its hue at a quarter of its light.
constexpr float kFutureDimming = 0.22f;
constexpr float kHeadSize = 0.08f;
constexpr float kYearLabelHeight = 0.3f;
constexpr float kYearLabelZ = kLossRowZ + kBarDepth * 0.5f + 0.3f;
constexpr float kValueLabelHeight = 0.075f;
constexpr float kGuidanceOpacity = 0.3f;
constexpr float kPlayheadOpacity = 0.12f;
constexpr float kTitleWidth = 7.0f;  // two lines over the quiet first years
// The playhead rises past the scene's title, so its caption never meets it.
constexpr float kPlayheadAboveTitles = 0.95f;

render::BoxInstance box(glm::vec3 center, glm::vec3 half_size, glm::vec3 colour,
                        std::uint32_t flags = 0, float opacity = 1.0f) {
    return {.center = center,
            .half_size = half_size,
            .flags = flags,
            .colour = glm::vec4(colour, opacity)};
}

void line(render::FrameDescription& frame, glm::vec3 a, glm::vec3 b, glm::vec4 colour) {
    frame.lines.push_back({a, colour});
    frame.lines.push_back({b, colour});
}

std::string event_series(const CategoryStyle& category) {
    return std::string(kEventSeriesPrefix) + category.id;
}

float axis_x(const Layout& layout) {
    float first = layout.x_of(layout.last_year);
    for (const QuarterBar& b : layout.bars)
        first = std::min(first, b.center.x - b.half_size.x);
    return first - 0.2f;
}

}  // namespace

TimelineScene::TimelineScene(const data::Dataset& dataset)
    : layout_(make_layout(dataset)), time_(layout_.latest) {
    for (const EventMarker& e : layout_.events) {
        const glm::vec3 head_min = e.head - glm::vec3(kHeadSize * 0.5f);
        const glm::vec3 head_max = e.head + glm::vec3(kHeadSize * 0.5f);
        // The title is part of the target: in a headset it is easier to point at than a cube.
        pickables_.push_back({glm::min(head_min, glm::vec3(e.box_min, e.head.z - 0.04f)),
                              glm::max(head_max, glm::vec3(e.box_max, e.head.z + 0.04f)),
                              e.details});
    }
    for (const QuarterBar& b : layout_.bars) {
        pickables_.push_back({b.center - b.half_size, b.center + b.half_size, b.details});
    }
    if (layout_.guidance) {
        const GuidanceNote& g = *layout_.guidance;
        pickables_.push_back({g.center - g.half_size, g.center + g.half_size, g.details});
    }
    for (const RowInfo& row : layout_.rows)
        toggles_.push_back({row.series, row.label, row.colour});
    if (layout_.guidance) {
        const FigureDetails& g = layout_.guidance->details;
        toggles_.push_back({g.series, g.series_label, layout_.guidance->colour});
    }
    for (const CategoryStyle& c : layout_.categories) {
        toggles_.push_back({event_series(c), c.label, c.colour});
    }
}

std::string TimelineScene::title() const {
    return "Meta's AI and AR/VR years, " + std::to_string(layout_.first_year) + "\u2013" +
           std::to_string(layout_.last_year - 1) +
           ": events, quarterly capex and Reality Labs losses";
}

std::vector<NamedView> TimelineScene::views() const {
    const float start = layout_.x_of(layout_.first_year);
    const float end = layout_.x_of(layout_.last_year);
    const float left = start - 0.4f;
    const float right = end + 1.2f;  // titles running past the last year
    const float top = layout_.label_top + kPlayheadAboveTitles + 0.5f;  // with the caption
    const float centre_x = (left + right) * 0.5f;
    const float centre_y = top * 0.5f;
    // Far enough back to fit the width at a 16:9 window's horizontal field of view, and
    // the height at its vertical one.
    const float tan_half_fov_y = std::tan(glm::radians(25.0f));
    const float distance = std::max((right - left) * 0.5f / (tan_half_fov_y * 16.0f / 9.0f),
                                    top * 0.55f / tan_half_fov_y) +
                           kLossRowZ;
    const float playhead_x = layout_.x_of(time_);
    // From the lowest titles up to the caption.
    const float playhead_y = (kLabelBaseY + top) * 0.5f;
    const float last_full_year = layout_.x_of(layout_.last_year - 1);
    return {
        {"overview",
         "The whole path from the front, slightly above",
         {{centre_x, centre_y + 1.2f, distance}, {centre_x, centre_y - 0.1f, 0.0f}}},
        {"start",
         "Walking in at the start of the path, the first titles ahead on the left",
         {{start - 0.6f, 1.7f, 2.4f}, {start + 3.4f, 2.2f, kTitleWallZ}}},
        {"playhead",
         "Close to the playhead and the events just before it",
         {{playhead_x - 1.2f, playhead_y + 0.6f, 10.5f},
          {playhead_x - 1.0f, playhead_y + 0.3f, 0.0f}}},
        {"end",
         "The last year: its events, the latest quarters and the capex guidance",
         {{last_full_year + 0.7f, 2.9f, 7.6f}, {last_full_year + 0.9f, 2.4f, 0.3f}}},
    };
}

std::vector<SceneParameter> TimelineScene::parameters() const {
    return {
        {.id = kTimeParameter,
         .label = "Playhead",
         .unit = "year",
         .value = time_,
         .min = static_cast<double>(layout_.first_year),
         .max = static_cast<double>(layout_.last_year)},
        {.id = kPlayParameter,
         .label = "Play",
         .unit = "",
         .value = playing_ ? 1.0 : 0.0,
         .min = 0.0,
         .max = 1.0,
         .step = 1.0},
    };
}

void TimelineScene::set_parameter(std::string_view id, double value) {
    for (const SceneParameter& p : parameters()) {
        if (p.id != id)
            continue;
        if (!(value >= p.min && value <= p.max)) {
            throw UsageError("timeline: parameter \"" + p.id + "\" must lie in [" +
                             std::to_string(p.min) + ", " + std::to_string(p.max) + "], not " +
                             std::to_string(value));
        }
        if (id == kTimeParameter)
            time_ = value;
        if (id == kPlayParameter)
            playing_ = value >= 0.5;
        return;
    }
    Scene::set_parameter(id, value);
}

void TimelineScene::update(double time_s) {
    const double elapsed = last_update_s_ ? std::max(0.0, time_s - *last_update_s_) : 0.0;
    last_update_s_ = time_s;
    if (!playing_)
        return;
    const double first = layout_.first_year;
    const double span = layout_.last_year - first;
    time_ += elapsed * kPlayYearsPerSecond;
    // Loops back to the start, keeping the overshoot, so the speed stays steady.
    if (time_ > first + span)
        time_ = first + std::fmod(time_ - first, span);
}

const EventMarker* TimelineScene::latest_event() const {
    const std::size_t count = events_up_to(layout_, time_);
    return count == 0 ? nullptr : &layout_.events[count - 1];
}

glm::vec3 TimelineScene::playhead_base() const {
    return {layout_.x_of(time_), 0.0f, kLossRowZ + kBarDepth * 0.5f + 0.1f};
}

void TimelineScene::describe_path(render::FrameDescription& frame) const {
    const float start = layout_.x_of(layout_.first_year);
    const float end = layout_.x_of(layout_.last_year);
    const float now = std::clamp(layout_.x_of(time_), start, end);
    // The path is lighter where the playhead has been.
    frame.boxes.push_back(box({(start + now) * 0.5f, 0.004f, 0.0f},
                              {(now - start) * 0.5f, 0.004f, kPathHalfWidth}, kWalkedPathColour));
    frame.boxes.push_back(box({(now + end) * 0.5f, 0.004f, 0.0f},
                              {(end - now) * 0.5f, 0.004f, kPathHalfWidth}, kPathColour));
    const float far_z = -kPathHalfWidth;
    const float near_z = kYearLabelZ + kYearLabelHeight;
    for (int year = layout_.first_year; year <= layout_.last_year; ++year) {
        const float x = layout_.x_of(year);
        line(frame, {x, 0.01f, far_z}, {x, 0.01f, near_z}, kAxisColour);
        for (int quarter = 1; quarter < 4 && year < layout_.last_year; ++quarter) {
            const float q = layout_.x_of(year + quarter / 4.0);
            line(frame, {q, 0.01f, -kPathHalfWidth * 0.4f}, {q, 0.01f, kPathHalfWidth * 0.4f},
                 kTickLineColour);
        }
        if (year == layout_.last_year)
            break;
        // Year names lie on the floor between the path and the rows, read from the front.
        frame.labels.push_back({.text = std::to_string(year),
                                .anchor = {x + kMetresPerYear * 0.5f, 0.01f, kYearLabelZ},
                                .height = kYearLabelHeight,
                                .colour = time_ >= year ? kTextColour : kMutedColour,
                                .valign = assets::VAlign::middle,
                                .facing = render::LabelFacing::fixed,
                                .right = {1.0f, 0.0f, 0.0f},
                                .up = {0.0f, 0.0f, -1.0f}});
    }
}

void TimelineScene::describe_events(const Interaction& interaction,
                                    render::FrameDescription& frame) const {
    const EventMarker* latest = latest_event();
    for (std::size_t i = 0; i < layout_.events.size(); ++i) {
        const EventMarker& e = layout_.events[i];
        if (interaction.hidden_series.contains(e.details.series))
            continue;
        const bool happened = e.start_year <= time_;
        const glm::vec3 colour = happened ? e.category.colour : e.category.colour * kFutureDimming;
        std::uint32_t flags = pick_flags(i, interaction);
        if (&e == latest)
            flags |= render::box_highlighted;
        frame.boxes.push_back(box(e.head, glm::vec3(kHeadSize * 0.5f), colour, flags));
        // The chip on the path spans the date's precision: a day is a sliver, a month wider.
        frame.boxes.push_back(box(e.chip + glm::vec3(0.0f, 0.012f, 0.0f),
                                  {e.chip_half_width, 0.012f, 0.05f}, colour));
        const glm::vec4 post_colour(colour, happened ? 0.9f : 0.5f);
        line(frame, e.chip + glm::vec3(0.0f, 0.02f, 0.0f), e.post_base, post_colour);
        // Posts and leaders run a hair behind the wall, so titles they cross stay on top.
        const glm::vec3 behind(0.0f, 0.0f, -0.02f);
        line(frame, e.post_base + behind, e.post_top + behind, post_colour);
        // Leaders cross other titles; fainter than the posts, they leave the text on top.
        line(frame, e.post_top + behind, e.head + behind, glm::vec4(colour, post_colour.a * 0.6f));
        frame.labels.push_back({.text = e.text,
                                .anchor = e.text_anchor,
                                .height = kLabelHeight,
                                .colour = happened ? kTextColour : kFutureTextColour,
                                .halign = assets::HAlign::left,
                                .valign = assets::VAlign::top,
                                .facing = render::LabelFacing::fixed});
    }
}

void TimelineScene::describe_rows(const Interaction& interaction,
                                  render::FrameDescription& frame) const {
    const std::size_t first_bar = layout_.events.size();
    for (std::size_t i = 0; i < layout_.bars.size(); ++i) {
        const QuarterBar& b = layout_.bars[i];
        if (interaction.hidden_series.contains(b.series))
            continue;
        // A quarter's figure exists once the quarter has ended.
        const bool reported = b.period.end_year() <= time_ + 1e-9;
        frame.boxes.push_back(box(b.center, b.half_size,
                                  reported ? b.colour : b.colour * kFutureDimming,
                                  pick_flags(first_bar + i, interaction)));
        frame.labels.push_back({.text = b.value_label,
                                .anchor = b.center + glm::vec3(0.0f, b.half_size.y + 0.03f, 0.0f),
                                .height = kValueLabelHeight,
                                .colour = reported ? kTextColour : kFutureTextColour});
    }
    if (layout_.guidance && !interaction.hidden_series.contains(kGuidanceSeries)) {
        const GuidanceNote& g = *layout_.guidance;
        frame.translucent_boxes.push_back(
            box(g.center, g.half_size, g.colour,
                pick_flags(first_bar + layout_.bars.size(), interaction), kGuidanceOpacity));
        frame.labels.push_back({.text = g.text,
                                .anchor = g.center + glm::vec3(0.0f, 0.0f, g.half_size.z + 0.01f),
                                .height = 0.115f,
                                .colour = kTextColour,
                                .valign = assets::VAlign::middle,
                                .facing = render::LabelFacing::fixed});
    }
}

void TimelineScene::describe_value_axis(const Interaction& interaction,
                                        render::FrameDescription& frame) const {
    // One $B scale for both rows, standing at their left end; the ticks run on as faint
    // lines behind the capex row so every bar reads against them.
    const float x = axis_x(layout_);
    const float wall_z = kCapexRowZ - kBarDepth * 0.5f - 0.02f;
    const float right = layout_.x_of(layout_.latest);
    line(frame, {x, 0.0f, wall_z}, {x, kRibbonHeight, wall_z}, kAxisColour);
    for (double tick : layout_.ticks.values) {
        const float y = layout_.height_of(tick);
        line(frame, {x - 0.06f, y, wall_z}, {x, y, wall_z}, kAxisColour);
        if (tick > 0.0)
            line(frame, {x, y, wall_z}, {right, y, wall_z}, kTickLineColour);
        frame.labels.push_back({.text = scenes::compact_value(tick, layout_.unit),
                                .anchor = {x - 0.09f, y, wall_z},
                                .height = 0.12f,
                                .colour = kMutedColour,
                                .halign = assets::HAlign::right,
                                .valign = assets::VAlign::middle});
    }
    frame.labels.push_back({.text = "US$ billion per quarter",
                            .anchor = {x, kRibbonHeight + 0.15f, wall_z},
                            .height = 0.12f,
                            .colour = kMutedColour});
    for (const RowInfo& row : layout_.rows) {
        if (interaction.hidden_series.contains(row.series))
            continue;
        // The row behind carries its name higher, so the two names never meet in view.
        const float y = row.z < kLossRowZ ? 0.55f : 0.22f;
        frame.boxes.push_back(box({x - 0.5f, y, row.z}, {0.05f, 0.05f, 0.05f}, row.colour));
        frame.labels.push_back({.text = row.label,
                                .anchor = {x - 0.6f, y, row.z},
                                .height = 0.12f,
                                .colour = kTextColour,
                                .halign = assets::HAlign::right,
                                .valign = assets::VAlign::middle});
    }
}

void TimelineScene::describe_legend(const Interaction& interaction,
                                    render::FrameDescription& frame) const {
    const glm::vec3 origin = layout_.legend_top_left;
    auto wall_label = [&](std::string text, glm::vec3 anchor, float height, glm::vec4 colour) {
        frame.labels.push_back({.text = std::move(text),
                                .anchor = anchor,
                                .height = height,
                                .colour = colour,
                                .halign = assets::HAlign::left,
                                .valign = assets::VAlign::middle,
                                .facing = render::LabelFacing::fixed});
    };
    frame.labels.push_back({.text = title(),
                            .anchor = origin + glm::vec3(-0.05f, 0.25f, 0.0f),
                            .height = 0.3f,
                            .colour = kTextColour,
                            .halign = assets::HAlign::left,
                            .valign = assets::VAlign::bottom,
                            .max_width = kTitleWidth,
                            .facing = render::LabelFacing::fixed});
    wall_label("Events by category", origin + glm::vec3(-0.05f, 0.0f, 0.0f), kLegendTextHeight,
               kMutedColour);
    glm::vec3 row = origin + glm::vec3(0.0f, -kLegendRowHeight, 0.0f);
    for (const CategoryStyle& c : layout_.categories) {
        // A hidden category stays listed, dark, so it can be found and shown again.
        const bool hidden = interaction.hidden_series.contains(event_series(c));
        frame.boxes.push_back(box(row, glm::vec3(kLegendTextHeight * 0.35f),
                                  hidden ? c.colour * kFutureDimming : c.colour));
        wall_label(c.label, row + glm::vec3(0.12f, 0.0f, 0.0f), kLegendTextHeight,
                   hidden ? kFutureTextColour : kTextColour);
        row.y -= kLegendRowHeight;
    }
}

void TimelineScene::describe_playhead(render::FrameDescription& frame) const {
    const float x = playhead_base().x;
    const float top = layout_.label_top + kPlayheadAboveTitles;
    const float z0 = kTitleWallZ + 0.05f;
    const float z1 = playhead_base().z;
    // A sheet across the path and the rows (a gate when walking), with a solid edge post.
    frame.translucent_boxes.push_back(box({x, top * 0.5f, (z0 + z1) * 0.5f},
                                          {0.015f, top * 0.5f, (z1 - z0) * 0.5f},
                                          glm::vec3(kPlayheadColour), 0, kPlayheadOpacity));
    frame.boxes.push_back(
        box({x, top * 0.5f, z1}, {0.02f, top * 0.5f, 0.02f}, glm::vec3(kPlayheadColour)));
    std::string caption = month_label(time_);
    if (const EventMarker* latest = latest_event()) {
        caption += "\nlatest: " + latest->details.period + " \u2013 " + latest->title;
    }
    // The caption reads away from the nearer end, so it stays inside the picture.
    const bool late = time_ > (layout_.first_year + layout_.last_year) * 0.5;
    frame.labels.push_back({.text = caption,
                            .anchor = {x + (late ? 0.1f : -0.1f), top + 0.08f, z1},
                            .height = 0.17f,
                            .colour = kPlayheadColour,
                            .halign = late ? assets::HAlign::right : assets::HAlign::left,
                            .valign = assets::VAlign::bottom,
                            .max_width = 4.0f});
}

void TimelineScene::describe(const Interaction& interaction,
                             render::FrameDescription& frame) const {
    const float start = layout_.x_of(layout_.first_year);
    const float end = layout_.x_of(layout_.last_year);
    frame.grid.min = {start - 4.0f, -4.0f};
    frame.grid.max = {end + 3.0f, kLossRowZ + 5.0f};
    frame.grid.minor_spacing = kMetresPerYear * 0.25f;
    frame.grid.major_spacing = kMetresPerYear;
    frame.grid.fade_start = 14.0f;
    frame.grid.fade_end = 30.0f;

    describe_path(frame);
    describe_events(interaction, frame);
    describe_rows(interaction, frame);
    describe_value_axis(interaction, frame);
    describe_legend(interaction, frame);
    describe_playhead(frame);
}

}  // namespace xrviz::scenes::timeline
