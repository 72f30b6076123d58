#include "scenes/panels/what_if_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

namespace xrviz::scenes::panels {

double snap_to_step(const SceneParameter& parameter, double value) {
    if (parameter.step > 0.0)
        value =
            parameter.min + std::round((value - parameter.min) / parameter.step) * parameter.step;
    return std::clamp(value, parameter.min, parameter.max);
}

std::string slider_format(const SceneParameter& parameter) {
    int decimals = 2;
    if (parameter.step > 0.0)
        decimals = std::max(0, static_cast<int>(std::ceil(-std::log10(parameter.step) - 1e-9)));
    std::string format = "%." + std::to_string(decimals) + "f";
    if (!parameter.unit.empty()) {
        format += ' ';
        for (char c : parameter.unit)
            format += c == '%' ? std::string("%%") : std::string(1, c);
    }
    return format;
}

void what_if_panel(Viewer& viewer, float left, float top, float width) {
    const std::vector<SceneParameter> parameters = viewer.scene().parameters();
    if (parameters.empty())
        return;
    ImGui::SetNextWindowPos(ImVec2(left, top), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    if (ImGui::Begin(kWhatIfTitle, nullptr,
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        // The label column fits the longest label; sliders take the rest.
        float label_width = 0.0f;
        for (const SceneParameter& p : parameters)
            label_width = std::max(label_width, ImGui::CalcTextSize(p.label.c_str()).x);
        for (const SceneParameter& p : parameters) {
            ImGui::PushID(p.id.c_str());
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(p.label.c_str());
            ImGui::SameLine(label_width + ImGui::GetStyle().ItemSpacing.x * 2.0f);
            ImGui::SetNextItemWidth(-1.0f);
            double value = p.value;
            const std::string format = slider_format(p);
            ImGuiSliderFlags flags = ImGuiSliderFlags_AlwaysClamp;
            if (p.logarithmic)
                flags |= ImGuiSliderFlags_Logarithmic;
            if (ImGui::SliderScalar("##value", ImGuiDataType_Double, &value, &p.min, &p.max,
                                    format.c_str(), flags)) {
                value = snap_to_step(p, value);
                if (value != p.value)
                    viewer.set_parameter(p.id, value);
            }
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%s: %g to %g %s%s\ncommand line: --set %s=VALUE",
                                  p.label.c_str(), p.min, p.max, p.unit.c_str(),
                                  p.logarithmic ? " (logarithmic)" : "", p.id.c_str());
            }
            ImGui::PopID();
        }
    }
    ImGui::End();
}

}  // namespace xrviz::scenes::panels
