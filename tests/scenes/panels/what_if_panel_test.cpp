// The what-if panel: its slider arithmetic, and that ImGui builds it for a scene with
// parameters and not for one without (a context with no renderer, as ImGui's null example).
#include "scenes/panels/what_if_panel.h"

#include <gtest/gtest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include "tests/scenes/panels/null_imgui.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::panels {
namespace {

SceneParameter parameter(double min, double max, double step, std::string unit = "") {
    return SceneParameter{
        .id = "p", .label = "P", .unit = std::move(unit), .min = min, .max = max, .step = step};
}

TEST(WhatIfPanel, SnapsToTheStepFromTheMinimumAndStaysInRange) {
    EXPECT_EQ(snap_to_step(parameter(8, 1'000'000, 1), 24'575.6), 24'576.0);
    EXPECT_NEAR(snap_to_step(parameter(0.01, 0.5, 0.005), 0.0812), 0.08, 1e-12);
    EXPECT_EQ(snap_to_step(parameter(1, 10, 1), 12.0), 10.0);
    EXPECT_EQ(snap_to_step(parameter(0, 1, 0), 0.123456), 0.123456) << "step 0: continuous";
}

TEST(WhatIfPanel, FormatHasTheStepsDecimalsAndTheUnit) {
    EXPECT_EQ(slider_format(parameter(8, 1e6, 1, "GPUs")), "%.0f GPUs");
    EXPECT_EQ(slider_format(parameter(0.01, 0.5, 0.005, "USD/kWh")), "%.3f USD/kWh");
    EXPECT_EQ(slider_format(parameter(0, 1, 0.01)), "%.2f");
    EXPECT_EQ(slider_format(parameter(1'000, 100'000, 100, "USD")), "%.0f USD");
    EXPECT_EQ(slider_format(parameter(0, 100, 0.1, "%")), "%.1f %%");
}

// Runs one ImGui frame with the panel and says whether its window was built.
class NullImGui : public ::testing::Test {
protected:
    testing::NullImGuiContext context_;

    bool panel_built(Viewer& viewer) {
        ImGui::NewFrame();
        what_if_panel(viewer, 10, 10, 340);
        ImGui::Render();
        const ImGuiWindow* window = ImGui::FindWindowByName(kWhatIfTitle);
        return window && window->Active;
    }
};

TEST_F(NullImGui, PanelIsBuiltForAScenesWithParametersOnly) {
    Viewer skyline(testing::bundled_dataset(), "skyline");
    ASSERT_TRUE(skyline.scene().parameters().empty());
    EXPECT_FALSE(panel_built(skyline));
    Viewer tco(testing::bundled_dataset(), "tco");
    EXPECT_TRUE(panel_built(tco));
    // One row per parameter.
    const ImGuiWindow* window = ImGui::FindWindowByName(kWhatIfTitle);
    ASSERT_NE(window, nullptr);
    const float content = window->DC.CursorMaxPos.y - window->DC.CursorStartPos.y;
    EXPECT_GE(content,
              static_cast<float>(tco.scene().parameters().size()) * ImGui::GetFrameHeight());
}

TEST_F(NullImGui, DraggingASliderSetsTheParameterThroughTheViewer) {
    Viewer tco(testing::bundled_dataset(), "tco");
    const SceneParameter first = tco.scene().parameters().front();
    // An auto-sized window takes its size on its second frame.
    ASSERT_TRUE(panel_built(tco));
    ASSERT_TRUE(panel_built(tco));
    const ImGuiWindow* window = ImGui::FindWindowByName(kWhatIfTitle);
    // Press at the right end of the first row's slider: the slider jumps to its maximum.
    const ImVec2 press(window->Pos.x + window->Size.x - window->WindowPadding.x - 2.0f,
                       window->DC.CursorStartPos.y + ImGui::GetFrameHeight() * 0.5f);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = press;
    for (int frame = 0; frame < 3; ++frame) {
        io.MouseDown[0] = true;
        panel_built(tco);
    }
    io.MouseDown[0] = false;
    panel_built(tco);
    const SceneParameter after = tco.scene().parameters().front();
    EXPECT_EQ(after.id, first.id);
    EXPECT_GT(after.value, first.value);
    EXPECT_NEAR(after.value, first.max, first.max * 0.02);
}

}  // namespace
}  // namespace xrviz::scenes::panels
