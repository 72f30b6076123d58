// The wrist menu in a null ImGui context: while a tour plays it ends with the tour's
// previous, restart and next buttons, and a click on Next comes back as the request.
#include "scenes/panels/wrist_menu.h"

#include <gtest/gtest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include "tests/scenes/panels/null_imgui.h"

namespace xrviz::scenes::panels {
namespace {

class WristMenuTest : public ::testing::Test {
protected:
    WristMenuTest() { ImGui::GetIO().DisplaySize = ImVec2(480, 480); }

    WristMenuRequests frame() {
        ImGui::NewFrame();
        const WristMenuRequests requests = draw_wrist_menu(state_);
        ImGui::Render();
        return requests;
    }

    // Where the bottom row's right third is: the tour's Next button when a tour plays.
    ImVec2 bottom_right_button() const {
        const ImGuiWindow* window = ImGui::FindWindowByName("Menu");
        const float row_height = ImGui::GetFrameHeight() * 1.6f;
        return ImVec2(window->Pos.x + window->Size.x - window->WindowPadding.x - 20.0f,
                      window->DC.CursorMaxPos.y - 0.5f * row_height);
    }

    WristMenuRequests click(ImVec2 at) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        return frame();
    }

    testing::NullImGuiContext context_;
    WristMenuState state_;
};

TEST_F(WristMenuTest, WhileATourPlaysItsNextButtonIsTheNextRequest) {
    state_.tour_controls = true;
    frame();
    frame();
    const ImVec2 next = bottom_right_button();
    EXPECT_LE(next.y, 480.0f);  // inside the canvas, not scrolled away below it
    const WristMenuRequests requests = click(next);
    EXPECT_EQ(requests.tour, TourCommand::next);
    EXPECT_FALSE(requests.recentre);
    EXPECT_FALSE(requests.main_panel_here);
}

TEST_F(WristMenuTest, WithoutATourThereAreNoTourButtons) {
    state_.tour_controls = false;
    frame();
    frame();
    EXPECT_EQ(click(bottom_right_button()).tour, TourCommand::none);
}

}  // namespace
}  // namespace xrviz::scenes::panels
