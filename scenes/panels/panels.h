#pragma once
// The Viewer's ImGui panels: scene picker, named views, series toggles with swatches, the
// legend, the details of the selected figure, the hover tooltip, performance and help.
//
// Why here: panels read and change the Viewer (scenes/), and engine/ must not depend on
// scenes; the front-ends must stay thin and XR will show these same panels in the world.
// So the panel code is a scenes library that uses ImGui only, never a window, a headset or
// a command buffer; engine/ui draws whatever it builds (on the desktop over the scene, in
// XR into a panel texture).
#include <optional>
#include <span>
#include <string>

#include <glm/vec2.hpp>

#include "engine/ui/ui_context.h"
#include "engine/ui/ui_model.h"
#include "scenes/viewer.h"

namespace xrviz::scenes::panels {

// What the panels asked for that the front-end carries out (its camera moves smoothly).
struct PanelRequests {
    bool scene_changed = false;       // the Viewer switched scene; the camera was reset
    std::optional<std::string> view;  // go to this named view
    bool reset_camera = false;
};

struct PanelInput {
    const ui::UiContext* ui = nullptr;
    ui::PanelVisibility* visibility = nullptr;
    ui::PeriodPlayback* playback = nullptr;  // nothing: no play button
    const ui::PerformanceFigures* performance = nullptr;
    std::span<const ui::HelpEntry> help;
    std::optional<glm::vec2> tooltip_at;  // the cursor, when it hovers the scene
};

// Builds every open panel for this frame (between UiContext::begin_frame and end_frame).
PanelRequests draw_panels(Viewer& viewer, const PanelInput& input);

// Only the details of the selected figure, filling the display (a headset shows it as a
// panel of its own beside what was selected). Nothing when nothing is selected.
void draw_details_panel(Viewer& viewer);

// Where the controls panel stands, in logical pixels at scale 1 (tests look for its
// background there).
inline constexpr float kControlsPanelX = 10.0f;
inline constexpr float kControlsPanelY = 10.0f;
inline constexpr float kControlsPanelWidth = 340.0f;

}  // namespace xrviz::scenes::panels
