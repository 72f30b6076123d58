#include "scenes/campus/campus_layout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "engine/core/error.h"
#include "engine/data/units.h"
#include "engine/render/view.h"

namespace xrviz::scenes::campus {
namespace {

constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;
// Text width estimate for overlap tests: DejaVu Sans advances a little over half a line
// height per character, on average over names like these.
constexpr float kAdvancePerHeight = 0.58f;

std::string money_label(double usd_billion) {
    return data::format_value(usd_billion, "USD_billion");
}

std::string cost_label_of(const data::Site& site) {
    if (!site.cost_usd_billion)
        return "cost undisclosed";
    std::string text = money_label(*site.cost_usd_billion);
    if (site.status == data::ValueStatus::estimate)
        text += " (estimate)";
    return text;
}

FigureDetails details_of(const data::Dataset& dataset, const data::Site& site,
                         const SiteBuilding& building) {
    FigureDetails d;
    d.series = kSitesSeries;
    d.series_label = site.name;
    // The period is the year the site comes online; the period slider then hides sites not
    // yet built. Unknown stays empty rather than guessed.
    d.period = site.online_year ? std::to_string(*site.online_year) : "";
    d.value = site.capacity_mw.value_or(0.0);
    d.unit = "MW";
    d.display_value = building.power_label;
    d.status = std::string(data::to_string(site.status));
    if (const data::Source* source = dataset.find_source(site.source)) {
        d.source_title = source->title;
        d.source_url = source->url;
    }
    d.note = site.location + ". " + building.year_label + "; cost " +
             (site.cost_usd_billion ? building.cost_label : "undisclosed") + ". " + site.note;
    return d;
}

float text_width(const std::string& text, float line_height) {
    std::size_t longest = 0, line = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            longest = std::max(longest, line);
            line = 0;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++line;  // one per UTF-8 code point, not per byte
        }
    }
    return static_cast<float>(longest) * line_height * kAdvancePerHeight;
}

std::size_t line_count(const std::string& text) {
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

struct PixelBox {
    float left, right, top, bottom;
    bool overlaps(const PixelBox& o) const {
        return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
    }
};

constexpr int kDesignWidth = 1280;
constexpr int kDesignHeight = 720;
constexpr float kPixelMargin = 3.0f;

std::optional<glm::vec2> pixel(const render::View& view, glm::vec3 p) {
    return render::project_to_pixel(view, p, kDesignWidth, kDesignHeight);
}

// The picture rectangle of a building: its eight corners, projected.
std::optional<PixelBox> building_box(const render::View& view, const SiteBuilding& site) {
    PixelBox box{1e9f, -1e9f, 1e9f, -1e9f};
    for (float x : {-1.0f, 1.0f})
        for (float y : {-1.0f, 1.0f})
            for (float z : {-1.0f, 1.0f}) {
                const auto p = pixel(view, site.center + site.half_size * glm::vec3(x, y, z));
                if (!p)
                    return std::nullopt;
                box = {std::min(box.left, p->x), std::max(box.right, p->x), std::min(box.top, p->y),
                       std::max(box.bottom, p->y)};
            }
    return box;
}

// The picture rectangle of a label whose bottom is at `anchor`, running from it as
// `halign` says. Labels are billboards: they turn about the vertical to face the eye, so
// their "right" is across the line of sight, not along x.
std::optional<PixelBox> label_box(const render::View& view, const std::string& text,
                                  float line_height, glm::vec3 anchor, assets::HAlign halign) {
    const glm::vec3 to_eye(view.eye.x - anchor.x, 0.0f, view.eye.z - anchor.z);
    const glm::vec3 right = glm::normalize(glm::cross(glm::vec3(0.0f, 1.0f, 0.0f), to_eye));
    const float width = text_width(text, line_height);
    const float from = halign == assets::HAlign::center ? -width * 0.5f
                       : halign == assets::HAlign::left ? 0.0f
                                                        : -width;
    const float height = static_cast<float>(line_count(text)) * line_height;
    PixelBox box{1e9f, -1e9f, 1e9f, -1e9f};
    for (float x : {from, from + width}) {
        for (float y : {0.0f, height}) {
            const auto p = pixel(view, anchor + right * x + glm::vec3(0.0f, y, 0.0f));
            if (!p)
                return std::nullopt;
            box = {std::min(box.left, p->x), std::max(box.right, p->x), std::min(box.top, p->y),
                   std::max(box.bottom, p->y)};
        }
    }
    return PixelBox{box.left - kPixelMargin, box.right + kPixelMargin, box.top - kPixelMargin,
                    box.bottom + kPixelMargin};
}

// Greedy, in the picture of `pose` (the first view): the largest sites pick first and keep
// the lowest level; every later label takes the lowest level, centred or else off to one
// side of its leader, where it covers no label already placed and no building.
void stagger_labels(std::vector<SiteBuilding>& sites, const std::vector<Region>& regions,
                    const CameraPose& pose) {
    const render::View view =
        render::look_at(pose.eye, pose.target, glm::radians(kDesignFieldOfViewDegrees),
                        static_cast<float>(kDesignWidth) / kDesignHeight);
    std::vector<PixelBox> placed;
    for (const SiteBuilding& site : sites) {
        if (const auto box = building_box(view, site))
            placed.push_back(*box);
    }
    for (const Region& r : regions) {
        const auto box =
            label_box(view, r.label, r.title_height(), r.title_anchor(), assets::HAlign::center);
        if (box)
            placed.push_back(*box);
    }
    constexpr assets::HAlign kSides[] = {assets::HAlign::center, assets::HAlign::left,
                                         assets::HAlign::right};
    for (SiteBuilding& site : sites) {
        const std::string text = short_label(site);
        const float building_top = site.center.y + site.half_size.y;
        // Sites outside that picture (the insets) stand apart anyway: centred, lowest level.
        const auto seen = pixel(view, site.center);
        if (!seen || seen->x < 0.0f || seen->x > kDesignWidth || seen->y < 0.0f ||
            seen->y > kDesignHeight) {
            site.label_anchor = {site.center.x, building_top + kLeaderBase, site.center.z};
            continue;
        }
        for (int level = 0; site.label_anchor.y == 0.0f; ++level) {
            const float y = building_top + kLeaderBase + static_cast<float>(level) * kLevelStep;
            const glm::vec3 anchor(site.center.x, y, site.center.z);
            for (assets::HAlign halign : kSides) {
                const auto box = label_box(view, text, kLabelHeight, anchor, halign);
                const bool clash =
                    box && std::any_of(placed.begin(), placed.end(),
                                       [&](const PixelBox& p) { return box->overlaps(p); });
                if (clash)
                    continue;
                if (box)
                    placed.push_back(*box);
                site.label_level = level;
                site.label_anchor = anchor;
                site.label_halign = halign;
                break;
            }
        }
    }
}

}  // namespace

bool Region::contains(double lat, double lon) const {
    return lat >= lat_min && lat <= lat_max && lon >= lon_min && lon <= lon_max;
}

glm::vec2 Region::to_floor(double lat, double lon) const {
    const double x_scale = std::cos(standard_parallel * kRadiansPerDegree);
    return {south_west.x + static_cast<float>((lon - lon_min) * x_scale) * kMetresPerDegree,
            south_west.y - static_cast<float>(lat - lat_min) * kMetresPerDegree};
}

glm::vec3 Region::title_anchor() const {
    return {south_west.x + width() * 0.5f, 0.05f, south_west.y - depth() - 0.15f};
}

float Region::title_height() const {
    return inset ? 0.2f : 0.26f;
}

float Region::width() const {
    return to_floor(lat_min, lon_max).x - south_west.x;
}
float Region::depth() const {
    return south_west.y - to_floor(lat_max, lon_min).y;
}

const Region& Layout::region(std::string_view id) const {
    for (const Region& r : regions)
        if (r.id == id)
            return r;
    fail("campus: no map region '" + std::string(id) + "'");
}

float Layout::min_x() const {
    float x = regions.front().south_west.x;
    for (const Region& r : regions)
        x = std::min(x, r.south_west.x);
    return x;
}

float Layout::max_x() const {
    float x = regions.front().south_west.x;
    for (const Region& r : regions)
        x = std::max(x, r.south_west.x + r.width());
    return x;
}

std::vector<Region> default_regions() {
    Region us{.id = "us",
              .label = "United States (Europe and Singapore: insets to the east \u2192)",
              .lat_min = 25,
              .lat_max = 50,
              .lon_min = -125,
              .lon_max = -70,
              .step = 5,
              .standard_parallel = 37.5};
    us.south_west = {-us.width() * 0.5f, us.depth() * 0.5f};
    const float north_edge = us.south_west.y - us.depth();
    const float inset_x = us.south_west.x + us.width() + 4.5f;

    Region europe{.id = "europe",
                  .label = "Europe \u2014 inset, same scale",
                  .lat_min = 50,
                  .lat_max = 68,
                  .lon_min = -10,
                  .lon_max = 25,
                  .step = 5,
                  .standard_parallel = 59.0,
                  .inset = true};
    europe.south_west = {inset_x, north_edge + europe.depth()};

    Region singapore{.id = "singapore",
                     .label = "Singapore \u2014 inset, same scale",
                     .lat_min = -2,
                     .lat_max = 4,
                     .lon_min = 100,
                     .lon_max = 106,
                     .step = 2,  // 1° lines stand too close for their labels at this scale
                     .standard_parallel = 1.0,
                     .inset = true};
    singapore.south_west = {inset_x, europe.south_west.y + 1.2f + singapore.depth()};
    return {us, europe, singapore};
}

float footprint_side(double megawatts) {
    return std::sqrt(static_cast<float>(megawatts) / 1000.0f * kSquareMetresPerGigawatt);
}

std::string short_name(std::string_view name) {
    std::string text(name.substr(0, name.find(" (")));
    constexpr std::string_view suffix = " data center";
    if (text.size() > suffix.size() && text.ends_with(suffix))
        text.resize(text.size() - suffix.size());
    return text;
}

CameraPose view_from_south(glm::vec3 target, float distance) {
    const float pitch = glm::radians(kViewPitchDegrees);
    return {target + glm::vec3(0.0f, std::sin(pitch), std::cos(pitch)) * distance, target};
}

CameraPose us_overview(const Region& us) {
    // A little south of the frame's centre, so that the legend in front is in view too.
    const glm::vec3 centre(us.south_west.x + us.width() * 0.5f, 0.0f,
                           us.south_west.y - us.depth() * 0.5f + 1.1f);
    return view_from_south(centre, 9.8f);
}

std::string latitude_label(int degrees) {
    if (degrees == 0)
        return "0\u00b0";
    return std::to_string(std::abs(degrees)) + (degrees > 0 ? "\u00b0N" : "\u00b0S");
}

std::string longitude_label(int degrees) {
    if (degrees == 0)
        return "0\u00b0";
    return std::to_string(std::abs(degrees)) + (degrees > 0 ? "\u00b0E" : "\u00b0W");
}

std::string short_label(const SiteBuilding& site) {
    return site.capacity_known ? site.short_name + "\n" + site.power_label : site.short_name;
}

std::string full_label(const SiteBuilding& site) {
    return site.short_name + "\n" + site.power_label + "\n" + site.year_label + "\n" +
           site.cost_label;
}

Layout make_layout(const data::Dataset& dataset) {
    if (dataset.sites.empty())
        fail("campus: dataset '" + dataset.title + "' has no sites.csv rows");
    Layout layout;
    layout.regions = default_regions();
    for (const data::Site& site : dataset.sites) {
        const auto region =
            std::find_if(layout.regions.begin(), layout.regions.end(),
                         [&](const Region& r) { return r.contains(site.lat, site.lon); });
        if (region == layout.regions.end()) {
            fail("campus: site '" + site.name + "' at " + std::to_string(site.lat) + ", " +
                 std::to_string(site.lon) +
                 " lies in no map region (United States, Europe, "
                 "Singapore)");
        }
        SiteBuilding b;
        b.name = site.name;
        b.short_name = short_name(site.name);
        b.region = region->id;
        b.capacity_known = site.capacity_mw.has_value();
        b.status = site.status;
        const float side = b.capacity_known ? footprint_side(*site.capacity_mw) : kUnknownSide;
        const float height = b.capacity_known ? kBuildingHeight : kUnknownHeight;
        const glm::vec2 floor = region->to_floor(site.lat, site.lon);
        b.center = {floor.x, height * 0.5f, floor.y};
        b.half_size = {side * 0.5f, height * 0.5f, side * 0.5f};
        b.power_label =
            b.capacity_known ? data::format_value(*site.capacity_mw, "MW") : "capacity unknown";
        b.year_label = site.online_year ? "online " + std::to_string(*site.online_year)
                                        : "online year unknown";
        b.cost_label = cost_label_of(site);
        b.details = details_of(dataset, site, b);
        layout.sites.push_back(std::move(b));
    }
    std::stable_sort(layout.sites.begin(), layout.sites.end(),
                     [](const SiteBuilding& a, const SiteBuilding& b) {
                         if (a.capacity_known != b.capacity_known)
                             return a.capacity_known;
                         if (a.details.value != b.details.value)
                             return a.details.value > b.details.value;
                         return a.name < b.name;
                     });
    layout.label_view = us_overview(layout.region("us"));
    stagger_labels(layout.sites, layout.regions, layout.label_view);
    return layout;
}

}  // namespace xrviz::scenes::campus
