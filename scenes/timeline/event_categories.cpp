#include "scenes/timeline/event_categories.h"

#include <array>

namespace xrviz::scenes::timeline {
namespace {

struct KnownCategory {
    std::string_view id;
    std::string_view label;
    glm::vec3 colour;
};

// Hues kept apart from the capex blue and the Reality Labs magenta of the ribbons, so a
// marker is never mistaken for a money row.
constexpr std::array<KnownCategory, 9> kKnown{{
    {"ai_model", "AI models", {0.50f, 0.28f, 1.00f}},
    {"compute", "Compute & GPUs", {0.02f, 0.72f, 0.80f}},
    {"datacenter", "Data centers", {0.10f, 0.62f, 0.16f}},
    {"hardware", "Headsets & hardware", {1.00f, 0.42f, 0.02f}},
    {"earnings", "Earnings", {0.95f, 0.80f, 0.05f}},
    {"market", "Market reactions", {0.90f, 0.06f, 0.05f}},
    {"layoffs", "Layoffs", {0.55f, 0.30f, 0.16f}},
    {"corporate", "Corporate", {0.70f, 0.72f, 0.78f}},
    {"investment", "Investments", {1.00f, 0.50f, 0.72f}},
}};

}  // namespace

CategoryStyle category_style(std::string_view id) {
    for (const KnownCategory& known : kKnown) {
        if (known.id == id)
            return {std::string(id), std::string(known.label), known.colour};
    }
    return {std::string(id), id.empty() ? std::string("uncategorised") : std::string(id),
            glm::vec3(0.45f, 0.45f, 0.45f)};
}

}  // namespace xrviz::scenes::timeline
