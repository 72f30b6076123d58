#include "scenes/campus/campus_scene.h"

#include <algorithm>

#include "engine/data/units.h"
#include "scenes/frame_helpers.h"

namespace xrviz::scenes::campus {
namespace {

constexpr glm::vec4 kGraticuleColour{0.42f, 0.5f, 0.62f, 0.45f};
constexpr glm::vec4 kFrameColour{0.6f, 0.68f, 0.8f, 0.9f};
constexpr glm::vec4 kLeaderColour{0.7f, 0.74f, 0.82f, 0.55f};
constexpr glm::vec3 kLandColour{0.045f, 0.06f, 0.085f};
constexpr float kGhostOpacity = 0.22f;
constexpr float kPlateTop = 0.006f;
constexpr float kGraticuleY = 0.012f;
constexpr float kGraticuleLabelHeight = 0.17f;
constexpr float kLegendTextHeight = 0.17f;

// A label lying flat on the floor, read from the south (+z) like a printed map.
render::TextLabel floor_label(std::string text, glm::vec3 anchor, float height, glm::vec4 colour,
                              assets::HAlign halign = assets::HAlign::center,
                              assets::VAlign valign = assets::VAlign::middle) {
    render::TextLabel l = text_label(std::move(text), anchor, height, colour, halign, valign);
    l.facing = render::LabelFacing::fixed;
    l.right = {1.0f, 0.0f, 0.0f};
    l.up = {0.0f, 0.0f, -1.0f};
    return l;
}

void add_line(render::FrameDescription& frame, glm::vec3 a, glm::vec3 b, glm::vec4 colour) {
    frame.lines.push_back({a, colour});
    frame.lines.push_back({b, colour});
}

// The twelve edges of a box: a site of unknown capacity is an outline, not a solid.
void add_outline(render::FrameDescription& frame, glm::vec3 c, glm::vec3 h, glm::vec4 colour) {
    for (float y : {-h.y, h.y}) {
        add_line(frame, c + glm::vec3(-h.x, y, -h.z), c + glm::vec3(h.x, y, -h.z), colour);
        add_line(frame, c + glm::vec3(h.x, y, -h.z), c + glm::vec3(h.x, y, h.z), colour);
        add_line(frame, c + glm::vec3(h.x, y, h.z), c + glm::vec3(-h.x, y, h.z), colour);
        add_line(frame, c + glm::vec3(-h.x, y, h.z), c + glm::vec3(-h.x, y, -h.z), colour);
    }
    for (float x : {-h.x, h.x}) {
        for (float z : {-h.z, h.z}) {
            add_line(frame, c + glm::vec3(x, -h.y, z), c + glm::vec3(x, h.y, z), colour);
        }
    }
}

}  // namespace

glm::vec3 status_colour(data::ValueStatus status) {
    switch (status) {
        case data::ValueStatus::reported:
            return {0.08f, 0.62f, 0.58f};
        case data::ValueStatus::estimate:
            return {0.93f, 0.55f, 0.12f};
        case data::ValueStatus::derived:
            return {0.45f, 0.55f, 0.95f};
        case data::ValueStatus::guidance:
            return {0.75f, 0.75f, 0.78f};
    }
    return {0.5f, 0.5f, 0.5f};
}

CampusScene::CampusScene(const data::Dataset& dataset) : layout_(make_layout(dataset)) {
    for (const SiteBuilding& site : layout_.sites) {
        // The pick box reaches up to the label, so that the name is as good a target as
        // the building.
        const glm::vec3 min = site.center - site.half_size;
        glm::vec3 max = site.center + site.half_size;
        max.y = site.label_anchor.y;
        pickables_.push_back({min, max, site.details});
    }
}

std::string CampusScene::title() const {
    return "Meta's data-center sites: power, year online, cost";
}

std::vector<NamedView> CampusScene::views() const {
    std::vector<NamedView> views;
    views.push_back(
        {"us", "The United States from the south, every US site in view", layout_.label_view});
    for (const Region& r : layout_.regions) {
        if (!r.inset)
            continue;
        const glm::vec3 centre(r.south_west.x + r.width() * 0.5f, 0.0f,
                               r.south_west.y - r.depth() * 0.5f);
        views.push_back(
            {r.id, "The " + r.label.substr(0, r.label.find(" \u2014")) + " inset",
             view_from_south(centre,
                             std::max(std::max(r.width(), r.depth()) * 1.1f + 1.0f, 4.5f))});
    }
    // The sites with a known capacity are the big ones; frame them together.
    glm::vec3 lo(1e9f), hi(-1e9f);
    for (const SiteBuilding& s : layout_.sites) {
        if (!s.capacity_known)
            continue;
        lo = glm::min(lo, s.center);
        hi = glm::max(hi, s.center);
    }
    if (lo.x <= hi.x) {
        const glm::vec3 centre = (lo + hi) * 0.5f;
        views.push_back(
            {"biggest", "The gigawatt sites, close up",
             view_from_south({centre.x, 0.0f, centre.z}, std::max(hi.x - lo.x, 2.0f) + 1.5f)});
    }
    const float mid_x = (layout_.min_x() + layout_.max_x()) * 0.5f;
    views.push_back(
        {"everything", "Every region with its insets",
         view_from_south({mid_x, 0.0f, 0.0f}, (layout_.max_x() - layout_.min_x()) * 0.7f)});
    return views;
}

void CampusScene::describe_region(const Region& r, render::FrameDescription& frame) const {
    const float west = r.south_west.x;
    const float east = west + r.width();
    const float south = r.south_west.y;
    const float north = south - r.depth();
    // The land plate stands a few millimetres proud of the floor grid, so the two never
    // fight over depth.
    frame.boxes.push_back(
        {.center = {(west + east) * 0.5f, kPlateTop * 0.5f, (south + north) * 0.5f},
         .half_size = {r.width() * 0.5f, kPlateTop * 0.5f, r.depth() * 0.5f},
         .colour = glm::vec4(kLandColour, 1.0f)});
    for (int lat = r.lat_min; lat <= r.lat_max; lat += r.step) {
        const float z = r.to_floor(lat, r.lon_min).y;
        const bool edge = lat == r.lat_min || lat == r.lat_max;
        add_line(frame, {west, kGraticuleY, z}, {east, kGraticuleY, z},
                 edge ? kFrameColour : kGraticuleColour);
        frame.labels.push_back(floor_label(latitude_label(lat), {west - 0.08f, kGraticuleY, z},
                                           kGraticuleLabelHeight, kMutedColour,
                                           assets::HAlign::right));
    }
    for (int lon = r.lon_min; lon <= r.lon_max; lon += r.step) {
        const float x = r.to_floor(r.lat_min, lon).x;
        const bool edge = lon == r.lon_min || lon == r.lon_max;
        add_line(frame, {x, kGraticuleY, south}, {x, kGraticuleY, north},
                 edge ? kFrameColour : kGraticuleColour);
        frame.labels.push_back(floor_label(longitude_label(lon), {x, kGraticuleY, south + 0.06f},
                                           kGraticuleLabelHeight, kMutedColour,
                                           assets::HAlign::center, assets::VAlign::top));
    }
    frame.labels.push_back(text_label(r.label, r.title_anchor(), r.title_height(), kLabelColour,
                                      assets::HAlign::center, assets::VAlign::bottom));
}

void CampusScene::describe_site(std::size_t index, const Interaction& interaction,
                                render::FrameDescription& frame) const {
    const SiteBuilding& site = layout_.sites[index];
    const glm::vec3 colour = status_colour(site.status);
    const std::uint32_t flags = pick_flags(index, interaction);
    if (site.capacity_known) {
        frame.boxes.push_back({.center = site.center,
                               .half_size = site.half_size,
                               .flags = flags,
                               .colour = glm::vec4(colour, 1.0f)});
    } else {
        frame.translucent_boxes.push_back({.center = site.center,
                                           .half_size = site.half_size,
                                           .flags = flags,
                                           .colour = glm::vec4(colour, kGhostOpacity)});
        add_outline(frame, site.center, site.half_size, glm::vec4(colour, 1.0f));
    }
    const glm::vec3 top = site.center + glm::vec3(0.0f, site.half_size.y, 0.0f);
    add_line(frame, top, site.label_anchor, kLeaderColour);
    const bool full = interaction.hovered == index || interaction.selected == index;
    render::TextLabel l =
        text_label(full ? full_label(site) : short_label(site), site.label_anchor, kLabelHeight,
                   site.capacity_known ? kLabelColour : kMutedColour, site.label_halign,
                   assets::VAlign::bottom);
    frame.labels.push_back(std::move(l));
}

void CampusScene::describe_legend(render::FrameDescription& frame) const {
    // Two rows of two in front of the US map, where the camera of the first view looks
    // over them.
    const Region& us = layout_.region("us");
    const float left = us.south_west.x + us.width() * 0.16f;
    const float column = us.width() * 0.4f;
    int slot = 0;
    auto entry = [&](glm::vec3 colour, bool outline, float side, const std::string& text) {
        const float x = left + static_cast<float>(slot % 2) * column;
        const float z = us.south_west.y + 0.55f + static_cast<float>(slot / 2) * 0.6f;
        ++slot;
        const glm::vec3 centre(x + side * 0.5f, kUnknownHeight * 0.5f, z);
        const glm::vec3 half(side * 0.5f, kUnknownHeight * 0.5f, side * 0.5f);
        if (outline) {
            frame.translucent_boxes.push_back(
                {.center = centre, .half_size = half, .colour = glm::vec4(colour, kGhostOpacity)});
            add_outline(frame, centre, half, glm::vec4(colour, 1.0f));
        } else {
            frame.boxes.push_back(
                {.center = centre, .half_size = half, .colour = glm::vec4(colour, 1.0f)});
        }
        // Upright and facing south rather than turning to the eye: billboards this far
        // off the view's centre lean in the picture.
        render::TextLabel l =
            text_label(text, {x + side + 0.12f, 0.0f, z + half.z}, kLegendTextHeight, kLabelColour,
                       assets::HAlign::left, assets::VAlign::bottom);
        l.facing = render::LabelFacing::fixed;
        frame.labels.push_back(std::move(l));
    };
    entry(status_colour(data::ValueStatus::reported), false, kUnknownSide,
          "reported: Meta or press figures");
    entry(status_colour(data::ValueStatus::estimate), false, kUnknownSide,
          "estimate: third-party campus table");
    entry(kMutedColour, true, kUnknownSide, "outline: capacity unknown, size means nothing");
    entry(kMutedColour, false, footprint_side(1000.0), "1 GW: footprint area proportional to MW");
}

void CampusScene::describe(const Interaction& interaction, render::FrameDescription& frame) const {
    frame.grid.min = {layout_.min_x() - 3.0f, -8.0f};
    frame.grid.max = {layout_.max_x() + 3.0f, 9.0f};
    frame.grid.minor_spacing = 1.0f;
    frame.grid.major_spacing = 5.0f;
    frame.grid.line_colour.a = 0.15f;
    for (const Region& r : layout_.regions)
        describe_region(r, frame);
    if (!interaction.hidden_series.contains(kSitesSeries)) {
        for (std::size_t i = 0; i < layout_.sites.size(); ++i)
            describe_site(i, interaction, frame);
    }
    describe_legend(frame);
    const Region& us = layout_.region("us");
    frame.labels.push_back(text_label(
        title(), {us.south_west.x + us.width() * 0.5f, 1.4f, us.south_west.y - us.depth() - 0.6f},
        0.36f, kLabelColour));
}

}  // namespace xrviz::scenes::campus
