#include "scenes/hall/hall_scene.h"

#include <algorithm>
#include <cmath>

#include "engine/core/error.h"
#include "engine/core/paths.h"
#include "scenes/hall/hall_models.h"
#include "scenes/hall/hall_text.h"

namespace xrviz::scenes::hall {
namespace {

using render::TextLabel;

// Linear colours: cold aisles blue, hot aisles red as on a real hall's floor plan.
constexpr glm::vec4 kClearColour{0.03f, 0.03f, 0.032f, 1.0f};
constexpr glm::vec4 kFloorColour{0.11f, 0.11f, 0.105f, 1.0f};
constexpr glm::vec4 kColdColour{0.1f, 0.3f, 0.85f, 1.0f};
constexpr glm::vec4 kHotColour{0.85f, 0.22f, 0.08f, 1.0f};
constexpr glm::vec4 kSignBoard{0.018f, 0.022f, 0.03f, 1.0f};
constexpr glm::vec4 kHeadline{1.0f, 0.72f, 0.25f, 1.0f};
constexpr glm::vec4 kText{0.92f, 0.93f, 0.95f, 1.0f};
constexpr glm::vec4 kDimText{0.62f, 0.65f, 0.7f, 1.0f};
constexpr glm::vec4 kOutline{0.45f, 0.47f, 0.5f, 1.0f};

// Levels of detail: GPUs within a few racks, servers across a part of the hall, racks as
// the model's few boxes beyond, one box each from the next halls on.
constexpr float kDetailDistance = 10.0f;
constexpr float kBlockDistance = 30.0f;
constexpr float kBoxDistance = 90.0f;
constexpr float kRowDistance = 160.0f;

// The counter hangs over the second cold aisle, facing the aisle's entrance: read at 1:1
// from a few metres in. High and narrow enough that the racks' tops never hide it from
// an eye at 1.6 m in the aisle: half its width stays under (bottom - 1.6 m) x the aisle's
// half width / (rack height - 1.6 m).
constexpr float kCounterX = 8.0f;
constexpr float kCounterBottom = 3.2f;
constexpr float kCounterWidth = 3.2f;
constexpr float kCounterHeight = 1.0f;
struct CounterLine {
    float height;  // metres per line
    glm::vec4 colour;
};
constexpr CounterLine kCounterLines[] = {
    {0.22f, kHeadline}, {0.105f, kText}, {0.105f, kText}, {0.105f, kText}, {0.08f, kDimText}};
constexpr float kCounterGap = 0.065f;

// Facing toward -x: read by someone looking along +x (right is +z).
TextLabel facing_entrance(std::string text, glm::vec3 anchor, float height, glm::vec4 colour) {
    TextLabel l;
    l.text = std::move(text);
    l.anchor = anchor;
    l.height = height;
    l.colour = colour;
    l.halign = assets::HAlign::center;
    l.valign = assets::VAlign::top;
    l.facing = render::LabelFacing::fixed;
    l.right = {0.0f, 0.0f, 1.0f};
    l.up = {0.0f, 1.0f, 0.0f};
    return l;
}

// Lying on the floor, the top of the text toward +x: road markings for someone walking
// along the aisle.
TextLabel on_floor(std::string text, glm::vec3 anchor, float height, glm::vec4 colour) {
    TextLabel l = facing_entrance(std::move(text), anchor, height, colour);
    l.valign = assets::VAlign::middle;
    l.up = {1.0f, 0.0f, 0.0f};
    return l;
}

glm::vec3 counter_anchor(const HallLayout& layout) {
    const float x = std::min(kCounterX, 0.4f * layout.row_length());
    return {x, kCounterBottom + kCounterHeight, layout.cold_aisle_z(0, 1)};
}

}  // namespace

HallScene::HallScene(const data::Dataset& dataset, std::uint32_t gpus)
    : figures_(read_figures(dataset)) {
    HallModels models = load_hall_models(paths::bundled_models_dir());
    placement_ = models.placement;
    const std::uint32_t one_hall =
        figures_.gpus_per_server * figures_.servers_per_rack * figures_.racks_per_hall;
    relayout(gpus == 0 ? std::min(one_hall, kMaxGpus) : gpus);
    // Rows are as long whatever the fleet's size: the row box is made once.
    models.meshes.row_box = make_row_box(models.meshes.rack_box, layout_.fleet.racks_per_row);
    meshes_ = std::make_shared<const render::FleetMeshes>(std::move(models.meshes));
}

void HallScene::relayout(std::uint32_t gpus) {
    layout_ = make_layout(figures_, gpus, placement_);
    const CounterText counter = counter_text(layout_);
    counter_lines_ = {counter.headline, counter.target, counter.power, counter.cost,
                      counter.this_hall};
    fleet_summary_ = fleet_summary(layout_);

    pickables_.clear();
    // The counter's lines: target, power and cost carry their own figures.
    const glm::vec3 top = counter_anchor(layout_);
    const FigureDetails* line_details[] = {&figures_.target_details, &figures_.target_details,
                                           &figures_.power_details, &figures_.price_details,
                                           &figures_.racks_per_hall_details};
    float y = top.y - 0.06f;
    for (std::size_t i = 0; i < std::size(kCounterLines); ++i) {
        const float h = kCounterLines[i].height;
        pickables_.push_back(
            {{top.x - 0.08f, y - h - 0.5f * kCounterGap, top.z - 0.5f * kCounterWidth},
             {top.x + 0.02f, y + 0.5f * kCounterGap, top.z + 0.5f * kCounterWidth},
             *line_details[i]});
        y -= h + kCounterGap;
    }
    // Racks and servers of the first hall; a server's box stands a centimetre proud of its
    // rack's front, so pointing at a server picks the server.
    const std::uint32_t racks = std::min(layout_.racks, figures_.racks_per_hall);
    pickables_.reserve(pickables_.size() + racks * (1 + figures_.servers_per_rack));
    const glm::vec3 half_rack = 0.5f * kRackSize;
    for (std::uint32_t r = 0; r < racks; ++r) {
        const glm::vec3 p = layout_.rack_position(r);
        pickables_.push_back({p - glm::vec3(half_rack.x, 0.0f, half_rack.z),
                              p + glm::vec3(half_rack.x, kRackSize.y, half_rack.z),
                              rack_details(layout_, r)});
    }
    for (std::uint32_t r = 0; r < racks; ++r) {
        const glm::vec3 p = layout_.rack_position(r);
        const float front = layout_.rack_yaw(r) == 0.0f ? 1.0f : -1.0f;
        const float z_front = p.z + front * (half_rack.z + 0.01f);
        const float z_back = p.z + front * (layout_.fleet.server_z - 0.5f * kServerSize.z);
        const std::uint32_t servers =
            (layout_.gpus_in_rack(r) + figures_.gpus_per_server - 1) / figures_.gpus_per_server;
        for (std::uint32_t s = 0; s < servers; ++s) {
            const float bottom = layout_.server_height(s);
            pickables_.push_back(
                {{p.x - 0.5f * kServerSize.x, bottom, std::min(z_front, z_back)},
                 {p.x + 0.5f * kServerSize.x, bottom + kServerSize.y, std::max(z_front, z_back)},
                 server_details(layout_, r, s)});
        }
    }
}

std::string HallScene::title() const {
    return "A data hall at 1:1 \u2014 " + fleet_summary_;
}

std::vector<NamedView> HallScene::views() const {
    const float aisle = layout_.cold_aisle_z(0, 1);
    const glm::vec2 lo = layout_.hall_min(0);
    const glm::vec2 hi = layout_.hall_max(0);
    const glm::vec2 centre = 0.5f * (lo + hi);
    std::vector<NamedView> views{
        {"cold aisle",
         "Standing in a cold aisle at eye height, the counter ahead, a row's open fronts to the "
         "right",
         {{-1.0f, 1.6f, aisle - 0.25f}, {10.0f, 2.0f, aisle + 1.0f}}},
        {"end of row",
         "At the ends of the rows, across the aisles",
         {{-6.0f, 1.6f, aisle - 5.0f}, {2.0f, 0.9f, aisle + 4.0f}}},
        {"overhead",
         "Above the whole hall, its rows across the view",
         {{hi.x + 26.0f, 52.0f, centre.y}, {centre.x + 3.0f, 5.0f, centre.y}}},
    };
    if (layout_.halls > 1) {
        const glm::vec2 far = layout_.hall_max(layout_.halls - 1);
        const glm::vec2 fleet_hi(
            std::max(far.x, layout_.hall_max(layout_.fleet.halls_per_row - 1).x), far.y);
        const glm::vec2 mid = 0.5f * (lo + fleet_hi);
        const float extent = std::max(fleet_hi.x - lo.x, fleet_hi.y - lo.y);
        views.push_back({"far above",
                         "The whole fleet from far above",
                         {{mid.x, 0.85f * extent, fleet_hi.y + 0.35f * extent},
                          {mid.x, 0.0f, mid.y + 0.05f * extent}}});
    }
    return views;
}

std::vector<SceneParameter> HallScene::parameters() const {
    return {{.id = "gpus",
             .label = "GPUs shown",
             .unit = "GPUs",
             .value = static_cast<double>(layout_.fleet.gpu_count),
             .min = 1.0,
             .max = static_cast<double>(kMaxGpus),
             .step = 1.0,
             .logarithmic = true}};
}

void HallScene::set_parameter(std::string_view id, double value) {
    if (id != "gpus")
        Scene::set_parameter(id, value);
    if (!(value >= 1.0 && value <= kMaxGpus)) {
        throw UsageError("hall: parameter gpus must be 1.." + std::to_string(kMaxGpus) + ", not " +
                         std::to_string(value));
    }
    const auto gpus = static_cast<std::uint32_t>(std::lround(value));
    if (gpus != layout_.fleet.gpu_count)
        relayout(gpus);
}

void HallScene::describe(const Interaction& interaction, render::FrameDescription& frame) const {
    frame.clear_colour = kClearColour;
    describe_floor(frame);
    frame.fleet.layout = layout_.fleet;
    frame.fleet.meshes = meshes_;
    frame.fleet.detail_distance = kDetailDistance;
    frame.fleet.block_distance = kBlockDistance;
    frame.fleet.box_distance = kBoxDistance;
    frame.fleet.row_distance = kRowDistance;
    // The models carry their own materials. Black cabinets under a hall's even light read
    // lighter than under the renderer's one sun: the cabinets and servers are lifted.
    frame.fleet.rack_colour = glm::vec4(glm::vec3(2.2f), 1.0f);
    frame.fleet.server_colour = glm::vec4(glm::vec3(1.4f), 1.0f);
    frame.fleet.gpu_colour = glm::vec4(1.0f);
    describe_signs(frame);
    describe_fleet_labels(frame);
    for (const auto& index : {interaction.hovered, interaction.selected}) {
        if (!index || *index >= pickables_.size())
            continue;
        const Pickable& p = pickables_[*index];
        const std::uint32_t flags = (interaction.selected == index ? render::box_selected : 0u) |
                                    (interaction.hovered == index ? render::box_highlighted : 0u);
        frame.translucent_boxes.push_back({.center = 0.5f * (p.min + p.max),
                                           .half_size = 0.5f * (p.max - p.min) + 0.01f,
                                           .flags = flags,
                                           .colour = {1.0f, 0.85f, 0.3f, 0.18f}});
    }
}

void HallScene::describe_floor(render::FrameDescription& frame) const {
    const glm::vec2 lo = layout_.hall_min(0);
    glm::vec2 hi = layout_.hall_max(layout_.halls - 1);
    hi.x = std::max(hi.x, layout_.hall_max(layout_.fleet.halls_per_row - 1).x);
    render::FloorGrid& grid = frame.grid;
    grid.visible = true;
    grid.min = lo;
    grid.max = hi;
    // Raised-floor tiles are 600 mm square.
    grid.minor_spacing = 0.6f;
    grid.major_spacing = 3.0f;
    grid.floor_colour = kFloorColour;
    grid.line_colour = {0.2f, 0.2f, 0.2f, 0.5f};
    grid.fade_start = 12.0f;
    grid.fade_end = 40.0f;

    // Aisles of the first hall: coloured strips with their names on the floor and over
    // their entrances.
    const float x0 = -1.0f;
    const float x1 = layout_.row_length() + 1.0f;
    auto strip = [&](float z, float width, glm::vec4 colour, const std::string& name) {
        frame.boxes.push_back({.center = {0.5f * (x0 + x1), 0.003f, z},
                               .half_size = {0.5f * (x1 - x0), 0.003f, 0.5f * width - 0.05f},
                               .colour = colour * glm::vec4(0.55f, 0.55f, 0.55f, 1.0f)});
        for (float x = 3.0f; x < x1 - 2.0f; x += 9.0f) {
            frame.labels.push_back(on_floor(name, {x, 0.008f, z}, 0.16f, kText));
        }
        frame.labels.push_back(facing_entrance(name, {-0.8f, 2.75f, z}, 0.16f, colour + 0.15f));
    };
    for (std::uint32_t k = 0; k <= layout_.pairs_per_hall; ++k) {
        strip(layout_.cold_aisle_z(0, k), kColdAisle, kColdColour,
              "COLD AISLE " + std::to_string(k + 1));
    }
    for (std::uint32_t k = 0; k < layout_.pairs_per_hall; ++k) {
        strip(layout_.hot_aisle_z(0, k), kHotAisle, kHotColour,
              "HOT AISLE " + std::to_string(k + 1));
    }
    // Every hall's walls, as lines on the floor: seen from above, the fleet's halls.
    for (std::uint32_t h = 0; h < layout_.halls; ++h) {
        const glm::vec2 a = layout_.hall_min(h);
        const glm::vec2 b = layout_.hall_max(h);
        const glm::vec3 corners[4] = {
            {a.x, 0.01f, a.y}, {b.x, 0.01f, a.y}, {b.x, 0.01f, b.y}, {a.x, 0.01f, b.y}};
        for (int i = 0; i < 4; ++i) {
            frame.lines.push_back({corners[i], kOutline});
            frame.lines.push_back({corners[(i + 1) % 4], kOutline});
        }
    }
}

void HallScene::describe_signs(render::FrameDescription& frame) const {
    // The counter: a dark board with its lines in front of it.
    const glm::vec3 top = counter_anchor(layout_);
    frame.boxes.push_back({.center = {top.x + 0.04f, top.y - 0.5f * kCounterHeight, top.z},
                           .half_size = {0.03f, 0.5f * kCounterHeight, 0.5f * kCounterWidth},
                           .colour = kSignBoard});
    float y = top.y - 0.06f;
    for (std::size_t i = 0; i < counter_lines_.size(); ++i) {
        frame.labels.push_back(facing_entrance(counter_lines_[i], {top.x - 0.01f, y, top.z},
                                               kCounterLines[i].height, kCounterLines[i].colour));
        y -= kCounterLines[i].height + kCounterGap;
    }
    // Row names on the end panel of each row of the first hall.
    for (std::uint32_t row = 0; row < layout_.fleet.rows_per_hall; ++row) {
        const std::uint32_t first = row * layout_.fleet.racks_per_row;
        if (first >= layout_.racks)
            break;
        const float z = layout_.rack_position(first).z;
        frame.labels.push_back(
            facing_entrance("Row " + std::to_string(row + 1), {-0.01f, 2.0f, z}, 0.16f, kText));
        frame.labels.push_back(
            facing_entrance(row_contents(layout_), {-0.01f, 1.78f, z}, 0.065f, kDimText));
    }
}

void HallScene::describe_fleet_labels(render::FrameDescription& frame) const {
    // High over the first hall, for the view from above: above the views from the aisle
    // and the end of the rows.
    const glm::vec2 lo = layout_.hall_min(0);
    const glm::vec2 hi = layout_.hall_max(0);
    TextLabel banner;
    banner.text = counter_lines_.back();
    banner.anchor = {0.5f * (lo.x + hi.x) - 8.0f, 24.0f, 0.5f * (lo.y + hi.y)};
    banner.height = 1.2f;
    banner.colour = kText;
    frame.labels.push_back(std::move(banner));
    // One line for the whole fleet, however many halls: the CPU's work per frame does not
    // grow with the fleet (labels are laid out every frame). Above the first hall, or,
    // for many halls, along the front of the fleet.
    TextLabel summary;
    summary.text = fleet_summary_;
    summary.colour = kHeadline;
    summary.anchor = {0.5f * (lo.x + hi.x) - 8.0f, 26.2f, 0.5f * (lo.y + hi.y)};
    summary.height = 1.5f;
    if (layout_.halls > 1) {
        const float right = layout_.hall_max(layout_.fleet.halls_per_row - 1).x;
        const float width = right - lo.x;
        summary.anchor = {0.5f * (lo.x + right), 0.12f * width, lo.y - 0.04f * width};
        summary.height = 0.03f * width;
    }
    frame.labels.push_back(std::move(summary));
}

}  // namespace xrviz::scenes::hall
