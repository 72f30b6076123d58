#include "scenes/tour/tour_caption.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "scenes/frame_helpers.h"

namespace xrviz::scenes::tour {
namespace {

constexpr glm::vec4 kPanelColour{0.012f, 0.015f, 0.022f, 1.0f};
constexpr glm::vec4 kNoticeColour{1.0f, 0.62f, 0.18f, 1.0f};
constexpr glm::vec4 kTrackColour{0.25f, 0.28f, 0.34f, 1.0f};

// Sizes per metre of distance, so the panel looks the same wherever it stands: it spans
// most of a 16:9 view's width and sits in its lower part.
constexpr float kWidthPerMetre = 1.3f;
constexpr float kBottomPerMetre = 0.43f;  // lower edge below the line of sight (view: 0.466)
constexpr float kPaddingPerMetre = 0.022f;
constexpr float kLineSpacing = 1.3f;
// Average advance of a glyph per unit of text height in the built-in sans-serif font.
constexpr float kAverageAdvance = 0.52f;

struct PanelLine {
    const std::string* text;
    float height;  // per metre of distance
    glm::vec4 colour;
};

glm::vec4 darker(glm::vec4 colour, float keep) {
    return {colour.r * keep, colour.g * keep, colour.b * keep, colour.a};
}

}  // namespace

CaptionLines caption_lines(const std::string& heading, const std::string& caption,
                           const std::optional<FigureDetails>& figure, const std::string& notice) {
    CaptionLines lines{.heading = heading, .caption = caption, .notice = notice};
    if (!figure) {
        lines.value = "unknown";
        lines.figure = "The key figure is not in this dataset";
        return lines;
    }
    lines.value = figure->display_value;
    lines.figure = figure->series_label + ", " + figure->period + " \u00b7 " + figure->status;
    lines.source = figure->source_title.empty()
                       ? "Source: unknown"
                       : "Source: " + figure->source_title +
                             (figure->source_url.empty() ? "" : " \u00b7 " + figure->source_url);
    return lines;
}

PanelPlacement place_panel(const render::CameraPose& pose, float distance) {
    const glm::vec3 forward = glm::normalize(pose.target - pose.eye);
    glm::vec3 level{forward.x, 0.0f, forward.z};
    // Looking straight down leaves no horizontal direction; any upright panel will do.
    level = glm::length(level) < 1e-4f ? glm::vec3(0.0f, 0.0f, -1.0f) : glm::normalize(level);
    const glm::vec3 right = glm::normalize(glm::cross(level, glm::vec3(0.0f, 1.0f, 0.0f)));
    const glm::vec3 view_up = glm::cross(right, forward);
    return PanelPlacement{
        .bottom = pose.eye + forward * distance - view_up * (kBottomPerMetre * distance),
        .distance = distance,
        .right = right,
        .up = {0.0f, 1.0f, 0.0f},
        .toward_viewer = -level,
        .width = kWidthPerMetre * distance,
    };
}

int estimated_lines(const std::string& text, float height, float width) {
    if (text.empty() || width <= 0.0f)
        return 0;
    // Code points, not bytes: the dashes and dots are three bytes each.
    const auto glyphs = std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    const float chars_per_line = std::max(1.0f, width / (kAverageAdvance * height));
    return std::max(1, static_cast<int>(std::ceil(static_cast<float>(glyphs) / chars_per_line)));
}

void describe_caption(const CaptionLines& lines, const PanelPlacement& panel, float progress,
                      glm::vec4 accent, render::FrameDescription& frame) {
    const float d = panel.distance;
    const float pad = kPaddingPerMetre * d;
    const float text_width = panel.width - 2.0f * pad;
    const PanelLine rows[] = {
        {&lines.heading, 0.021f, kMutedColour}, {&lines.caption, 0.031f, kLabelColour},
        {&lines.value, 0.044f, accent},          {&lines.figure, 0.024f, kLabelColour},
        {&lines.source, 0.02f, kMutedColour},  {&lines.notice, 0.022f, kNoticeColour},
    };
    float height = 2.0f * pad + pad;  // padding, and room for the progress bar
    for (const PanelLine& row : rows)
        height +=
            estimated_lines(*row.text, row.height * d, text_width) * row.height * d * kLineSpacing;
    const glm::vec3 centre = panel.bottom + panel.up * (height * 0.5f);
    // Opaque: it hides what stands behind it, scene labels included.
    frame.boxes.push_back(render::BoxInstance{
        .center = centre - panel.toward_viewer * 0.002f * d,
        .yaw = std::atan2(panel.toward_viewer.x, panel.toward_viewer.z),
        .half_size = {panel.width * 0.5f, height * 0.5f, 0.001f * d},
        .colour = kPanelColour,
    });
    const glm::vec3 left_edge = panel.bottom - panel.right * (panel.width * 0.5f - pad) +
                                panel.toward_viewer * (0.002f * d);
    float y = height - pad;
    for (const PanelLine& row : rows) {
        if (row.text->empty())
            continue;
        render::TextLabel label = text_label(*row.text, left_edge + panel.up * y, row.height * d,
                                             row.colour, assets::HAlign::left, assets::VAlign::top);
        label.facing = render::LabelFacing::fixed;
        label.right = panel.right;
        label.up = panel.up;
        label.max_width = text_width;
        frame.labels.push_back(std::move(label));
        y -= estimated_lines(*row.text, row.height * d, text_width) * row.height * d * kLineSpacing;
    }
    // The progress bar along the lower edge: the track, then the part played.
    const glm::vec3 start = left_edge + panel.up * pad;
    const glm::vec3 end = start + panel.right * text_width;
    const glm::vec3 now = start + (end - start) * std::clamp(progress, 0.0f, 1.0f);
    const glm::vec3 lift = panel.toward_viewer * (0.001f * d);
    frame.lines.push_back({start, kTrackColour});
    frame.lines.push_back({end, kTrackColour});
    frame.lines.push_back({start + lift, accent});
    frame.lines.push_back({now + lift, accent});
}

void apply_fade(float level, render::FrameDescription& frame) {
    if (level <= 0.0f)
        return;
    const float keep = 1.0f - std::min(level, 1.0f);
    for (auto* boxes : {&frame.boxes, &frame.translucent_boxes})
        for (render::BoxInstance& box : *boxes)
            box.colour = darker(box.colour, keep);
    for (render::LineVertex& v : frame.lines)
        v.colour = darker(v.colour, keep);
    for (render::TextLabel& label : frame.labels)
        label.colour = darker(label.colour, keep);
    frame.grid.line_colour = darker(frame.grid.line_colour, keep);
    frame.grid.floor_colour = darker(frame.grid.floor_colour, keep);
    frame.clear_colour = darker(frame.clear_colour, keep);
}

}  // namespace xrviz::scenes::tour
