#include "scenes/panels/tour_panel.h"

#include <string>

#include <imgui.h>

namespace xrviz::scenes::panels {
namespace {

constexpr float kWidth = 330.0f;
constexpr float kMargin = 10.0f;

}  // namespace

TourCommand tour_panel(const tour::TourDirector& director, float display_width) {
    const tour::TourState state = director.state();
    TourCommand command = TourCommand::none;
    ImGui::SetNextWindowPos(ImVec2(display_width - kMargin, kMargin), ImGuiCond_Always,
                            ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(kWidth, 0.0f), ImGuiCond_Always);
    if (ImGui::Begin(kTourPanelTitle, nullptr,
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        const std::string where = "Stop " + std::to_string(state.stop + 1) + " of " +
                                  std::to_string(state.stop_count) + " (" +
                                  tour::to_string(state.phase) + ")";
        ImGui::TextUnformatted(where.c_str());
        if (!state.notice.empty())
            ImGui::TextColored(ImVec4(1.0f, 0.62f, 0.18f, 1.0f), "%s", state.notice.c_str());
        const float button =
            (ImGui::GetContentRegionAvail().x - 2.0f * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
        if (ImGui::Button("< Previous", ImVec2(button, 0.0f)))
            command = TourCommand::previous;
        ImGui::SameLine();
        if (ImGui::Button("Restart", ImVec2(button, 0.0f)))
            command = TourCommand::restart;
        ImGui::SameLine();
        if (ImGui::Button("Next >", ImVec2(button, 0.0f)))
            command = TourCommand::next;
        ImGui::TextDisabled("Keys: N or Right, P or Left, R");
    }
    ImGui::End();
    return command;
}

}  // namespace xrviz::scenes::panels
