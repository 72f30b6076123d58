#pragma once
// How the timeline shows an event category: a readable name and a colour. The dataset
// names categories by id only (events.csv); their look is the scene's business.
#include <string>
#include <string_view>

#include <glm/vec3.hpp>

namespace xrviz::scenes::timeline {

struct CategoryStyle {
    std::string id;          // as in events.csv: "ai_model"
    std::string label;       // "AI models"
    glm::vec3 colour{0.6f};  // linear RGB
};

// The style of a known category; an unknown one keeps its id as label and a neutral grey,
// so a new category in a dataset still shows (and says what it is) rather than failing.
CategoryStyle category_style(std::string_view id);

}  // namespace xrviz::scenes::timeline
