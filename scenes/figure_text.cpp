#include "scenes/figure_text.h"

#include <cctype>

#include "engine/data/units.h"

namespace xrviz::scenes {

std::string range_label(double low, double high, std::string_view unit) {
    std::string low_text = compact_value(low, unit);
    const std::string high_text = compact_value(high, unit);
    // "$125B" and "$145B" read as "$125–145B" when they share prefix and suffix.
    if (!low_text.empty() && !high_text.empty() && low_text.front() == '$' &&
        low_text.back() == high_text.back() && !std::isdigit(low_text.back())) {
        low_text.pop_back();
        return low_text + "\u2013" + high_text.substr(1);
    }
    return low_text + " \u2013 " + high_text;
}

std::string compact_value(double value, std::string_view unit) {
    std::string text = data::format_value(value, unit);
    // "$160.0B" -> "$160B": whole numbers on axes and in ranges read better bare.
    const auto dot = text.find(".0");
    if (dot != std::string::npos &&
        (dot + 2 == text.size() || !std::isdigit(static_cast<unsigned char>(text[dot + 2])))) {
        text.erase(dot, 2);
    }
    return text;
}

FigureDetails details_of(const data::Dataset& dataset, const data::DataPoint& point) {
    FigureDetails d;
    d.series = point.series;
    if (const data::Series* series = dataset.find_series(point.series)) {
        d.series_label = series->label;
        d.unit = series->unit;
    }
    d.period = point.period.to_string();
    d.value = point.value;
    d.low = point.low;
    d.high = point.high;
    d.display_value = point.low && point.high ? range_label(*point.low, *point.high, d.unit)
                                              : data::format_value(point.value, d.unit);
    d.status = std::string(data::to_string(point.status));
    if (const data::Source* source = dataset.find_source(point.source)) {
        d.source_title = source->title;
        d.source_url = source->url;
    }
    d.note = point.note;
    return d;
}

}  // namespace xrviz::scenes
