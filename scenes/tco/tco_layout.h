#pragma once
// Where every box of the tco scene goes: for each year 0..N two columns, owning (stacked:
// hardware, energy, operations) on the left and cloud rental on the right, on one dollar
// axis from zero; the break-even point as a vertical plane between years. Pure layout over
// the cost model, unit-tested without a GPU.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "scenes/axis_ticks.h"
#include "scenes/scene.h"
#include "scenes/tco/tco_inputs.h"
#include "scenes/tco/tco_model.h"

namespace xrviz::scenes::tco {

// Series ids of the four kinds of segment (model outputs, not dataset series).
inline constexpr const char* kHardwareSeries = "tco_own_hardware";
inline constexpr const char* kEnergySeries = "tco_own_energy";
inline constexpr const char* kOperationsSeries = "tco_own_operations";
inline constexpr const char* kCloudSeries = "tco_cloud_rental";

inline constexpr float kYearSpacing = 1.0f;    // metres between neighbouring years
inline constexpr float kColumnWidth = 0.36f;   // metres, x and z
inline constexpr float kColumnOffset = 0.21f;  // own at -offset, cloud at +offset from the year
inline constexpr float kAxisHeight = 3.0f;     // metres at the top tick

struct SegmentStyle {
    const char* series;
    const char* label;
    glm::vec3 colour;  // linear
};
// Own components bottom to top, then cloud.
const std::array<SegmentStyle, 4>& segment_styles();

struct Segment {
    std::string series;
    int year = 0;
    glm::vec3 center{0.0f};
    glm::vec3 half_size{0.0f};
    glm::vec3 colour{1.0f};
    FigureDetails details;
};

// A column's total above it.
struct ColumnTotal {
    glm::vec3 top{0.0f};  // centre of the column's top face
    double value = 0.0;
    std::string text;  // "$1.1B"
};

struct BreakEven {
    double year = 0.0;  // fractional
    float x = 0.0f;
    std::string label;  // "break-even: year 2.8"
};

struct Layout {
    TcoInputs inputs;
    TcoResult result;
    float metres_per_usd = 0.0f;
    AxisTicks ticks;
    std::vector<Segment> segments;  // non-empty segments only, year by year
    std::vector<ColumnTotal> totals;
    std::optional<BreakEven> break_even;
    std::string no_break_even;  // "no break-even within 5 years", when there is none

    int last_year() const { return static_cast<int>(inputs.years); }
    float x_of_year(double year) const { return static_cast<float>(year) * kYearSpacing; }
    float height_of(double usd) const { return static_cast<float>(usd) * metres_per_usd; }
};

// Throws UsageError (from the model) for inputs out of range.
Layout make_layout(const TcoInputs& inputs, const std::array<InputOrigin, 9>& origins);

// Dollar ticks with the digits they need: "$250M", "$1.25B".
std::string tick_text(double usd);

// "year 03": fixed width, so that periods sort as text.
std::string period_of(int year);

}  // namespace xrviz::scenes::tco
