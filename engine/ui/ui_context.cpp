#include "engine/ui/ui_context.h"

#include <cfloat>
#include <cmath>

#include "engine/core/error.h"

namespace xrviz::ui {

float srgb_to_linear(float c) {
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

namespace {

void apply_style(ImGuiStyle& style, float scale, bool linear) {
    ImGui::StyleColorsDark(&style);
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.WindowBorderSize = 1.0f;
    // Opaque panels: a screenshot shows the same panel colour over any scene.
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.12f, 1.0f);
    style.Colors[ImGuiCol_PopupBg] = ImVec4(0.09f, 0.10f, 0.12f, 0.97f);
    style.ScaleAllSizes(scale);
    if (linear) {
        for (ImVec4& c : style.Colors) {
            c = ImVec4(srgb_to_linear(c.x), srgb_to_linear(c.y), srgb_to_linear(c.z), c.w);
        }
    }
}

void map_keys(ImGuiIO& io) {
    const auto key = [](UiKey k) { return static_cast<int>(k); };
    io.KeyMap[ImGuiKey_Tab] = key(UiKey::tab);
    io.KeyMap[ImGuiKey_LeftArrow] = key(UiKey::left);
    io.KeyMap[ImGuiKey_RightArrow] = key(UiKey::right);
    io.KeyMap[ImGuiKey_UpArrow] = key(UiKey::up);
    io.KeyMap[ImGuiKey_DownArrow] = key(UiKey::down);
    io.KeyMap[ImGuiKey_PageUp] = key(UiKey::page_up);
    io.KeyMap[ImGuiKey_PageDown] = key(UiKey::page_down);
    io.KeyMap[ImGuiKey_Home] = key(UiKey::home);
    io.KeyMap[ImGuiKey_End] = key(UiKey::end);
    io.KeyMap[ImGuiKey_Insert] = key(UiKey::insert);
    io.KeyMap[ImGuiKey_Delete] = key(UiKey::del);
    io.KeyMap[ImGuiKey_Backspace] = key(UiKey::backspace);
    io.KeyMap[ImGuiKey_Space] = key(UiKey::space);
    io.KeyMap[ImGuiKey_Enter] = key(UiKey::enter);
    io.KeyMap[ImGuiKey_Escape] = key(UiKey::escape);
    io.KeyMap[ImGuiKey_A] = key(UiKey::a);
    io.KeyMap[ImGuiKey_C] = key(UiKey::c);
    io.KeyMap[ImGuiKey_V] = key(UiKey::v);
    io.KeyMap[ImGuiKey_X] = key(UiKey::x);
    io.KeyMap[ImGuiKey_Y] = key(UiKey::y);
    io.KeyMap[ImGuiKey_Z] = key(UiKey::z);
}

}  // namespace

UiContext::UiContext(const UiContextOptions& options) : linear_target_(options.linear_target) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    // No imgui.ini: a run (and a replay) starts from the same layout every time.
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.BackendPlatformName = "xrviz";
    map_keys(io);
    const float scale = options.content_scale > 0.0f ? options.content_scale : 1.0f;
    // Latin-1 and General Punctuation (en dash, dagger, ellipsis), and the euro sign.
    static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x2010, 0x2044, 0x20AC, 0x20AC, 0};
    std::error_code error;
    const bool have_font = !options.font.empty() && std::filesystem::exists(options.font, error);
    if (!have_font || !io.Fonts->AddFontFromFileTTF(options.font.string().c_str(),
                                                    std::round(15.0f * scale), nullptr, kRanges)) {
        ImFontConfig font{};
        font.SizePixels = std::round(13.0f * scale);
        io.Fonts->AddFontDefault(&font);
    }
    apply_style(ImGui::GetStyle(), scale, linear_target_);
}

UiContext::~UiContext() {
    ImGui::DestroyContext(context_);
}

void UiContext::begin_frame(const UiInput& input) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(input.display_size.x, input.display_size.y);
    io.DisplayFramebufferScale = ImVec2(input.framebuffer_scale.x, input.framebuffer_scale.y);
    io.DeltaTime = input.delta_time_s > 0.0f ? input.delta_time_s : 1.0f / 60.0f;
    io.MousePos =
        input.mouse.x < 0.0f ? ImVec2(-FLT_MAX, -FLT_MAX) : ImVec2(input.mouse.x, input.mouse.y);
    for (std::size_t i = 0; i < input.mouse_down.size(); ++i)
        io.MouseDown[i] = input.mouse_down[i];
    io.MouseWheel = input.wheel;
    for (std::size_t i = 0; i < input.keys.size(); ++i)
        io.KeysDown[i] = input.keys[i];
    io.KeyCtrl = input.ctrl;
    io.KeyShift = input.shift;
    io.KeyAlt = input.alt;
    io.KeySuper = input.super;
    for (char32_t c : input.characters)
        io.AddInputCharacter(static_cast<unsigned int>(c));
    ImGui::NewFrame();
}

ImDrawData* UiContext::end_frame() {
    ImGui::SetCurrentContext(context_);
    ImGui::Render();
    return ImGui::GetDrawData();
}

bool UiContext::wants_mouse() const {
    return ImGui::GetIO().WantCaptureMouse;
}
bool UiContext::wants_keyboard() const {
    return ImGui::GetIO().WantCaptureKeyboard;
}

ImVec4 UiContext::colour(float r, float g, float b, float a) const {
    if (!linear_target_)
        return ImVec4(r, g, b, a);
    return ImVec4(srgb_to_linear(r), srgb_to_linear(g), srgb_to_linear(b), a);
}

}  // namespace xrviz::ui
