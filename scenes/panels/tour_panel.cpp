#include "scenes/panels/tour_panel.h"

#include <string>

#include <imgui.h>

namespace xrviz::scenes::panels {
namespace {

constexpr float kWidth = 330.0f;
constexpr float kMargin = 10.0f;

void caption_text(const tour::CaptionLines& lines) {
    ImGui::Separator();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(lines.heading.c_str());
    if (!lines.caption.empty())
        ImGui::TextUnformatted(lines.caption.c_str());
    if (!lines.value.empty())
        ImGui::Text("%s  %s", lines.value.c_str(), lines.figure.c_str());
    if (!lines.source.empty())
        ImGui::TextDisabled("%s", lines.source.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
}

}  // namespace

TourCommand tour_buttons(float height) {
    TourCommand command = TourCommand::none;
    const float width =
        (ImGui::GetContentRegionAvail().x - 2.0f * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
    const ImVec2 size(width, height);
    if (ImGui::Button("< Previous", size))
        command = TourCommand::previous;
    ImGui::SameLine();
    if (ImGui::Button("Restart", size))
        command = TourCommand::restart;
    ImGui::SameLine();
    if (ImGui::Button("Next >", size))
        command = TourCommand::next;
    return command;
}

TourCommand tour_panel(const tour::TourDirector& director, const TourPanelOptions& options) {
    const tour::TourState state = director.state();
    TourCommand command = TourCommand::none;
    ImGui::SetNextWindowPos(ImVec2(options.display_width - kMargin, kMargin), ImGuiCond_Always,
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
        command = tour_buttons();
        ImGui::TextDisabled("Keys: N or Right, P or Left, R");
        if (options.show_caption)
            caption_text(director.caption());
    }
    ImGui::End();
    return command;
}

void apply(TourCommand command, tour::TourDirector& director, double now) {
    switch (command) {
        case TourCommand::next:
            director.next(now);
            break;
        case TourCommand::previous:
            director.previous(now);
            break;
        case TourCommand::restart:
            director.restart(now);
            break;
        case TourCommand::none:
            break;
    }
}

}  // namespace xrviz::scenes::panels
