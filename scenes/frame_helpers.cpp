#include "scenes/frame_helpers.h"

namespace xrviz::scenes {

std::uint32_t pick_flags(std::size_t index, const Interaction& interaction) {
    std::uint32_t flags = 0;
    if (interaction.hovered == index)
        flags |= render::box_highlighted;
    if (interaction.selected == index)
        flags |= render::box_selected;
    return flags;
}

render::TextLabel text_label(std::string text, glm::vec3 anchor, float height, glm::vec4 colour,
                             assets::HAlign halign, assets::VAlign valign) {
    render::TextLabel l;
    l.text = std::move(text);
    l.anchor = anchor;
    l.height = height;
    l.colour = colour;
    l.halign = halign;
    l.valign = valign;
    return l;
}

}  // namespace xrviz::scenes
