#pragma once
// Where Meta's data-center sites stand on a stylised map floor: each site a building on
// its town's projected lat/lon, inside one of a few map regions (the United States, and
// insets for Europe and Singapore), with a graticule per region and labels staggered in
// height so neighbours stay readable. Pure layout over a dataset, unit-tested without a GPU.
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "engine/data/dataset.h"
#include "scenes/scene.h"

namespace xrviz::scenes::campus {

// The series id the sites' pickables carry, so that a person may hide them all at once.
inline constexpr const char* kSitesSeries = "sites";

// One scale for every region, so that distances read the same in the insets as in the US:
// only where an inset lies on the floor is moved, never how big it is.
inline constexpr float kMetresPerDegree = 0.3f;

// Power maps to footprint AREA (side = sqrt(area)), not to side length or volume: twice the
// megawatts is twice the floor covered, which is what an eye compares on a map. Every
// building with a known capacity has the same height, so height carries no value.
inline constexpr float kSquareMetresPerGigawatt = 0.16f;  // 1 GW: a 0.4 m square
inline constexpr float kBuildingHeight = 0.2f;
// A site of unknown capacity gets a fixed outline marker: its size says nothing.
inline constexpr float kUnknownSide = 0.14f;
inline constexpr float kUnknownHeight = 0.14f;

// Labels stand on leader lines above their building; a label that would cover another
// label or a building in the first view's picture climbs a level.
inline constexpr float kLabelHeight = 0.16f;  // metres per text line
inline constexpr float kLeaderBase = 0.1f;    // above the building's top
inline constexpr float kLevelStep = 0.12f;    // between label levels
// Every named view looks from the south, this far down: the map reads as a map and the
// buildings still show their height.
inline constexpr float kViewPitchDegrees = 41.0f;
// The picture labels are staggered for: the desktop's field of view at 16:9.
inline constexpr float kDesignFieldOfViewDegrees = 50.0f;

// A region of the map with its own equirectangular projection (plate carrée stretched by
// cos of a standard parallel). Over a region a few tens of degrees wide the distortion is
// small, the graticule stays straight lines that are easy to label, and the sites are town
// centroids anyway: a stylised map, not a survey. A conic projection of the whole world
// would either squeeze the US cluster or push Singapore off the floor, hence insets.
struct Region {
    std::string id;                                          // "us", "europe", "singapore"
    std::string label;                                       // shown on the floor beside the frame
    int lat_min = 0, lat_max = 0, lon_min = 0, lon_max = 0;  // frame, whole degrees
    int step = 5;                                            // graticule spacing, degrees
    double standard_parallel = 0.0;                          // degrees
    glm::vec2 south_west{0.0f};  // floor (x, z) of the frame's south-west corner
    bool inset = false;

    bool contains(double lat, double lon) const;
    // North is -z (away from a person standing south of the map), east is +x.
    glm::vec2 to_floor(double lat, double lon) const;
    // The region's name stands behind its north edge, centred, bottom at the anchor.
    glm::vec3 title_anchor() const;
    float title_height() const;  // metres per line
    float width() const;         // metres along x
    float depth() const;         // metres along z
};

struct SiteBuilding {
    std::string name;        // as in sites.csv
    std::string short_name;  // "Prometheus", "Kuna": without qualifiers, for the floor
    std::string region;      // Region::id
    glm::vec3 center{0.0f};
    glm::vec3 half_size{0.0f};
    bool capacity_known = false;
    data::ValueStatus status = data::ValueStatus::reported;
    std::string power_label;  // "2.0 GW", "capacity unknown"
    std::string year_label;   // "online 2030", "online year unknown"
    std::string cost_label;   // "$27B", "$0.8B (estimate)", "cost undisclosed"
    int label_level = 0;
    glm::vec3 label_anchor{0.0f};  // bottom of the label, at the top of its leader line
    // Which way the label runs from its leader: centred over it, or off to one side where
    // a neighbour stands close.
    assets::HAlign label_halign = assets::HAlign::center;
    FigureDetails details;
};

struct Layout {
    std::vector<Region> regions;
    std::vector<SiteBuilding> sites;  // largest known capacity first, then by name
    CameraPose label_view;            // the first view, for which labels were staggered

    const Region& region(std::string_view id) const;
    float min_x() const;
    float max_x() const;
};

// The regions this dataset's sites need, placed on the floor: the US centred on the origin,
// Europe and Singapore as insets east of it at the same scale.
std::vector<Region> default_regions();

// Throws xrviz::Error naming the site when it lies in no region, or when the dataset has
// no sites at all.
Layout make_layout(const data::Dataset& dataset);

// Side of the square footprint for `megawatts` (area proportional to power).
float footprint_side(double megawatts);

// South of `target`, `distance` away, looking down at kViewPitchDegrees.
CameraPose view_from_south(glm::vec3 target, float distance);
// The first view: all of the US region, and the legend in front of it.
CameraPose us_overview(const Region& us);

// "Prometheus (New Albany campus)" -> "Prometheus", "Kuna data center" -> "Kuna".
std::string short_name(std::string_view name);

// "40°N", "5°S", "120°W", "10°E", "0°".
std::string latitude_label(int degrees);
std::string longitude_label(int degrees);

// The default label: the name, and the power where it is known (an outline already says
// unknown, and 25 repeats of "capacity unknown" would bury the map); the full one, for a
// hovered or selected site, adds power or "capacity unknown", online year and cost.
std::string short_label(const SiteBuilding& site);
std::string full_label(const SiteBuilding& site);

}  // namespace xrviz::scenes::campus
