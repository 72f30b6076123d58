#include "scenes/skyline/skyline_scene.h"

#include <algorithm>

#include "engine/data/units.h"
#include "scenes/frame_helpers.h"
#include "scenes/value_axis.h"

namespace xrviz::scenes::skyline {
namespace {

constexpr float kValueLabelHeight = 0.13f;
constexpr float kYearLabelHeight = 0.16f;
constexpr float kGuidanceOpacity = 0.38f;

}  // namespace

SkylineScene::SkylineScene(const data::Dataset& dataset) : layout_(make_layout(dataset)) {
    for (const Bar& bar : layout_.bars) {
        pickables_.push_back({bar.center - bar.half_size, bar.center + bar.half_size, bar.details});
    }
    if (layout_.guidance) {
        const RangeBar& g = *layout_.guidance;
        pickables_.push_back({g.center - g.half_size, g.center + g.half_size, g.details});
    }
    for (const char* id : {kCapexSeries, kLossSeries, kGuidanceSeries}) {
        if (const data::Series* s = dataset.find_series(id)) {
            toggles_.push_back({s->id, s->label, glm::vec3(s->colour[0], s->colour[1], s->colour[2])});
        }
    }
    capex_label_ = dataset.find_series(kCapexSeries)->label;
    const data::UnitInfo* unit = data::find_unit(layout_.unit);
    unit_label_ = unit ? std::string(unit->label) : layout_.unit;
    loss_label_ = dataset.find_series(kLossSeries)->label;
}

std::string SkylineScene::title() const {
    return "Meta capital expenditure vs Reality Labs operating loss, " +
           std::to_string(layout_.first_year) + "\u2013" + std::to_string(layout_.last_year);
}

std::vector<NamedView> SkylineScene::views() const {
    const float middle = layout_.x_of_year((layout_.first_year + layout_.last_year) / 2) +
                         ((layout_.last_year - layout_.first_year) % 2 ? kYearSpacing * 0.5f : 0.0f);
    const float far_x = layout_.x_of_year(layout_.last_year);
    const float capex_2025_x = layout_.x_of_year(layout_.last_year - (layout_.guidance ? 1 : 0));
    return {
        {"overview", "The whole skyline from the front, slightly above",
         {{middle, 3.3f, 8.0f}, {middle, 0.95f, 0.3f}}},
        {"front", "Straight on at eye height", {{middle, 1.6f, 8.0f}, {middle, 1.3f, 0.5f}}},
        {"latest", "Close to the latest year and the guidance range",
         {{capex_2025_x + 1.6f, 1.8f, 3.2f}, {capex_2025_x + 0.3f, 1.4f, -0.4f}}},
        {"walk", "Standing between the two rows, looking along the years",
         {{-1.2f, 1.6f, (kCapexRowZ + kLossRowZ) * 0.5f}, {far_x, 1.2f, (kCapexRowZ + kLossRowZ) * 0.5f}}},
    };
}

std::vector<SeriesToggle> SkylineScene::series() const { return toggles_; }

void SkylineScene::describe_axis(render::FrameDescription& frame) const {
    // The value axis stands on the left of a back wall behind the capex row.
    describe_value_axis({.ticks = &layout_.ticks,
                         .metres_per_unit = layout_.metres_per_unit,
                         .unit = layout_.unit,
                         .x = layout_.x_of_year(layout_.first_year) - kYearSpacing * 0.75f,
                         .right_x = layout_.x_of_year(layout_.last_year) + kBarWidth,
                         .wall_z = kCapexRowZ - kBarWidth},
                        frame);
}

void SkylineScene::describe_captions(const Interaction& interaction,
                                     render::FrameDescription& frame) const {
    const float centre_x = (layout_.x_of_year(layout_.first_year) +
                            layout_.x_of_year(layout_.last_year)) * 0.5f;
    frame.labels.push_back(text_label(title(), {centre_x, kAxisHeight + 0.35f, kCapexRowZ - kBarWidth},
                                 0.22f, kLabelColour));
    const float row_label_x = layout_.x_of_year(layout_.first_year) - kBarWidth * 0.75f;
    auto row_label = [&](const char* series, const std::string& text, float z) {
        if (interaction.hidden_series.contains(series)) return;
        // The full label, with its qualifiers, is in the details panel; the floor gets the
        // short name.
        frame.labels.push_back(text_label(text.substr(0, text.find(" (")), {row_label_x, 0.05f, z},
                                     0.12f, kMutedColour, assets::HAlign::right,
                                     assets::VAlign::bottom));
    };
    row_label(kCapexSeries, capex_label_, kCapexRowZ);
    row_label(kLossSeries, loss_label_, kLossRowZ);

    const float front_z = kLossRowZ + kBarWidth * 0.5f;
    for (int year = layout_.first_year; year <= layout_.last_year; ++year) {
        frame.labels.push_back(text_label(std::to_string(year),
                                     {layout_.x_of_year(year), 0.02f, front_z + 0.3f},
                                     kYearLabelHeight, kLabelColour));
    }
    const bool any_older = std::any_of(layout_.bars.begin(), layout_.bars.end(),
                                       [](const Bar& b) { return b.older_basis; });
    if (any_older && !interaction.hidden_series.contains(kCapexSeries)) {
        frame.labels.push_back(text_label(
            "\u2020 2017\u20132018: capital expenditures before finance-lease payments were "
            "counted; all amounts in " + unit_label_,
            {centre_x, 0.02f, front_z + 0.9f}, 0.11f, kMutedColour));
    }
}

void SkylineScene::describe(const Interaction& interaction, render::FrameDescription& frame) const {
    const float left = layout_.x_of_year(layout_.first_year) - 2.5f;
    const float right = layout_.x_of_year(layout_.last_year) + 2.5f;
    frame.grid.min = {left, kCapexRowZ - 3.0f};
    frame.grid.max = {right, kLossRowZ + 5.0f};
    frame.grid.minor_spacing = kYearSpacing * 0.5f;
    frame.grid.major_spacing = kYearSpacing;

    for (std::size_t i = 0; i < layout_.bars.size(); ++i) {
        const Bar& bar = layout_.bars[i];
        if (interaction.hidden_series.contains(bar.series)) continue;
        frame.boxes.push_back({.center = bar.center,
                               .half_size = bar.half_size,
                               .flags = pick_flags(i, interaction),
                               .colour = glm::vec4(bar.colour, 1.0f)});
        frame.labels.push_back(text_label(bar.value_label,
                                     bar.center + glm::vec3(0.0f, bar.half_size.y + 0.06f, 0.0f),
                                     kValueLabelHeight, kLabelColour));
    }
    if (layout_.guidance && !interaction.hidden_series.contains(kGuidanceSeries)) {
        const RangeBar& g = *layout_.guidance;
        const std::size_t index = layout_.bars.size();
        frame.translucent_boxes.push_back({.center = g.center,
                                           .half_size = g.half_size,
                                           .flags = pick_flags(index, interaction),
                                           .colour = glm::vec4(g.colour, kGuidanceOpacity)});
        const glm::vec3 top = g.center + glm::vec3(0.0f, g.half_size.y + 0.06f, 0.0f);
        frame.labels.push_back(text_label(g.label, top + glm::vec3(0.0f, 0.17f, 0.0f),
                                     kValueLabelHeight, kLabelColour));
        frame.labels.push_back(text_label(g.issued, top, kValueLabelHeight * 0.8f, kMutedColour));
    }
    describe_axis(frame);
    describe_captions(interaction, frame);
}

}  // namespace xrviz::scenes::skyline
