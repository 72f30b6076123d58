#include "scenes/panels/wrist_menu.h"

#include <imgui.h>

namespace xrviz::scenes::panels {

WristMenuRequests draw_wrist_menu(WristMenuState& state) {
    WristMenuRequests requests;
    ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize, ImGuiCond_Always);
    if (ImGui::Begin("Menu", nullptr,
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        // Big targets: a ray from an outstretched hand is less precise than a mouse.
        const ImVec2 button(-1.0f, ImGui::GetFrameHeight() * 1.6f);
        requests.recentre = ImGui::Button("Reset view", button);
        requests.main_panel_here = ImGui::Button("Main panel here", button);
        ImGui::Checkbox("Show main panel", &state.main_panel_visible);
        ImGui::Separator();
        ImGui::TextUnformatted("Snap turn");
        ImGui::SameLine();
        ImGui::RadioButton("30\xC2\xB0", &state.snap_turn_degrees, 30);
        ImGui::SameLine();
        ImGui::RadioButton("45\xC2\xB0", &state.snap_turn_degrees, 45);
        ImGui::Checkbox("Smooth move (left stick)", &state.smooth_move);
        ImGui::Checkbox("Seated", &state.seated);
        if (state.passthrough_available) {
            ImGui::Checkbox("Passthrough", &state.passthrough_on);
        } else {
            ImGui::TextDisabled("Passthrough: not offered by this runtime");
        }
        if (state.tour_controls) {
            ImGui::Separator();
            ImGui::TextUnformatted("Tour");
            requests.tour = tour_buttons(button.y);
        }
    }
    ImGui::End();
    return requests;
}

}  // namespace xrviz::scenes::panels
