#pragma once
// Where everything on the timeline goes: a path on the floor along x, one metre and a half
// per year; the dataset's dated events as chips on the path with posts up to their titles,
// which hang in lanes on a wall behind the path, spread sideways where events crowd (a
// leader joins each title to its post) so that no two overlap; and the quarterly capex and
// Reality Labs operating loss as two rows of bars in front of the path on one $B scale.
// Pure layout over a dataset, unit-tested without a GPU; the scene adds the playhead.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "engine/data/dataset.h"
#include "scenes/axis_ticks.h"
#include "scenes/scene.h"
#include "scenes/timeline/event_categories.h"

namespace xrviz::scenes::timeline {

inline constexpr const char* kCapexSeries = "capex_quarterly";
inline constexpr const char* kLossSeries = "reality_labs_operating_loss_quarterly";
inline constexpr const char* kGuidanceSeries = "capex_guidance";
// Events are grouped for hiding by category: "event:hardware".
inline constexpr std::string_view kEventSeriesPrefix = "event:";

inline constexpr float kMetresPerYear = 1.5f;  // walkable at room scale, a stride a quarter
inline constexpr float kPathHalfWidth = 0.3f;
inline constexpr float kChipSideZ = 0.15f;  // date chips alternate sides of the path centre
// Titles stand on one wall just behind the path, facing the front: in one plane, titles
// that do not overlap there do not overlap from any viewpoint in front of it either.
inline constexpr float kTitleWallZ = -0.8f;
// The rows stand in front of the path (towards the overview), the smaller in front.
inline constexpr float kCapexRowZ = 1.25f;
inline constexpr float kLossRowZ = 1.7f;
inline constexpr float kBarDepth = 0.3f;
inline constexpr float kBarFill = 0.8f;        // of a quarter's width
inline constexpr float kRibbonHeight = 1.25f;  // metres at the top tick
// Titles float above the rows so that the bars never hide them.
inline constexpr float kLabelHeight = 0.17f;  // metres per line
inline constexpr float kLabelBaseY = 1.6f;
inline constexpr float kLeaderStartY = 1.4f;  // posts rise straight to here, then lean
inline constexpr float kLaneGap = 0.1f;
// The farthest a title may sit from its post; more lanes are opened until none is farther.
inline constexpr float kMaxTitleShift = 5.0f;
inline constexpr std::size_t kWrapChars = 26;
// The legend hangs in the quiet sky above the first years, where titles are few.
inline constexpr float kLegendRowHeight = 0.27f;
inline constexpr float kLegendTextHeight = 0.19f;

struct EventMarker {
    data::Period date;
    double start_year = 0.0;  // where the post stands: the start of the date's period
    double end_year = 0.0;    // a month-precise date spans its month on the path
    CategoryStyle category;
    std::string title;
    std::string text;  // the title wrapped at kWrapChars, lines joined by '\n'
    int line_count = 1;
    float side = 1.0f;     // +1: the chip lies on the near half of the path, -1: the far half
    glm::vec3 chip{0.0f};  // centre of the date's span on the path
    float chip_half_width = 0.0f;
    glm::vec3 post_base{0.0f};    // on the floor at the title wall
    glm::vec3 post_top{0.0f};     // where the leader to the title starts
    int lane = 0;                 // 0: the lowest row of titles
    glm::vec3 head{0.0f};         // centre of the coloured cube at the title's left
    glm::vec3 text_anchor{0.0f};  // left end of the first line's top
    glm::vec2 box_min{0.0f};      // x, y extent of the title with its cube
    glm::vec2 box_max{0.0f};
    FigureDetails details;
};

struct QuarterBar {
    std::string series;
    data::Period period;
    glm::vec3 center{0.0f};
    glm::vec3 half_size{0.0f};
    glm::vec3 colour{1.0f};
    std::string value_label;  // "$19.4B"
    FigureDetails details;
};

// The newest capex range for the year of the last quarter: an annual figure, so it is a
// note at the end of the capex row, not a bar on the quarterly scale.
struct GuidanceNote {
    glm::vec3 center{0.0f};
    glm::vec3 half_size{0.0f};
    glm::vec3 colour{1.0f};
    std::string text;  // "2026 capex guidance\n$125–145B for the year\nissued 2026-04-29"
    FigureDetails details;
};

struct RowInfo {
    std::string series;
    std::string label;  // the series' label without its parenthesis
    glm::vec3 colour{1.0f};
    float z = 0.0f;
};

struct Layout {
    int first_year = 0;   // the axis runs from 1 January of first_year...
    int last_year = 0;    // ...to 1 January of last_year
    double latest = 0.0;  // end of the newest dated figure or event: "now" in the data
    std::string unit;
    AxisTicks ticks;
    float metres_per_unit = 0.0f;
    std::vector<EventMarker> events;        // in date order
    std::vector<CategoryStyle> categories;  // in order of first appearance
    std::vector<QuarterBar> bars;           // capex row first, each row in period order
    std::vector<RowInfo> rows;              // capex, loss
    std::optional<GuidanceNote> guidance;
    int lane_count = 0;
    float label_top = kLabelBaseY;    // highest title top
    glm::vec3 legend_top_left{0.0f};  // on the title wall, above the first category's row

    float x_of(double year) const {
        return static_cast<float>((year - first_year) * kMetresPerYear);
    }
    float height_of(double value) const { return static_cast<float>(value) * metres_per_unit; }
};

// Throws xrviz::Error when the dataset has no events, lacks a quarterly series, or the two
// series differ in unit (they share one axis).
Layout make_layout(const data::Dataset& dataset);

// How many events are dated at or before `year` (their period has started by then).
std::size_t events_up_to(const Layout& layout, double year);

// Greedy word wrap at `max_chars` code points per line; a longer word keeps a line alone.
std::string wrap_text(std::string_view text, std::size_t max_chars);

// "May 2026" for a decimal year.
std::string month_label(double year);

}  // namespace xrviz::scenes::timeline
