#include "scenes/timeline/timeline_layout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "engine/core/error.h"
#include "scenes/figure_text.h"

namespace xrviz::scenes::timeline {
namespace {

// DejaVu Sans advances about half a line height per character on mixed-case titles with
// digits; the layout test holds this against the real font, so a box never undersizes.
constexpr float kAdvancePerChar = 0.5f;
constexpr float kHeadSize = 0.08f;
constexpr float kMinChipWidth = 0.03f;  // a day is 4 mm at this scale: too thin to see
constexpr float kTextGap = 0.07f;       // between the cube and the title
constexpr float kTitleGap = 0.12f;      // between neighbours in a lane
constexpr float kOverhangRight = 1.2f;

const data::Series& require_series(const data::Dataset& dataset, const char* id) {
    const data::Series* series = dataset.find_series(id);
    if (!series)
        fail(std::string("timeline: dataset '") + dataset.title + "' has no series " + id);
    return *series;
}

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::size_t widest_line(std::string_view text) {
    std::size_t widest = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        widest = std::max(widest, code_points(text.substr(start, end - start)));
        start = end + 1;
    }
    return widest;
}

FigureDetails event_details(const data::Dataset& dataset, const data::Event& event,
                            const CategoryStyle& category) {
    FigureDetails d;
    d.series = std::string(kEventSeriesPrefix) + category.id;
    d.series_label = "Event: " + category.label;
    d.period = event.date.to_string();
    d.display_value = event.title;
    // An event is what its source reports happened on that date.
    d.status = std::string(data::to_string(data::ValueStatus::reported));
    if (const data::Source* source = dataset.find_source(event.source)) {
        d.source_title = source->title;
        d.source_url = source->url;
    }
    switch (event.date.granularity) {
        case data::Period::Granularity::day:
            break;
        case data::Period::Granularity::month:
            d.note = "Dated to the month only; the marker spans " + d.period + ".";
            break;
        default:
            d.note = "Dated to " + d.period + " only; the marker stands at its start.";
            break;
    }
    return d;
}

float title_width(const std::string& text) {
    return kHeadSize + kTextGap +
           static_cast<float>(widest_line(text)) * kAdvancePerChar * kLabelHeight;
}

// Left ends for one lane's titles, in time order, as near their ideals as they can be
// without overlapping: titles that would overlap are pooled and moved together to their
// mean displacement (the least-squares answer), then pushed inside [min_x, max_x].
std::vector<float> spread(const std::vector<float>& ideal, const std::vector<float>& width,
                          float min_x, float max_x) {
    struct Cluster {
        std::size_t first = 0;
        std::size_t count = 0;
        float sum = 0.0f;  // of (ideal - offset) over the members
        float start = 0.0f;
        float length = 0.0f;
    };
    std::vector<float> offset(ideal.size(), 0.0f);  // from the start of its cluster
    std::vector<Cluster> clusters;
    for (std::size_t i = 0; i < ideal.size(); ++i) {
        Cluster c{i, 1, ideal[i], ideal[i], width[i]};
        while (!clusters.empty() &&
               clusters.back().start + clusters.back().length + kTitleGap > c.start) {
            Cluster merged = clusters.back();
            clusters.pop_back();
            const float shift = merged.length + kTitleGap;
            for (std::size_t j = c.first; j < c.first + c.count; ++j)
                offset[j] += shift;
            merged.sum += c.sum - shift * static_cast<float>(c.count);
            merged.count += c.count;
            merged.length += kTitleGap + c.length;
            merged.start = merged.sum / static_cast<float>(merged.count);
            c = merged;
        }
        clusters.push_back(c);
    }
    std::vector<float> left(ideal.size());
    for (const Cluster& c : clusters) {
        for (std::size_t j = c.first; j < c.first + c.count; ++j)
            left[j] = c.start + offset[j];
    }
    for (std::size_t i = left.size(); i-- > 0;) {
        const float limit = i + 1 < left.size() ? left[i + 1] - kTitleGap : max_x;
        left[i] = std::min(left[i], limit - width[i]);
    }
    for (std::size_t i = 0; i < left.size(); ++i) {
        const float limit = i > 0 ? left[i - 1] + width[i - 1] + kTitleGap : min_x;
        left[i] = std::max(left[i], limit);
    }
    return left;
}

// Deals each title, in time order, to the lane where the last title ends earliest (a
// neighbour in time has just filled its own lane, so neighbours part), then spreads each
// lane; returns the largest distance of a title from its post.
float place_titles(std::vector<EventMarker>& events, int lanes, float min_x, float max_x) {
    const auto lane_count = static_cast<std::size_t>(lanes);
    std::vector<std::vector<std::size_t>> members(lane_count);
    std::vector<float> lane_end(lane_count, min_x - kTitleGap);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto lane = static_cast<std::size_t>(
            std::min_element(lane_end.begin(), lane_end.end()) - lane_end.begin());
        const float left =
            std::max(events[i].post_base.x - kHeadSize * 0.5f, lane_end[lane] + kTitleGap);
        lane_end[lane] = left + title_width(events[i].text);
        members[lane].push_back(i);
    }
    float worst = 0.0f;
    for (std::size_t lane = 0; lane < lane_count; ++lane) {
        std::vector<float> ideal;
        std::vector<float> width;
        for (std::size_t i : members[lane]) {
            ideal.push_back(events[i].post_base.x - kHeadSize * 0.5f);
            width.push_back(title_width(events[i].text));
        }
        const std::vector<float> left = spread(ideal, width, min_x, max_x);
        for (std::size_t k = 0; k < members[lane].size(); ++k) {
            EventMarker& e = events[members[lane][k]];
            e.lane = static_cast<int>(lane);
            e.box_min.x = left[k];
            e.box_max.x = left[k] + width[k];
            worst = std::max(worst, std::abs(left[k] - ideal[k]));
        }
    }
    return worst;
}

// Stacks the lanes, each as tall as its tallest title, and hangs every title from its
// lane's top with the cube at its left; returns the top of the highest lane.
float stack_lanes(std::vector<EventMarker>& events, int lanes) {
    std::vector<int> lines(static_cast<std::size_t>(lanes), 1);
    for (const EventMarker& e : events) {
        int& l = lines[static_cast<std::size_t>(e.lane)];
        l = std::max(l, e.line_count);
    }
    std::vector<float> top(lines.size());
    float y = kLabelBaseY;
    for (std::size_t lane = 0; lane < top.size(); ++lane) {
        y += static_cast<float>(lines[lane]) * kLabelHeight;
        top[lane] = y;
        y += kLaneGap;
    }
    for (EventMarker& e : events) {
        const float lane_top = top[static_cast<std::size_t>(e.lane)];
        e.box_max.y = lane_top;
        e.box_min.y = lane_top - static_cast<float>(e.line_count) * kLabelHeight;
        e.head =
            glm::vec3(e.box_min.x + kHeadSize * 0.5f, lane_top - kLabelHeight * 0.5f, kTitleWallZ);
        e.text_anchor = glm::vec3(e.box_min.x + kHeadSize + kTextGap, lane_top, kTitleWallZ);
    }
    return top.empty() ? kLabelBaseY : top.back();
}

void add_events(const data::Dataset& dataset, Layout& layout) {
    std::vector<const data::Event*> events;
    for (const data::Event& e : dataset.events)
        events.push_back(&e);
    std::stable_sort(events.begin(), events.end(),
                     [](const data::Event* a, const data::Event* b) { return a->date < b->date; });
    for (std::size_t i = 0; i < events.size(); ++i) {
        const data::Event& event = *events[i];
        EventMarker marker;
        marker.date = event.date;
        marker.start_year = event.date.start_year();
        marker.end_year = event.date.end_year();
        marker.category = category_style(event.category);
        marker.title = event.title;
        marker.text = wrap_text(event.title, kWrapChars);
        marker.line_count =
            1 + static_cast<int>(std::count(marker.text.begin(), marker.text.end(), '\n'));
        // Alternating halves of the path: chips of events days apart stay apart.
        marker.side = i % 2 == 0 ? 1.0f : -1.0f;
        const float x = layout.x_of(marker.start_year);
        const float chip_end = std::max(layout.x_of(marker.end_year), x + kMinChipWidth);
        marker.chip = glm::vec3((x + chip_end) * 0.5f, 0.0f, marker.side * kChipSideZ);
        marker.chip_half_width = (chip_end - x) * 0.5f;
        marker.post_base = glm::vec3(x, 0.0f, kTitleWallZ);
        marker.post_top = glm::vec3(x, kLeaderStartY, kTitleWallZ);
        marker.details = event_details(dataset, event, marker.category);
        const bool known =
            std::any_of(layout.categories.begin(), layout.categories.end(),
                        [&](const CategoryStyle& c) { return c.id == marker.category.id; });
        if (!known)
            layout.categories.push_back(marker.category);
        layout.events.push_back(std::move(marker));
    }
    // Titles may run past the last year into the empty end of the path, not before the first.
    const float min_x = layout.x_of(layout.first_year);
    const float max_x = layout.x_of(layout.last_year) + kOverhangRight;
    int lanes = 1;
    while (place_titles(layout.events, lanes, min_x, max_x) > kMaxTitleShift &&
           lanes < static_cast<int>(layout.events.size())) {
        ++lanes;
    }
    layout.lane_count = lanes;
    layout.label_top = stack_lanes(layout.events, lanes);
}

void add_row(const data::Dataset& dataset, const data::Series& series, float z, Layout& layout) {
    RowInfo row;
    row.series = series.id;
    row.label = series.label.substr(0, series.label.find(" ("));
    row.colour = glm::vec3(series.colour[0], series.colour[1], series.colour[2]);
    row.z = z;
    layout.rows.push_back(row);
    const float half_width = 0.25f * kMetresPerYear * kBarFill * 0.5f;
    for (const data::DataPoint* p : dataset.values(series.id)) {
        if (p->period.granularity != data::Period::Granularity::quarter)
            continue;
        QuarterBar bar;
        bar.series = series.id;
        bar.period = p->period;
        const float height = layout.height_of(p->value);
        const float x = layout.x_of((p->period.start_year() + p->period.end_year()) * 0.5);
        bar.center = glm::vec3(x, height * 0.5f, z);
        bar.half_size = glm::vec3(half_width, height * 0.5f, kBarDepth * 0.5f);
        bar.colour = row.colour;
        bar.details = scenes::details_of(dataset, *p);
        bar.value_label = scenes::compact_value(p->value, series.unit);
        layout.bars.push_back(std::move(bar));
    }
}

void add_guidance(const data::Dataset& dataset, Layout& layout) {
    const QuarterBar* last_capex = nullptr;
    for (const QuarterBar& b : layout.bars) {
        if (b.series == kCapexSeries)
            last_capex = &b;
    }
    const data::Series* series = dataset.find_series(kGuidanceSeries);
    if (!last_capex || !series)
        return;
    const int year = last_capex->period.year;
    const data::DataPoint* latest = nullptr;
    for (const data::DataPoint* p : dataset.values(kGuidanceSeries)) {
        if (p->period.year != year || !p->low || !p->high)
            continue;
        if (!latest || p->period.issued > latest->period.issued)
            latest = p;
    }
    if (!latest)
        return;
    GuidanceNote note;
    note.details = scenes::details_of(dataset, *latest);
    note.colour = glm::vec3(series->colour[0], series->colour[1], series->colour[2]);
    note.text =
        std::to_string(year) + " capex guidance\n" + note.details.display_value + " for the year";
    if (latest->period.issued)
        note.text += "\nissued " + latest->period.issued->to_string();
    // In the quarters still to come, on the capex row, as a plaque not a bar.
    const float x0 = layout.x_of(last_capex->period.end_year()) + 0.08f;
    const float x1 = layout.x_of(layout.last_year) + 0.85f;
    note.center = glm::vec3((x0 + x1) * 0.5f, 0.42f, kCapexRowZ);
    note.half_size = glm::vec3((x1 - x0) * 0.5f, 0.3f, 0.02f);
    layout.guidance = std::move(note);
}

}  // namespace

std::string wrap_text(std::string_view text, std::size_t max_chars) {
    std::string out;
    std::size_t line = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = text.find_first_not_of(' ', pos);
        if (start == std::string_view::npos)
            break;
        const std::size_t end = std::min(text.find(' ', start), text.size());
        const std::string_view word = text.substr(start, end - start);
        const std::size_t length = code_points(word);
        if (line > 0 && line + 1 + length > max_chars) {
            out += '\n';
            line = 0;
        } else if (line > 0) {
            out += ' ';
            ++line;
        }
        out += word;
        line += length;
        pos = end;
    }
    return out;
}

std::string month_label(double year) {
    static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int whole = static_cast<int>(std::floor(year));
    const int month = std::clamp(static_cast<int>((year - whole) * 12.0), 0, 11);
    return std::string(kMonths[static_cast<std::size_t>(month)]) + " " + std::to_string(whole);
}

std::size_t events_up_to(const Layout& layout, double year) {
    return static_cast<std::size_t>(
        std::count_if(layout.events.begin(), layout.events.end(),
                      [&](const EventMarker& e) { return e.start_year <= year; }));
}

Layout make_layout(const data::Dataset& dataset) {
    if (dataset.events.empty())
        fail("timeline: dataset '" + dataset.title + "' has no events");
    const data::Series& capex = require_series(dataset, kCapexSeries);
    const data::Series& loss = require_series(dataset, kLossSeries);
    if (capex.unit != loss.unit) {
        fail("timeline: " + std::string(kCapexSeries) + " is in " + capex.unit + " but " +
             kLossSeries + " is in " + loss.unit + "; one axis needs one unit");
    }

    Layout layout;
    layout.unit = capex.unit;
    double earliest = dataset.events.front().date.start_year();
    double latest = dataset.events.front().date.end_year();
    double max_value = 0.0;
    for (const data::Event& e : dataset.events) {
        earliest = std::min(earliest, e.date.start_year());
        latest = std::max(latest, e.date.end_year());
    }
    for (const char* id : {kCapexSeries, kLossSeries}) {
        for (const data::DataPoint* p : dataset.values(id)) {
            earliest = std::min(earliest, p->period.start_year());
            latest = std::max(latest, p->period.end_year());
            max_value = std::max(max_value, p->value);
        }
    }
    layout.first_year = static_cast<int>(std::floor(earliest));
    layout.last_year = static_cast<int>(std::floor(latest)) + 1;
    layout.latest = latest;
    layout.ticks = nice_ticks(max_value, 5);
    layout.metres_per_unit = kRibbonHeight / static_cast<float>(layout.ticks.top);

    add_row(dataset, capex, kCapexRowZ, layout);
    add_row(dataset, loss, kLossRowZ, layout);
    add_guidance(dataset, layout);
    add_events(dataset, layout);
    layout.legend_top_left =
        glm::vec3(layout.x_of(layout.first_year) + 0.1f, layout.label_top, kTitleWallZ);
    return layout;
}

}  // namespace xrviz::scenes::timeline
