#pragma once
// Small builders the newer scenes share for what they add to a frame: a text label and a
// box's hover/selection flags.
#include <cstdint>
#include <string>

#include "engine/render/frame_description.h"
#include "scenes/scene.h"

namespace xrviz::scenes {

// Text on the dark background: figures and titles, and the quieter captions and ticks.
inline constexpr glm::vec4 kLabelColour{0.92f, 0.94f, 0.97f, 1.0f};
inline constexpr glm::vec4 kMutedColour{0.62f, 0.66f, 0.74f, 1.0f};

inline render::TextLabel text_label(std::string text, glm::vec3 anchor, float height,
                                    glm::vec4 colour,
                                    assets::HAlign halign = assets::HAlign::center,
                                    assets::VAlign valign = assets::VAlign::baseline) {
    render::TextLabel l;
    l.text = std::move(text);
    l.anchor = anchor;
    l.height = height;
    l.colour = colour;
    l.halign = halign;
    l.valign = valign;
    return l;
}

// A label lying flat on the floor, read from the south (+z) like a printed map.
inline render::TextLabel floor_label(std::string text, glm::vec3 anchor, float height,
                                     glm::vec4 colour,
                                     assets::HAlign halign = assets::HAlign::center,
                                     assets::VAlign valign = assets::VAlign::middle) {
    render::TextLabel l = text_label(std::move(text), anchor, height, colour, halign, valign);
    l.facing = render::LabelFacing::fixed;
    l.right = {1.0f, 0.0f, 0.0f};
    l.up = {0.0f, 0.0f, -1.0f};
    return l;
}

inline std::uint32_t box_flags(std::size_t index, const Interaction& interaction) {
    std::uint32_t flags = 0;
    if (interaction.hovered == index)
        flags |= render::box_highlighted;
    if (interaction.selected == index)
        flags |= render::box_selected;
    return flags;
}

}  // namespace xrviz::scenes
