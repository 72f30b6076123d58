#pragma once
// Small pieces every scene's describe() needs: the palette of text and axes, the highlight
// flags of a pickable box, a text label in one call.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/render/frame_description.h"
#include "scenes/scene.h"

namespace xrviz::scenes {

// The shared look of text and axes (linear colours, a: opacity).
inline constexpr glm::vec4 kLabelColour{0.92f, 0.94f, 0.97f, 1.0f};
inline constexpr glm::vec4 kMutedColour{0.62f, 0.66f, 0.74f, 1.0f};
inline constexpr glm::vec4 kAxisColour{0.7f, 0.74f, 0.82f, 0.9f};
inline constexpr glm::vec4 kTickLineColour{0.5f, 0.55f, 0.65f, 0.22f};

// box_highlighted / box_selected for the pickable at `index`.
std::uint32_t pick_flags(std::size_t index, const Interaction& interaction);

render::TextLabel text_label(std::string text, glm::vec3 anchor, float height, glm::vec4 colour,
                             assets::HAlign halign = assets::HAlign::center,
                             assets::VAlign valign = assets::VAlign::baseline);

}  // namespace xrviz::scenes
