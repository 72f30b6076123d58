#include "scenes/hall/hall_text.h"

#include <cmath>
#include <cstdio>

#include "engine/data/units.h"
#include "scenes/figure_text.h"

namespace xrviz::scenes::hall {
namespace {

std::string count_text(double value) {
    return data::format_value(value, "count");
}

std::string watts_text(double watts) {
    return watts >= 1e6 ? data::format_value(watts / 1e6, "MW")
                        : data::format_value(watts / 1e3, "kW");
}

std::string rack_name(const HallLayout& layout, std::uint32_t rack) {
    const std::uint32_t per_hall = layout.fleet.racks_per_row * layout.fleet.rows_per_hall;
    const std::uint32_t in_hall = rack % per_hall;
    std::string name = "Row " + std::to_string(in_hall / layout.fleet.racks_per_row + 1) +
                       ", rack " + std::to_string(in_hall % layout.fleet.racks_per_row + 1);
    if (layout.halls > 1)
        name = "Hall " + std::to_string(rack / per_hall + 1) + ", " + name;
    return name;
}

}  // namespace

std::string halls_text(double halls) {
    if (halls == std::floor(halls))
        return count_text(halls);
    char text[32];
    std::snprintf(text, sizeof(text), "%.1f", halls);
    return text;
}

std::string cost_range_text(double low, double high) {
    return scenes::compact_value(low, "USD") + "\u2013" + scenes::compact_value(high, "USD");
}

CounterText counter_text(const HallLayout& layout) {
    const HallFigures& f = layout.figures;
    const FleetTotals target = layout.target();
    CounterText t;
    t.headline = halls_text(target.halls) + " halls like this one";
    t.target = "= " + count_text(f.target_gpus) + " H100-equivalents, Meta's end-2024 target";
    t.power = "GPU power alone: " + data::format_value(target.megawatts, "MW") + " at " +
              count_text(f.watts_per_gpu) + " W per GPU";
    t.cost = "GPUs alone: " + cost_range_text(target.cost_low, target.cost_high) + " at " +
             cost_range_text(f.price_low, f.price_high) + " each";
    t.this_hall = "This hall: " + count_text(f.racks_per_hall) + " racks \u00d7 " +
                  count_text(f.servers_per_rack) + " servers \u00d7 " +
                  count_text(f.gpus_per_server) + " GPUs = " + count_text(layout.gpus_per_hall) +
                  " GPUs";
    return t;
}

std::string fleet_summary(const HallLayout& layout) {
    const FleetTotals t = layout.totals(layout.fleet.gpu_count);
    const double halls = std::round(t.halls * 10.0) / 10.0;
    return count_text(t.gpus) + " GPUs = " + halls_text(halls) +
           (halls == 1.0 ? " hall \u00b7 " : " halls \u00b7 ") +
           data::format_value(t.megawatts, "MW") + " GPU power \u00b7 " +
           cost_range_text(t.cost_low, t.cost_high);
}

FigureDetails rack_details(const HallLayout& layout, std::uint32_t rack) {
    const HallFigures& f = layout.figures;
    FigureDetails d = f.servers_per_rack_details;
    const std::uint32_t gpus = layout.gpus_in_rack(rack);
    const std::uint32_t servers = (gpus + f.gpus_per_server - 1) / f.gpus_per_server;
    d.display_value = count_text(servers) + " servers";
    d.note = rack_name(layout, rack) + ": " + count_text(servers) + " servers \u00d7 " +
             count_text(f.gpus_per_server) + " GPUs = " + count_text(gpus) + " GPUs; GPU power " +
             watts_text(gpus * f.watts_per_gpu) + " (derived, TDP " + count_text(f.watts_per_gpu) +
             " W each). " + d.note;
    return d;
}

FigureDetails server_details(const HallLayout& layout, std::uint32_t rack, std::uint32_t server) {
    const HallFigures& f = layout.figures;
    FigureDetails d = f.gpus_per_server_details;
    const std::uint32_t gpus =
        std::min(f.gpus_per_server, layout.gpus_in_rack(rack) - server * f.gpus_per_server);
    d.display_value = count_text(gpus) + " GPUs";
    d.note = rack_name(layout, rack) + ", server " + std::to_string(server + 1) + ": " +
             count_text(gpus) + " H100 \u00d7 " + count_text(f.watts_per_gpu) +
             " W = " + watts_text(gpus * f.watts_per_gpu) + " GPU power (derived). " + d.note;
    return d;
}

std::string row_contents(const HallLayout& layout) {
    const std::uint32_t racks = layout.fleet.racks_per_row;
    return count_text(racks) + " racks \u00b7 " + count_text(racks * layout.gpus_per_rack) +
           " GPUs";
}

}  // namespace xrviz::scenes::hall
