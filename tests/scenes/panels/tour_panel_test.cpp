// The tour's operator panel in a null ImGui context: where it stands and that a click on
// its Next button comes back as the command.
#include "scenes/panels/tour_panel.h"

#include <gtest/gtest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include "scenes/tour/tour_file.h"
#include "tests/scenes/panels/null_imgui.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::panels {
namespace {

class TourPanelTest : public ::testing::Test {
protected:
    TourPanelTest()
        : viewer_(testing::bundled_dataset(), "empty"),
          director_(tour::load_tour(tour::default_tour_path()), viewer_, {}, 0.0) {}

    TourCommand frame(bool show_caption = false) {
        ImGui::NewFrame();
        const TourCommand command =
            tour_panel(director_, {.display_width = 1280.0f, .show_caption = show_caption});
        ImGui::Render();
        return command;
    }

    testing::NullImGuiContext context_;
    Viewer viewer_;
    tour::TourDirector director_;
};

TEST_F(TourPanelTest, StandsAtTheTopRightAndItsNextButtonIsTheNextCommand) {
    EXPECT_EQ(frame(), TourCommand::none);
    EXPECT_EQ(frame(), TourCommand::none);  // an auto-sized window takes its size now
    const ImGuiWindow* window = ImGui::FindWindowByName(kTourPanelTitle);
    ASSERT_NE(window, nullptr);
    EXPECT_NEAR(window->Pos.x + window->Size.x, 1280.0f - 10.0f, 1.0f);
    EXPECT_NEAR(window->Pos.y, 10.0f, 1.0f);
    // The buttons' row follows the one line of text; Next is the right third.
    const float row = window->DC.CursorStartPos.y + ImGui::GetTextLineHeightWithSpacing() +
                      ImGui::GetFrameHeight() * 0.5f;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(window->Pos.x + window->Size.x - window->WindowPadding.x - 20.0f, row);
    io.MouseDown[0] = true;
    EXPECT_EQ(frame(), TourCommand::none);
    io.MouseDown[0] = false;
    EXPECT_EQ(frame(), TourCommand::next);
}

TEST_F(TourPanelTest, ThePresentersPanelAlsoCarriesTheCaptionsLines) {
    frame();
    frame();
    const float plain = ImGui::FindWindowByName(kTourPanelTitle)->Size.y;
    frame(true);
    frame(true);
    const float with_caption = ImGui::FindWindowByName(kTourPanelTitle)->Size.y;
    // Heading, caption, value with figure, source: at least four more lines.
    const auto lines = director_.caption();
    ASSERT_FALSE(lines.caption.empty());
    ASSERT_FALSE(lines.source.empty());
    EXPECT_GE(with_caption - plain, 4.0f * ImGui::GetTextLineHeight())
        << plain << " " << with_caption;
}

}  // namespace
}  // namespace xrviz::scenes::panels
