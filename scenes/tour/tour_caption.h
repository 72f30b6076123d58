#pragma once
// The caption panel of a tour stop: the caption, the key figure with its unit, period and
// source, where the tour is, and any notice, as world-space text on a dark panel in front
// of a pose. World text, not an overlay, so the window, the screenshots and both eyes of a
// headset show the same panel. Also the fade to black between stops.
#include <optional>
#include <string>
#include <vector>

#include "engine/render/frame_description.h"
#include "scenes/scene.h"

namespace xrviz::scenes::tour {

struct CaptionLines {
    std::string heading;  // "2 / 5  Meta's AI build-out" or the attract prompt
    std::string caption;
    std::string value;   // "$72.2B", as the details panel shows it
    std::string figure;  // "Capital expenditures, 2025 · reported"
    std::string source;  // "Source: <title> — <url>"
    std::string notice;  // a data reload that failed, or empty
};

// The value, figure and source lines of a key figure; a figure the dataset lacks is
// said to be unknown.
CaptionLines caption_lines(const std::string& heading, const std::string& caption,
                           const std::optional<FigureDetails>& figure, const std::string& notice);

// Where the panel stands for a viewer at `pose`: `distance` metres ahead, its lower edge
// near the bottom of a 50-degree view, upright and facing the viewer.
struct PanelPlacement {
    glm::vec3 bottom{0.0f};  // the middle of the lower edge
    float distance = 1.0f;
    glm::vec3 right{1.0f, 0.0f, 0.0f};
    glm::vec3 up{0.0f, 1.0f, 0.0f};
    glm::vec3 toward_viewer{0.0f, 0.0f, 1.0f};
    float width = 1.0f;
};
PanelPlacement place_panel(const render::CameraPose& pose, float distance);

// Lines a text of `height` takes when wrapped at `width`, by an average glyph advance: the
// panel grows to fit without a font at hand.
int estimated_lines(const std::string& text, float height, float width);

// Adds the panel, its text and a progress bar (0..1) to the frame.
void describe_caption(const CaptionLines& lines, const PanelPlacement& panel, float progress,
                      glm::vec4 accent, render::FrameDescription& frame);

// Darkens everything in the frame by `level` (0 leaves it, 1 is black): boxes, lines, text,
// floor and the clear colour alike, so both eyes of a headset fade together.
void apply_fade(float level, render::FrameDescription& frame);

}  // namespace xrviz::scenes::tour
