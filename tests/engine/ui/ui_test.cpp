// engine/ui without a window: the ImGui context fed from plain input (no GPU), and the UI
// pass drawing panels into an offscreen image as XR will for panel textures (lavapipe,
// validation on).
#include <gtest/gtest.h>

#include <imgui.h>

#include "engine/render/gpu.h"
#include "engine/render/offscreen_target.h"
#include "engine/ui/ui_context.h"
#include "engine/ui/ui_pass.h"
#include "tests/support/offscreen_renderer.h"

namespace xrviz::ui {
namespace {

using xrviz::testing::linear_pixel;
using xrviz::testing::max_channel_difference;
using xrviz::testing::Rgb;

constexpr int kWidth = 200;
constexpr int kHeight = 120;

UiInput input_at(glm::vec2 mouse, bool pressed = false) {
    UiInput in;
    in.display_size = {static_cast<float>(kWidth), static_cast<float>(kHeight)};
    in.mouse = mouse;
    in.mouse_down[0] = pressed;
    return in;
}

// One fixed window, 20..120 x 20..80.
void build_window(bool* clicked = nullptr) {
    ImGui::SetNextWindowPos(ImVec2(20, 20));
    ImGui::SetNextWindowSize(ImVec2(100, 60));
    ImGui::Begin("panel", nullptr, ImGuiWindowFlags_NoDecoration);
    if (ImGui::Button("press", ImVec2(80, 30)) && clicked)
        *clicked = true;
    ImGui::End();
}

TEST(UiContext, PanelsUnderTheMouseTakeItAndTheSceneDoesNot) {
    UiContext ui(UiContextOptions{});
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // a null renderer's font
    for (int frame = 0; frame < 2; ++frame) {
        ui.begin_frame(input_at({50.0f, 50.0f}));
        build_window();
        ui.end_frame();
    }
    ui.begin_frame(input_at({50.0f, 50.0f}));
    EXPECT_TRUE(ui.wants_mouse());
    build_window();
    ui.end_frame();
    ui.begin_frame(input_at({180.0f, 110.0f}));
    EXPECT_FALSE(ui.wants_mouse());
    build_window();
    ui.end_frame();
}

TEST(UiContext, AButtonSeesAPressAndReleaseOnSeparateFrames) {
    UiContext ui(UiContextOptions{});
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    bool clicked = false;
    for (bool pressed : {false, false, true, false}) {
        ui.begin_frame(input_at({50.0f, 40.0f}, pressed));
        build_window(&clicked);
        ui.end_frame();
    }
    EXPECT_TRUE(clicked);
}

TEST(UiContext, StyleColoursAreLinearForAnSrgbTarget) {
    UiContext linear(UiContextOptions{.linear_target = true});
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    EXPECT_NEAR(bg.x, srgb_to_linear(0.09f), 1e-6f);
    const ImVec4 c = linear.colour(0.5f, 0.5f, 0.5f);
    EXPECT_NEAR(c.x, 0.214f, 1e-3f);
}

TEST(UiPass, DrawsPanelsIntoAnOffscreenImage) {
    render::Gpu gpu(vk::ContextOptions{.app_name = "xrviz ui tests", .validation = true});
    render::OffscreenTarget target(gpu.context, gpu.allocator,
                                   render::TargetFormat{
                                       .extent = {kWidth, kHeight},
                                       .samples = VK_SAMPLE_COUNT_1_BIT,
                                   });
    UiContext ui(UiContextOptions{.linear_target = true});
    {
        // A panel texture: cleared, drawn, left ready for a copy (XR: for sampling).
        UiPass pass(gpu.context, ui,
                    UiPassFormat{.colour_format = VK_FORMAT_R8G8B8A8_SRGB,
                                 .initial_layout = VK_IMAGE_LAYOUT_UNDEFINED,
                                 .final_layout = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                                 .frames_in_flight = render::kFramesInFlight});
        for (int frame = 0; frame < 3; ++frame) {
            ui.begin_frame(input_at({-1.0f, -1.0f}));
            build_window();
            ImDrawData* draw_data = ui.end_frame();
            VkCommandBuffer cmd = gpu.frames.begin_frame();
            pass.record(cmd, target.colour_view(), {kWidth, kHeight}, draw_data);
            gpu.frames.end_frame();
        }
        gpu.frames.wait_all();
    }
    const assets::Image image = target.read_layer(0);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const Rgb inside = linear_pixel(image, 24, 75);  // the window's padding
    EXPECT_LT(max_channel_difference(inside, Rgb{bg.x, bg.y, bg.z}), 0.003f)
        << inside.r << " " << inside.g << " " << inside.b;
    const Rgb outside = linear_pixel(image, 170, 100);
    EXPECT_LT(max_channel_difference(outside, Rgb{0.0f, 0.0f, 0.0f}), 0.001f);
    EXPECT_EQ(image.rgba[(100 * kWidth + 170) * 4 + 3], 0) << "outside the panels is transparent";
    EXPECT_EQ(gpu.context.validation_message_count(), 0u);
}

}  // namespace
}  // namespace xrviz::ui
