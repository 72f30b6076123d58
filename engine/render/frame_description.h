#pragma once
// What a scene asks the renderer to draw in one frame: plain data, no Vulkan. Front-ends
// add the views (one for a window or a screenshot, two for a headset).
#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "engine/assets/text_layout.h"
#include "engine/render/fleet_description.h"
#include "engine/render/mesh_draw.h"
#include "engine/render/view.h"

namespace xrviz::render {

enum BoxFlags : std::uint32_t { box_highlighted = 1, box_selected = 2 };

struct BoxInstance {
    glm::vec3 center{0.0f};
    float yaw = 0.0f;  // radians about +y
    glm::vec3 half_size{0.5f};
    std::uint32_t flags = 0;
    glm::vec4 colour{1.0f};  // linear rgb, a opacity (< 1 only for translucent boxes)
};

struct LineVertex {
    glm::vec3 position{0.0f};
    glm::vec4 colour{1.0f};
};

enum class LabelFacing {
    billboard,  // turns about the vertical to face the viewer, stays upright
    fixed,      // lies in the plane spanned by `right` and `up`
};

struct TextLabel {
    std::string text;
    glm::vec3 anchor{0.0f};
    float height = 0.1f;  // metres per line
    glm::vec4 colour{1.0f};
    assets::HAlign halign = assets::HAlign::center;
    assets::VAlign valign = assets::VAlign::baseline;
    float max_width = 0.0f;
    LabelFacing facing = LabelFacing::billboard;
    glm::vec3 right{1.0f, 0.0f, 0.0f};
    glm::vec3 up{0.0f, 1.0f, 0.0f};
};

struct FloorGrid {
    bool visible = true;
    glm::vec2 min{-10.0f};
    glm::vec2 max{10.0f};
    float minor_spacing = 0.25f;
    float major_spacing = 1.0f;
    glm::vec4 line_colour{0.16f, 0.19f, 0.24f, 0.45f};  // a: weight of minor lines
    glm::vec4 floor_colour{0.022f, 0.026f, 0.034f, 1.0f};
    float fade_start = 10.0f;
    float fade_end = 24.0f;
};

struct FrameDescription {
    std::vector<View> views;  // 1, or 2 for stereo (multiview)
    glm::vec4 clear_colour{0.02f, 0.025f, 0.035f, 1.0f};  // linear; alpha 0 for AR
    FloorGrid grid;
    std::vector<BoxInstance> boxes;              // opaque
    std::vector<BoxInstance> translucent_boxes;  // blended after the opaque ones
    std::vector<MeshInstance> meshes;            // opaque, lit like the boxes
    std::vector<LineVertex> lines;               // pairs of vertices
    std::vector<TextLabel> labels;
    FleetDraw fleet;  // culled and drawn on the GPU (fleet_pass.h)

    void clear_content() {
        boxes.clear();
        translucent_boxes.clear();
        meshes.clear();
        lines.clear();
        labels.clear();
        fleet = {};
    }
};

}  // namespace xrviz::render
