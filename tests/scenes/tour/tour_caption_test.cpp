// The caption panel: its lines from a key figure, where it stands, how it grows with its
// text, and the fade that darkens a whole frame.
#include "scenes/tour/tour_caption.h"

#include <gtest/gtest.h>

#include <glm/geometric.hpp>

namespace xrviz::scenes::tour {
namespace {

FigureDetails capex_2025() {
    FigureDetails d;
    d.series = "capex_annual";
    d.series_label = "Capital expenditures";
    d.period = "2025";
    d.display_value = "$72.2B";
    d.status = "reported";
    d.source_title = "Annual report";
    d.source_url = "https://example.org/r";
    return d;
}

TEST(TourCaption, LinesCarryTheValuePeriodStatusAndSource) {
    const CaptionLines lines = caption_lines("1 / 3  T", "Spending", capex_2025(), "");
    EXPECT_EQ(lines.value, "$72.2B");
    EXPECT_EQ(lines.figure, "Capital expenditures, 2025 \u00b7 reported");
    EXPECT_EQ(lines.source, "Source: Annual report \u00b7 https://example.org/r");
    EXPECT_TRUE(lines.notice.empty());
}

TEST(TourCaption, AFigureTheDatasetLacksIsUnknownNeverGuessed) {
    const CaptionLines lines = caption_lines("h", "c", std::nullopt, "");
    EXPECT_EQ(lines.value, "unknown");
    FigureDetails no_source = capex_2025();
    no_source.source_title.clear();
    EXPECT_EQ(caption_lines("h", "c", no_source, "").source, "Source: unknown");
}

TEST(TourCaption, LongerTextTakesMoreLines) {
    EXPECT_EQ(estimated_lines("", 0.1f, 1.0f), 0);
    EXPECT_EQ(estimated_lines("short", 0.1f, 1.0f), 1);
    const std::string longer(100, 'x');
    EXPECT_GT(estimated_lines(longer, 0.1f, 1.0f), 3);
    // Code points, not bytes: three-byte dots count once.
    EXPECT_EQ(estimated_lines("\u00b7\u00b7\u00b7\u00b7", 0.1f, 0.1f), 3);  // 12 bytes: 7
}

TEST(TourCaption, ThePanelStandsAheadBelowTheLineOfSightFacingTheViewer) {
    const render::CameraPose pose{{0.0f, 1.6f, 3.0f}, {0.0f, 1.6f, 0.0f}};
    const PanelPlacement panel = place_panel(pose, 1.2f);
    EXPECT_NEAR(panel.bottom.z, 3.0f - 1.2f, 1e-4f);
    EXPECT_LT(panel.bottom.y, 1.6f - 0.4f);
    EXPECT_NEAR(glm::dot(panel.toward_viewer, glm::vec3(0, 0, 1)), 1.0f, 1e-5f);
    EXPECT_NEAR(panel.right.x, 1.0f, 1e-5f);
    render::FrameDescription frame;
    describe_caption(caption_lines("h", "c", capex_2025(), "notice"), panel, 0.5f, glm::vec4(1.0f),
                     frame);
    ASSERT_EQ(frame.boxes.size(), 1u);  // the opaque panel
    EXPECT_EQ(frame.labels.size(), 6u);
    // More text, a taller panel.
    render::FrameDescription shorter;
    describe_caption(caption_lines("h", "c", capex_2025(), ""), panel, 0.5f, glm::vec4(1.0f),
                     shorter);
    EXPECT_GT(frame.boxes[0].half_size.y, shorter.boxes[0].half_size.y);
}

TEST(TourFadeOfAFrame, DarkensEverythingAlike) {
    render::FrameDescription frame;
    frame.boxes.push_back({.colour = {1.0f, 0.5f, 0.2f, 1.0f}});
    frame.labels.push_back({.text = "x", .colour = {1.0f, 1.0f, 1.0f, 1.0f}});
    frame.lines.push_back({.colour = {0.4f, 0.4f, 0.4f, 0.5f}});
    const glm::vec4 clear = frame.clear_colour;
    apply_fade(0.75f, frame);
    EXPECT_FLOAT_EQ(frame.boxes[0].colour.r, 0.25f);
    EXPECT_FLOAT_EQ(frame.boxes[0].colour.g, 0.125f);
    EXPECT_FLOAT_EQ(frame.labels[0].colour.b, 0.25f);
    EXPECT_FLOAT_EQ(frame.lines[0].colour.a, 0.5f);  // opacity is not darkness
    EXPECT_FLOAT_EQ(frame.clear_colour.r, clear.r * 0.25f);
}

}  // namespace
}  // namespace xrviz::scenes::tour
