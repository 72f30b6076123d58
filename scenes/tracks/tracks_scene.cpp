#include "scenes/tracks/tracks_scene.h"

#include <algorithm>

#include "engine/data/units.h"
#include "scenes/frame_helpers.h"
#include "scenes/skyline/skyline_layout.h"
#include "scenes/value_axis.h"

namespace xrviz::scenes::tracks {
namespace {

constexpr glm::vec3 kMarkColour{0.95f, 0.93f, 0.85f};
constexpr float kValueLabelHeight = 0.13f;
constexpr float kYearLabelHeight = 0.16f;
constexpr float kGuidanceOpacity = 0.38f;

template <typename Figure>
Pickable pickable_of(const Figure& f) {
    return {f.center - f.half_size, f.center + f.half_size, f.details};
}

bool is_last_of_track(const Layout& layout, std::size_t i) {
    return i + 1 == layout.bars.size() || layout.bars[i + 1].track != layout.bars[i].track;
}

}  // namespace

TracksScene::TracksScene(const data::Dataset& dataset) : layout_(make_layout(dataset)) {
    for (const CumulativeBar& bar : layout_.bars)
        pickables_.push_back(pickable_of(bar));
    if (layout_.guidance)
        pickables_.push_back(pickable_of(*layout_.guidance));
    if (layout_.reported_loss)
        pickables_.push_back(pickable_of(*layout_.reported_loss));

    auto toggle = [&](const char* id, const std::string& label, const char* series_id) {
        if (const data::Series* s = dataset.find_series(series_id))
            toggles_.push_back({id, label, glm::vec3(s->colour[0], s->colour[1], s->colour[2])});
    };
    toggle(kCapexTrack, "Capex running total", kCapexSeries);
    toggle(kLossTrack, "Reality Labs operating loss running total", kLossSeries);
    toggle(kGuidanceSeries, "Capex guidance on top of the total", kGuidanceSeries);
    if (layout_.reported_loss) {
        toggle(kReportedCumulativeLossSeries, "Reality Labs cumulative loss as Meta reports it",
               kReportedCumulativeLossSeries);
    }
    const data::UnitInfo* unit = data::find_unit(layout_.unit);
    unit_label_ = unit ? std::string(unit->label) : layout_.unit;
}

std::string TracksScene::title() const {
    return "Running totals: Meta capex (AI infrastructure) vs Reality Labs operating losses "
           "(AR/VR)";
}

std::vector<NamedView> TracksScene::views() const {
    const float first_x = layout_.x_of_year(layout_.first_year);
    const float last_x = layout_.x_of_year(layout_.last_year);
    const float middle = (first_x + last_x) * 0.5f;
    const float mid_z = (kCapexTrackZ + kLossTrackZ) * 0.5f;
    const float data_x = layout_.x_of_year(layout_.bars.back().year);  // the last totals
    return {
        {"overview",
         "Both tracks from the front, slightly above",
         {{middle, 2.7f, 7.9f}, {middle, 1.6f, 0.3f}}},
        {"latest",
         "The last totals and the guidance range, close up",
         {{data_x + 0.9f, 2.5f, 6.2f}, {data_x - 0.4f, 1.8f, 0.2f}}},
        {"reality_labs",
         "The Reality Labs track and Meta's own cumulative figure",
         {{data_x + 0.4f, 1.5f, 5.4f}, {data_x - 0.9f, 0.55f, kLossTrackZ}}},
        {"walk",
         "Standing between the tracks, looking along the years",
         {{first_x - 1.2f, 1.6f, mid_z}, {last_x, 1.2f, mid_z}}},
    };
}

void TracksScene::describe_bars(const Interaction& interaction,
                                render::FrameDescription& frame) const {
    for (std::size_t i = 0; i < layout_.bars.size(); ++i) {
        const CumulativeBar& bar = layout_.bars[i];
        if (interaction.hidden_series.contains(bar.track))
            continue;
        const std::uint32_t flags = pick_flags(i, interaction);
        const float total_height = bar.half_size.y * 2.0f;
        if (bar.carried_height > 0.0f) {
            frame.boxes.push_back(
                {.center = {bar.center.x, bar.carried_height * 0.5f, bar.center.z},
                 .half_size = {bar.half_size.x, bar.carried_height * 0.5f, bar.half_size.z},
                 .flags = flags,
                 .colour = glm::vec4(bar.colour * kCarriedShade, 1.0f)});
        }
        const float added_height = total_height - bar.carried_height;
        frame.boxes.push_back(
            {.center = {bar.center.x, bar.carried_height + added_height * 0.5f, bar.center.z},
             .half_size = {bar.half_size.x, added_height * 0.5f, bar.half_size.z},
             .flags = flags,
             .colour = glm::vec4(bar.colour, 1.0f)});
        const glm::vec3 top = bar.center + glm::vec3(0.0f, bar.half_size.y + 0.06f, 0.0f);
        if (is_last_of_track(layout_, i)) {
            // The last total names the years it sums: the tracks start in different years.
            frame.labels.push_back(
                text_label("sum " + bar.span_label, top, kValueLabelHeight * 0.85f, kMutedColour));
            frame.labels.push_back(text_label(bar.total_label, top + glm::vec3(0.0f, 0.16f, 0.0f),
                                              kValueLabelHeight * 1.15f, kLabelColour));
        } else {
            frame.labels.push_back(
                text_label(bar.total_label, top, kValueLabelHeight, kLabelColour));
        }
    }
}

void TracksScene::describe_ranges(const Interaction& interaction,
                                  render::FrameDescription& frame) const {
    std::size_t index = layout_.bars.size();
    if (layout_.guidance) {
        const GuidanceRange& g = *layout_.guidance;
        if (!interaction.hidden_series.contains(kGuidanceSeries) &&
            !interaction.hidden_series.contains(kCapexTrack)) {
            frame.translucent_boxes.push_back({.center = g.center,
                                               .half_size = g.half_size,
                                               .flags = pick_flags(index, interaction),
                                               .colour = glm::vec4(g.colour, kGuidanceOpacity)});
            // Left of the range, over the last total: the range reaches the top of the axis,
            // and the air above the last bars is empty.
            const glm::vec3 side =
                g.center + glm::vec3(-g.half_size.x - 0.15f, 0.0f, g.half_size.z);
            frame.labels.push_back(text_label(g.label, side + glm::vec3(0.0f, 0.03f, 0.0f),
                                              kValueLabelHeight, kLabelColour,
                                              assets::HAlign::right, assets::VAlign::bottom));
            frame.labels.push_back(text_label(g.detail, side, kValueLabelHeight * 0.8f,
                                              kMutedColour, assets::HAlign::right,
                                              assets::VAlign::top));
        }
        ++index;
    }
    if (layout_.reported_loss &&
        !interaction.hidden_series.contains(kReportedCumulativeLossSeries)) {
        const ReportedMark& m = *layout_.reported_loss;
        frame.boxes.push_back({.center = m.center,
                               .half_size = m.half_size,
                               .flags = pick_flags(index, interaction),
                               .colour = glm::vec4(kMarkColour, 1.0f)});
        // Beside the bar, at its height, in front: the next year on this track is empty.
        frame.labels.push_back(text_label(
            m.label, m.center + glm::vec3(m.half_size.x + 0.08f, 0.0f, m.half_size.z),
            kValueLabelHeight * 0.85f, kLabelColour, assets::HAlign::left, assets::VAlign::middle));
    }
}

void TracksScene::describe_captions(const Interaction& interaction,
                                    render::FrameDescription& frame) const {
    const float first_x = layout_.x_of_year(layout_.first_year);
    const float last_x = layout_.x_of_year(layout_.last_year);
    const float centre_x = (first_x + last_x) * 0.5f;
    frame.labels.push_back(text_label(
        title(), {centre_x, kAxisHeight + 0.45f, kCapexTrackZ - kBarWidth}, 0.2f, kLabelColour));
    // A track that starts with the first year is named left of it; one that starts later
    // is named in its own empty years, which say why they are empty rather than being left
    // to look like zeros.
    for (const char* track : {kCapexTrack, kLossTrack}) {
        if (interaction.hidden_series.contains(track))
            continue;
        const auto first = std::find_if(layout_.bars.begin(), layout_.bars.end(),
                                        [&](const CumulativeBar& b) { return b.track == track; });
        if (first == layout_.bars.end())
            continue;
        const std::string name = first->track == kCapexTrack ? "Capex" : "Reality Labs loss";
        const std::string from = std::to_string(first->first_year);
        if (first->first_year == layout_.first_year) {
            frame.labels.push_back(text_label(name + ", running total from " + from,
                                              {first_x - kBarWidth * 0.75f, 0.05f, first->center.z},
                                              0.12f, kMutedColour, assets::HAlign::right,
                                              assets::VAlign::bottom));
        } else {
            const float gap_x = (first_x + layout_.x_of_year(first->first_year - 1)) * 0.5f;
            frame.labels.push_back(
                text_label(name + ":\nrunning total from " + from + ";\nno annual figure before",
                           {gap_x, 0.05f, first->center.z}, 0.11f, kMutedColour,
                           assets::HAlign::center, assets::VAlign::bottom));
        }
    }
    const float front_z = kLossTrackZ + kBarWidth * 0.5f;
    for (int year = layout_.first_year; year <= layout_.last_year; ++year) {
        frame.labels.push_back(text_label(std::to_string(year),
                                          {layout_.x_of_year(year), 0.02f, front_z + 0.3f},
                                          kYearLabelHeight, kLabelColour));
    }
    const bool any_older =
        std::any_of(layout_.bars.begin(), layout_.bars.end(),
                    [](const CumulativeBar& b) { return b.includes_older_basis; });
    std::string footnote =
        "Each bar: the sum of every year from its track's first; dark = earlier "
        "years, bright = that year.\nCapex is all of Meta's capital expenditure, not AI "
        "alone. All amounts in " +
        unit_label_ + ".";
    if (any_older) {
        footnote += "\n\u2020 Capex sums include " +
                    std::to_string(layout_.bars.front().first_year) + "\u2013" +
                    std::to_string(skyline::kFirstYearWithFinanceLeases - 1) +
                    " on the older basis (before finance-lease principal was counted).";
    }
    frame.labels.push_back(text_label(footnote, {centre_x, 0.02f, front_z + 0.9f}, 0.11f,
                                      kMutedColour, assets::HAlign::center, assets::VAlign::top));
}

void TracksScene::describe(const Interaction& interaction, render::FrameDescription& frame) const {
    const float left = layout_.x_of_year(layout_.first_year) - 2.5f;
    const float right = layout_.x_of_year(layout_.last_year) + 2.5f;
    frame.grid.min = {left, kCapexTrackZ - 3.0f};
    frame.grid.max = {right, kLossTrackZ + 5.0f};
    frame.grid.minor_spacing = kYearSpacing * 0.5f;
    frame.grid.major_spacing = kYearSpacing;
    describe_bars(interaction, frame);
    describe_ranges(interaction, frame);
    describe_value_axis({.ticks = &layout_.ticks,
                         .metres_per_unit = layout_.metres_per_unit,
                         .unit = layout_.unit,
                         .x = layout_.x_of_year(layout_.first_year) - kYearSpacing * 0.75f,
                         .right_x = layout_.x_of_year(layout_.last_year) + kBarWidth,
                         .wall_z = kCapexTrackZ - kBarWidth},
                        frame);
    describe_captions(interaction, frame);
}

}  // namespace xrviz::scenes::tracks
