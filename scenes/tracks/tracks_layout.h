#pragma once
// Meta's two spending tracks side by side: the running total of capex (the AI
// infrastructure build-out) and the running total of Reality Labs operating losses (AR/VR),
// year by year, each bar the sum of every year since its series begins, and the latest
// capex guidance added on top of the last total as a range. The two sums start in
// different years (capex 2017, Reality Labs 2019): every label says which years it covers.
// Pure layout over a dataset, unit-tested without a GPU.
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "engine/data/dataset.h"
#include "scenes/axis_ticks.h"
#include "scenes/scene.h"

namespace xrviz::scenes::tracks {

inline constexpr const char* kCapexSeries = "capex_annual";
inline constexpr const char* kLossSeries = "reality_labs_operating_loss_annual";
inline constexpr const char* kGuidanceSeries = "capex_guidance";
// Reported by Meta as a running total over a span of its own (since Q4 2020): shown as a
// mark beside our sum, never mixed into it.
inline constexpr const char* kReportedCumulativeLossSeries = "reality_labs_cumulative_loss";
// Series ids of the running totals, for pickables and toggles.
inline constexpr const char* kCapexTrack = "capex_cumulative";
inline constexpr const char* kLossTrack = "reality_labs_loss_cumulative";

inline constexpr float kYearSpacing = 0.9f;  // metres between neighbouring years
inline constexpr float kBarWidth = 0.5f;
inline constexpr float kAxisHeight = 3.2f;  // metres at the top tick
inline constexpr float kCapexTrackZ = 0.0f;
inline constexpr float kLossTrackZ = 1.2f;  // the smaller sums stand in front

// One year's running total: the part carried from earlier years below, this year's
// addition on top.
struct CumulativeBar {
    std::string track;   // kCapexTrack or kLossTrack
    std::string series;  // the annual series summed
    int first_year = 0;  // the sum covers first_year..year
    int year = 0;
    double total = 0.0;
    double added = 0.0;      // this year's annual value
    glm::vec3 center{0.0f};  // of the whole bar
    glm::vec3 half_size{0.0f};
    float carried_height = 0.0f;  // metres of the bar from years before `year`
    glm::vec3 colour{1.0f};
    bool includes_older_basis = false;  // sums a capex year before finance leases counted
    std::string total_label;            // "$242.8B", with "†" when an older-basis year is summed
    std::string span_label;             // "2017–2025"
    FigureDetails details;
};

// The last capex total plus the next year's guidance range.
struct GuidanceRange {
    int year = 0;
    double low_total = 0.0;
    double high_total = 0.0;
    glm::vec3 center{0.0f};
    glm::vec3 half_size{0.0f};
    glm::vec3 colour{1.0f};
    std::string label;   // "$368–388B with 2026 guidance"
    std::string detail;  // "2017–2025 + $125–145B guidance, issued 2026-04-29"
    FigureDetails details;
};

// Meta's own cumulative figure, drawn as a mark at its height on the loss track.
struct ReportedMark {
    int year = 0;
    double value = 0.0;
    glm::vec3 center{0.0f};
    glm::vec3 half_size{0.0f};
    std::string label;  // "$79.0B reported since 2020-Q4"
    FigureDetails details;
};

struct Layout {
    int first_year = 0;
    int last_year = 0;  // the guidance year when there is one
    float metres_per_unit = 0.0f;
    AxisTicks ticks;
    std::string unit;
    std::vector<CumulativeBar> bars;  // capex track by year, then the loss track by year
    std::optional<GuidanceRange> guidance;
    std::optional<ReportedMark> reported_loss;

    float x_of_year(int year) const { return (year - first_year) * kYearSpacing; }
    float height_of(double value) const { return static_cast<float>(value) * metres_per_unit; }
};

// Throws xrviz::Error when a series is missing, the units differ, or a year is missing
// inside a series (a running total across the gap would hide it).
Layout make_layout(const data::Dataset& dataset);

}  // namespace xrviz::scenes::tracks
