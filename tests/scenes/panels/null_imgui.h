#pragma once
// An ImGui context with no renderer, as ImGui's null example: panels build in it and the
// tests read back their windows and widgets.
#include <imgui.h>

namespace xrviz::scenes::testing {

class NullImGuiContext {
public:
    NullImGuiContext() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 720);
        io.IniFilename = nullptr;
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~NullImGuiContext() { ImGui::DestroyContext(); }
    NullImGuiContext(const NullImGuiContext&) = delete;
    NullImGuiContext& operator=(const NullImGuiContext&) = delete;
};

}  // namespace xrviz::scenes::testing
