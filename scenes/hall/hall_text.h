#pragma once
// The words and numbers the hall shows: the counter's lines and the details of racks and
// servers, from the layout's figures. No drawing here.
#include <cstdint>
#include <string>
#include <vector>

#include "scenes/hall/hall_layout.h"

namespace xrviz::scenes::hall {

// "24.4", "40.7", "1": halls to one decimal, whole numbers bare.
std::string halls_text(double halls);
// "$15B–$18B"
std::string cost_range_text(double low, double high);

// The counter in the cold aisle: a headline, then target, power and cost.
struct CounterText {
    std::string headline;   // "24.4 halls like this one"
    std::string target;     // "= 600,000 H100-equivalents, Meta's end-2024 target"
    std::string power;      // "GPU power alone: 420 MW at 700 W per GPU"
    std::string cost;       // "GPUs alone: $15B–$18B at $25k–$30k each"
    std::string this_hall;  // "This hall: 1,536 racks x 2 servers x 8 GPUs = 24,576 GPUs"
};
CounterText counter_text(const HallLayout& layout);

// "1,000,000 GPUs = 40.7 halls · 700 MW · $25B–$30B" for the view from above.
std::string fleet_summary(const HallLayout& layout);

FigureDetails rack_details(const HallLayout& layout, std::uint32_t rack);
FigureDetails server_details(const HallLayout& layout, std::uint32_t rack, std::uint32_t server);
// "48 racks · 768 GPUs": what one full row holds.
std::string row_contents(const HallLayout& layout);

}  // namespace xrviz::scenes::hall
