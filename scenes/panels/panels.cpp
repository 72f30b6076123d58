#include "scenes/panels/panels.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "scenes/panels/what_if_panel.h"
#include "scenes/registry.h"

namespace xrviz::scenes::panels {
namespace {

float linear_to_srgb(float c) {
    return c <= 0.0031308f ? c * 12.92f : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
}

// Series colours are linear (as the renderer draws them); ImGui gets what its target needs.
ImVec4 swatch_colour(const ui::UiContext& ui, const glm::vec3& linear) {
    if (ui.linear_target())
        return ImVec4(linear.r, linear.g, linear.b, 1.0f);
    return ImVec4(linear_to_srgb(linear.r), linear_to_srgb(linear.g), linear_to_srgb(linear.b),
                  1.0f);
}

// Sizes are authored for a 15 px font; HiDPI fonts are larger.
float ui_scale() {
    return ImGui::GetFontSize() / 15.0f;
}

void labelled(const char* label, const std::string& value) {
    ImGui::TextDisabled("%s", label);
    ImGui::SameLine(90.0f * ui_scale());
    ImGui::TextWrapped("%s", value.c_str());
}

void scene_picker(Viewer& viewer, PanelRequests& requests) {
    const std::string current(viewer.scene().name());
    if (ImGui::BeginCombo("Scene", current.c_str())) {
        for (const SceneInfo& info : scene_catalogue()) {
            const std::string name(info.name);
            if (ImGui::Selectable(name.c_str(), name == current) && name != current) {
                viewer.set_scene(name);
                requests.scene_changed = true;
            }
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%.*s", static_cast<int>(info.description.size()),
                                  info.description.data());
            }
        }
        ImGui::EndCombo();
    }
}

void view_buttons(const Viewer& viewer, PanelRequests& requests) {
    ImGui::TextDisabled("Views");
    int number = 1;
    for (const NamedView& view : viewer.scene().views()) {
        char label[64];
        std::snprintf(label, sizeof label, "%d %s", number, view.name.c_str());
        if (number > 1)
            ImGui::SameLine();
        if (ImGui::SmallButton(label))
            requests.view = view.name;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", view.description.c_str());
        ++number;
    }
    if (ImGui::SmallButton("Reset (Home)"))
        requests.reset_camera = true;
}

void series_toggles(Viewer& viewer, const ui::UiContext& ui) {
    const auto toggles = viewer.scene().series();
    if (toggles.empty())
        return;
    ImGui::TextDisabled("Series");
    for (const SeriesToggle& toggle : toggles) {
        ImGui::PushID(toggle.id.c_str());
        ImGui::ColorButton("##swatch", swatch_colour(ui, toggle.colour),
                           ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoPicker);
        ImGui::SameLine();
        bool visible = !viewer.hidden_series().contains(toggle.id);
        if (ImGui::Checkbox(toggle.label.c_str(), &visible)) {
            viewer.set_series_visible(toggle.id, visible);
        }
        ImGui::PopID();
    }
}

// Shows figures up to a period; play steps through them over time. The last position
// shows every period.
void period_slider(Viewer& viewer, ui::PeriodPlayback* playback) {
    const std::vector<std::string> periods = viewer.periods();
    if (periods.size() < 2)
        return;
    const int last = static_cast<int>(periods.size()) - 1;
    int index = last;
    if (const auto& limit = viewer.period_limit()) {
        const auto found = std::find(periods.begin(), periods.end(), *limit);
        index = found == periods.end() ? last : static_cast<int>(found - periods.begin());
    }
    if (playback && playback->playing) {
        playback->elapsed += ImGui::GetIO().DeltaTime;
        if (playback->elapsed >= playback->seconds_per_period) {
            playback->elapsed = 0.0;
            if (index < last)
                ++index;
            if (index == last)
                playback->playing = false;
        }
    }
    ImGui::TextDisabled("Period");
    if (playback) {
        if (ImGui::SmallButton(playback->playing ? "Pause" : "Play")) {
            playback->playing = !playback->playing;
            playback->elapsed = 0.0;
            if (playback->playing && index == last)
                index = 0;  // play from the start
        }
        ImGui::SameLine();
    }
    ImGui::SetNextItemWidth(-1.0f);
    const std::string shown = index == last ? periods[static_cast<std::size_t>(index)] + " (all)"
                                            : "up to " + periods[static_cast<std::size_t>(index)];
    ImGui::SliderInt("##period", &index, 0, last, shown.c_str(), ImGuiSliderFlags_AlwaysClamp);
    if (index == last) {
        if (viewer.period_limit())
            viewer.set_period_limit(std::nullopt);
    } else if (viewer.period_limit() != periods[static_cast<std::size_t>(index)]) {
        viewer.set_period_limit(periods[static_cast<std::size_t>(index)]);
    }
}

void legend() {
    ImGui::TextDisabled("Legend");
    ImGui::BulletText("Bar height: the figure's value");
    ImGui::BulletText("Translucent range: guidance (low-high)");
    ImGui::BulletText("\xE2\x80\xA0 older basis (before finance leases)");
    ImGui::TextDisabled("Status: reported, derived, estimate, guidance");
}

// Returns the window's bottom edge, where the what-if panel goes.
float controls_panel(Viewer& viewer, const PanelInput& input, PanelRequests& requests) {
    float bottom = 0.0f;
    const float s = ui_scale();
    ImGui::SetNextWindowPos(ImVec2(kControlsPanelX * s, kControlsPanelY * s), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(kControlsPanelWidth * s, 0.0f), ImGuiCond_Always);
    if (ImGui::Begin("xrviz", &input.visibility->controls,
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextWrapped("%s", viewer.scene().title().c_str());
        ImGui::Separator();
        scene_picker(viewer, requests);
        view_buttons(viewer, requests);
        ImGui::Separator();
        series_toggles(viewer, *input.ui);
        ImGui::Separator();
        period_slider(viewer, input.playback);
        ImGui::Separator();
        legend();
        ImGui::Separator();
        ImGui::TextDisabled("F1 help  F3 performance");
        bottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
    }
    ImGui::End();
    return bottom;
}

void details_panel(Viewer& viewer) {
    const auto selected = viewer.selection();
    if (!selected)
        return;
    const float s = ui_scale();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float width = 320.0f * s;
    ImGui::SetNextWindowPos(ImVec2(display.x - width - 10.0f * s, 10.0f * s), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    bool open = true;
    if (ImGui::Begin("Details", &open,
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextWrapped("%s", selected->series_label.c_str());
        ImGui::Separator();
        labelled("Value", selected->display_value);
        labelled("Unit", selected->unit);
        labelled("Period", selected->period);
        labelled("Status", selected->status);
        labelled("Source", selected->source_title);
        labelled("URL", selected->source_url);
        if (!selected->note.empty())
            labelled("Note", selected->note);
        ImGui::Spacing();
        ImGui::TextDisabled("Esc clears the selection");
    }
    ImGui::End();
    if (!open)
        viewer.clear_selection();
}

void tooltip(const Viewer& viewer, const PanelInput& input) {
    if (!input.tooltip_at)
        return;
    const auto hovered = viewer.hovered();
    if (!hovered)
        return;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(hovered->series_label.c_str());
    ImGui::Text("%s  (%s)", hovered->display_value.c_str(), hovered->unit.c_str());
    ImGui::TextDisabled("%s, %s", hovered->period.c_str(), hovered->status.c_str());
    ImGui::EndTooltip();
}

void performance_panel(const PanelInput& input) {
    if (!input.visibility->performance || !input.performance)
        return;
    const ui::PerformanceFigures& p = *input.performance;
    const float s = ui_scale();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x - 10.0f * s, display.y - 10.0f * s), ImGuiCond_Always,
                            ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.85f);
    if (ImGui::Begin("Performance", &input.visibility->performance,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                         ImGuiWindowFlags_NoNav)) {
        ImGui::Text("frame %.2f ms (%.0f fps)", p.frame_ms,
                    p.frame_ms > 0.0 ? 1000.0 / p.frame_ms : 0.0);
        if (p.gpu_ms > 0.0)
            ImGui::Text("gpu   %.2f ms", p.gpu_ms);
        ImGui::Text("draw calls %u", p.draw_calls);
        ImGui::Text("instances  %llu", p.instances);
        ImGui::Text("%ux%u %s", p.width, p.height, p.present_mode);
    }
    ImGui::End();
}

void help_panel(const PanelInput& input) {
    if (!input.visibility->help)
        return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    if (ImGui::Begin("Help", &input.visibility->help,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                         ImGuiWindowFlags_NoSavedSettings)) {
        if (ImGui::BeginTable("controls", 2, ImGuiTableFlags_RowBg)) {
            for (const ui::HelpEntry& entry : input.help) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextUnformatted(entry.control.c_str());
                ImGui::TableSetColumnIndex(1);
                ImGui::TextUnformatted(entry.action.c_str());
            }
            ImGui::EndTable();
        }
    }
    ImGui::End();
}

}  // namespace

PanelRequests draw_panels(Viewer& viewer, const PanelInput& input) {
    PanelRequests requests;
    if (input.visibility->controls) {
        // The what-if sliders go with the controls (hidden with them), just below.
        const float s = ui_scale();
        const float bottom = controls_panel(viewer, input, requests);
        what_if_panel(viewer, kControlsPanelX * s, bottom + 8.0f * s, kControlsPanelWidth * s);
    }
    details_panel(viewer);
    performance_panel(input);
    help_panel(input);
    tooltip(viewer, input);
    return requests;
}

}  // namespace xrviz::scenes::panels
