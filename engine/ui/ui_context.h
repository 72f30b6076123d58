#pragma once
// The ImGui context of one front-end: style, font at the display's scale, and a frame
// begun from plain input (ui_input.h). Panels are built between begin_frame() and
// end_frame(); UiPass records the resulting draw data into a command buffer.
//
// Colour: the targets are sRGB (the hardware encodes linear values), so ImGui's style,
// authored in sRGB, is converted to linear once here; panel code passes linear colours
// (the scene's own series colours are linear) and the window shows ImGui's intended look.
#include <imgui.h>

#include <filesystem>

#include "engine/ui/ui_input.h"

namespace xrviz::ui {

struct UiContextOptions {
    float content_scale = 1.0f;  // HiDPI: 2 on a Retina display
    bool linear_target = true;   // the UI is drawn into an sRGB image
    // A TrueType font (DejaVu Sans on Debian) for the dashes and daggers of financial
    // labels; empty or unreadable: ImGui's built-in ProggyClean (ASCII only).
    std::filesystem::path font;
};

class UiContext {
public:
    explicit UiContext(const UiContextOptions& options);
    ~UiContext();
    UiContext(const UiContext&) = delete;
    UiContext& operator=(const UiContext&) = delete;

    ImGuiContext* get() const { return context_; }
    void begin_frame(const UiInput& input);
    // Finishes the frame; the draw data stays valid until the next begin_frame().
    ImDrawData* end_frame();

    // Whether the last frame's panels took the mouse or keyboard (the scene must not).
    bool wants_mouse() const;
    bool wants_keyboard() const;
    // A colour for ImGui from one in sRGB terms (a design colour), linearized as needed.
    ImVec4 colour(float r, float g, float b, float a = 1.0f) const;
    bool linear_target() const { return linear_target_; }

private:
    ImGuiContext* context_ = nullptr;
    bool linear_target_ = true;
};

float srgb_to_linear(float c);

}  // namespace xrviz::ui
