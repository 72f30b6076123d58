#pragma once
// Where every bar of the skyline goes: Meta's annual capex and Reality Labs operating loss
// as two rows of bars by year, the next year's capex guidance as a low-high range, all on
// one value axis starting at zero. Pure layout over a dataset, unit-tested without a GPU.
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "engine/data/dataset.h"
#include "scenes/axis_ticks.h"
#include "scenes/figure_text.h"
#include "scenes/scene.h"

namespace xrviz::scenes::skyline {

inline constexpr const char* kCapexSeries = "capex_annual";
inline constexpr const char* kLossSeries = "reality_labs_operating_loss_annual";
inline constexpr const char* kGuidanceSeries = "capex_guidance";
// Meta's headline capex includes principal payments on finance leases from 2019 on;
// earlier years are plain capital expenditures (shared/data/README.md).
inline constexpr int kFirstYearWithFinanceLeases = 2019;

inline constexpr float kYearSpacing = 0.9f;   // metres between neighbouring years
inline constexpr float kBarWidth = 0.5f;      // metres, x and z
inline constexpr float kAxisHeight = 3.0f;    // metres at the top tick
// The smaller series stands in front, so that neither row hides the other.
inline constexpr float kCapexRowZ = 0.0f;
inline constexpr float kLossRowZ = 1.1f;

struct Bar {
    std::string series;
    int year = 0;
    glm::vec3 center{0.0f};
    glm::vec3 half_size{0.0f};
    glm::vec3 colour{1.0f};
    std::string value_label;  // "$72.2B", with "†" on the older basis
    bool older_basis = false;
    FigureDetails details;
};

struct RangeBar {
    int year = 0;
    glm::vec3 center{0.0f};
    glm::vec3 half_size{0.0f};
    glm::vec3 colour{1.0f};
    std::string label;  // "$125–145B guidance"
    std::string issued;  // "issued 2026-04-29"
    FigureDetails details;
};

struct Layout {
    int first_year = 0;
    int last_year = 0;  // the guidance year when there is one
    float metres_per_unit = 0.0f;
    AxisTicks ticks;
    std::string unit;
    std::vector<Bar> bars;
    std::optional<RangeBar> guidance;

    float x_of_year(int year) const { return (year - first_year) * kYearSpacing; }
    float height_of(double value) const { return static_cast<float>(value) * metres_per_unit; }
};

// Throws xrviz::Error when the dataset lacks the capex or loss series, or when their
// units differ (they must share one axis).
Layout make_layout(const data::Dataset& dataset);

// The range of `series` issued last for `year` (guidance is revised during the year, and
// the newest range is the one to show); nothing when there is none.
const data::DataPoint* latest_guidance(const data::Dataset& dataset, int year,
                                       std::string_view series = kGuidanceSeries);

}  // namespace xrviz::scenes::skyline
