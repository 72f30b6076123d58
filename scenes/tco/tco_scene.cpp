#include "scenes/tco/tco_scene.h"

#include <algorithm>
#include <cmath>

#include "engine/data/units.h"
#include "scenes/frame_helpers.h"

namespace xrviz::scenes::tco {
namespace {

constexpr glm::vec4 kBreakEvenColour{1.0f, 0.86f, 0.3f, 1.0f};
constexpr float kBreakEvenOpacity = 0.16f;
constexpr float kTotalLabelHeight = 0.1f;
constexpr float kYearLabelHeight = 0.16f;
constexpr float kColumnLabelHeight = 0.075f;
constexpr float kAxisX = -0.85f;  // left of year 0's own column
constexpr float kWallZ = -kColumnWidth;
constexpr float kFrontZ = kColumnWidth * 0.5f;
// Rows above the chart, from the top tick up.
constexpr float kLegendY = kAxisHeight + 0.45f;
constexpr float kInputsY = kAxisHeight + 0.76f;
constexpr float kTitleY = kAxisHeight + 1.2f;

// Text on the back wall lies flat in it: a title that turns to the viewer would slant in
// perspective, off to the side of the chart.
render::TextLabel wall_label(std::string text, glm::vec3 anchor, float height, glm::vec4 colour,
                             assets::HAlign halign = assets::HAlign::left,
                             assets::VAlign valign = assets::VAlign::baseline) {
    render::TextLabel l = text_label(std::move(text), anchor, height, colour, halign, valign);
    l.facing = render::LabelFacing::fixed;
    return l;
}

void add_line(render::FrameDescription& frame, glm::vec3 a, glm::vec3 b, glm::vec4 colour) {
    frame.lines.push_back({a, colour});
    frame.lines.push_back({b, colour});
}

}  // namespace

TcoScene::TcoScene(const data::Dataset& dataset) {
    TcoDefaults defaults = defaults_from(dataset);
    inputs_ = defaults.inputs;
    origins_ = std::move(defaults.origins);
    relayout();
}

void TcoScene::relayout() {
    layout_ = make_layout(inputs_, origins_);
    pickables_.clear();
    for (const Segment& s : layout_.segments)
        pickables_.push_back({s.center - s.half_size, s.center + s.half_size, s.details});
}

std::string TcoScene::title() const {
    const auto& gpus = input_specs()[input_index("gpus")];
    return "Own or rent: " + format_input(gpus, inputs_.gpus) + " over " +
           format_input(input_specs()[input_index("years")], inputs_.years);
}

std::vector<SceneParameter> TcoScene::parameters() const {
    std::vector<SceneParameter> out;
    for (const InputSpec& spec : input_specs()) {
        out.push_back(SceneParameter{
            .id = std::string(spec.id),
            .label = std::string(spec.label),
            .unit = std::string(spec.unit),
            .value = inputs_.*spec.field,
            .min = spec.min,
            .max = spec.max,
            .step = spec.step,
            .logarithmic = spec.logarithmic,
        });
    }
    return out;
}

void TcoScene::set_parameter(std::string_view id, double value) {
    const SceneParameter parameter = require_parameter(*this, id, value);
    const std::size_t i = input_index(id);
    // Whole-number inputs (GPUs, years) snap, so a slider or --set cannot ask for 2.5 years.
    if (parameter.step == 1.0)
        value = std::round(value);
    inputs_.*input_specs()[i].field = value;
    origins_[i] = InputOrigin{.origin = Origin::person, .status = "set by you"};
    relayout();
}

std::vector<NamedView> TcoScene::views() const {
    // The chart runs from the axis labels on the left to the last cloud column, and from
    // the floor to the title; the overview stands back far enough for both at 16:9.
    const float left = kAxisX - 0.9f;
    const float right = layout_.x_of_year(layout_.last_year()) + kColumnOffset + kColumnWidth;
    const float middle = (left + right) * 0.5f;
    const float width = right - left;
    const float distance = std::max(5.4f, width * 0.68f);
    const float last_x = layout_.x_of_year(layout_.last_year());
    const float break_even_x =
        layout_.break_even ? layout_.break_even->x : layout_.x_of_year(layout_.last_year() / 2.0);
    return {
        {"overview",
         "Every year's columns, the axis and the legend, from the front",
         {{middle, 2.2f, distance}, {middle, 1.9f, 0.0f}}},
        {"break-even",
         "Close to where owning becomes cheaper than renting",
         {{break_even_x + 0.5f, 2.4f, 4.4f}, {break_even_x, 1.7f, 0.0f}}},
        {"final year",
         "The last year's two columns, close up",
         {{last_x + 0.3f, 2.2f, 3.8f}, {last_x - 0.1f, 1.55f, 0.0f}}},
        {"side",
         "The years receding from the front left, at eye height",
         {{kAxisX - 1.2f, 1.7f, 4.6f}, {middle + 1.0f, 1.4f, 0.0f}}},
    };
}

void TcoScene::describe_segments(const Interaction& interaction,
                                 render::FrameDescription& frame) const {
    for (std::size_t i = 0; i < layout_.segments.size(); ++i) {
        const Segment& s = layout_.segments[i];
        frame.boxes.push_back({.center = s.center,
                               .half_size = s.half_size,
                               .flags = pick_flags(i, interaction),
                               .colour = glm::vec4(s.colour, 1.0f)});
    }
    for (std::size_t i = 0; i < layout_.totals.size(); ++i) {
        const ColumnTotal& total = layout_.totals[i];
        if (total.value <= 0.0)
            continue;
        frame.labels.push_back(text_label(total.text, total.top + glm::vec3(0.0f, 0.05f, 0.0f),
                                          kTotalLabelHeight, kLabelColour));
    }
    for (int year = 0; year <= layout_.last_year(); ++year) {
        const float x = layout_.x_of_year(year);
        frame.labels.push_back(text_label("own", {x - kColumnOffset, 0.02f, kFrontZ + 0.3f},
                                          kColumnLabelHeight, kMutedColour));
        frame.labels.push_back(text_label("cloud", {x + kColumnOffset, 0.02f, kFrontZ + 0.3f},
                                          kColumnLabelHeight, kMutedColour));
        frame.labels.push_back(
            text_label(year == 0 ? "year 0 (buy)" : "year " + std::to_string(year),
                       {x, 0.02f, kFrontZ + 0.75f}, kYearLabelHeight, kLabelColour));
    }
}

void TcoScene::describe_axis(render::FrameDescription& frame) const {
    // The axis stands at the left of a back wall; tick lines run along the wall so every
    // column reads against them.
    const float right_x = layout_.x_of_year(layout_.last_year()) + kColumnOffset + kColumnWidth;
    add_line(frame, {kAxisX, 0.0f, kWallZ}, {kAxisX, kAxisHeight, kWallZ}, kAxisColour);
    for (double tick : layout_.ticks.values) {
        const float y = layout_.height_of(tick);
        add_line(frame, {kAxisX - 0.08f, y, kWallZ}, {kAxisX, y, kWallZ}, kAxisColour);
        if (tick > 0.0)
            add_line(frame, {kAxisX, y, kWallZ}, {right_x, y, kWallZ}, kTickLineColour);
        frame.labels.push_back(wall_label(tick_text(tick), {kAxisX - 0.12f, y, kWallZ}, 0.14f,
                                          kMutedColour, assets::HAlign::right,
                                          assets::VAlign::middle));
    }
    frame.labels.push_back(wall_label("cumulative cost, US dollars",
                                      {kAxisX - 0.12f, kAxisHeight + 0.16f, kWallZ}, 0.11f,
                                      kMutedColour));
}

void TcoScene::describe_break_even(render::FrameDescription& frame) const {
    const float top = kAxisHeight;
    if (!layout_.break_even) {
        const float middle = layout_.x_of_year(layout_.last_year() / 2.0);
        frame.labels.push_back(text_label(layout_.no_break_even, {middle, top + 0.12f, 0.0f}, 0.15f,
                                          kBreakEvenColour));
        return;
    }
    // A thin translucent plane across both rows of columns, edged with lines.
    const BreakEven& be = *layout_.break_even;
    const float half_depth = kColumnWidth * 0.9f;
    frame.translucent_boxes.push_back(
        {.center = {be.x, top * 0.5f, 0.0f},
         .half_size = {0.006f, top * 0.5f, half_depth},
         .colour = glm::vec4(glm::vec3(kBreakEvenColour), kBreakEvenOpacity)});
    const glm::vec3 corners[] = {{be.x, 0.0f, -half_depth},
                                 {be.x, top, -half_depth},
                                 {be.x, top, half_depth},
                                 {be.x, 0.0f, half_depth}};
    for (int i = 0; i < 4; ++i)
        add_line(frame, corners[i], corners[(i + 1) % 4], kBreakEvenColour);
    frame.labels.push_back(
        text_label(be.label, {be.x, top + 0.1f, half_depth}, 0.15f, kBreakEvenColour));
}

void TcoScene::describe_captions(render::FrameDescription& frame) const {
    const float left = kAxisX - 0.12f;
    frame.labels.push_back(wall_label(title(), {left, kTitleY, kWallZ}, 0.22f, kLabelColour));

    // The inputs behind every column, assumptions starred.
    const auto value = [&](std::string_view id) {
        const std::size_t i = input_index(id);
        return format_input(input_specs()[i], inputs_.*input_specs()[i].field) +
               (origins_[i].origin == Origin::assumption ? "*" : "");
    };
    const std::string own = "Own: " + value("price") + " per GPU,  " + value("watts") +
                            " per GPU,  PUE " + value("pue") + ",  " + value("usd_per_kwh") +
                            ",  operations " + value("ops_overhead");
    const std::string cloud = "Cloud: " + value("cloud_usd_per_gpu_hour") + ",  used " +
                              value("utilisation") + "        * assumption (docs/tco.md)";
    frame.labels.push_back(wall_label(own, {left, kInputsY + 0.17f, kWallZ}, 0.11f, kMutedColour));
    frame.labels.push_back(wall_label(cloud, {left, kInputsY, kWallZ}, 0.11f, kMutedColour));

    // Legend: a swatch and a name per kind of segment, in one row.
    float x = left + 0.06f;
    for (const SegmentStyle& style : segment_styles()) {
        frame.boxes.push_back({.center = {x, kLegendY, kWallZ},
                               .half_size = glm::vec3(0.06f),
                               .colour = glm::vec4(style.colour, 1.0f)});
        const std::string text = style.label;
        frame.labels.push_back(wall_label(text, {x + 0.11f, kLegendY, kWallZ}, 0.11f, kLabelColour,
                                          assets::HAlign::left, assets::VAlign::middle));
        x += 0.3f + 0.058f * static_cast<float>(text.size());
    }
}

void TcoScene::describe(const Interaction& interaction, render::FrameDescription& frame) const {
    const float right = layout_.x_of_year(layout_.last_year()) + 2.5f;
    frame.grid.min = {kAxisX - 2.5f, kWallZ - 3.0f};
    frame.grid.max = {right, 5.0f};
    frame.grid.minor_spacing = kYearSpacing * 0.5f;
    frame.grid.major_spacing = kYearSpacing;
    describe_segments(interaction, frame);
    describe_axis(frame);
    describe_break_even(frame);
    describe_captions(frame);
}

}  // namespace xrviz::scenes::tco
