#include "app/cli/state_report.h"

#include "app/cli/json_file.h"

namespace xrviz::app {

namespace {

using nlohmann::ordered_json;

ordered_json to_json(const glm::vec3& v) {
    return ordered_json::array({v.x, v.y, v.z});
}

ordered_json to_json(const std::optional<SelectionState>& selection) {
    if (!selection)
        return nullptr;
    return ordered_json{
        {"series", selection->series}, {"period", selection->period},
        {"value", selection->value},   {"unit", selection->unit},
        {"status", selection->status}, {"source_url", selection->source_url},
        {"label", selection->label},   {"note", selection->note},
    };
}

}  // namespace

void write_state_json(const std::filesystem::path& path, const ViewerStateReport& report) {
    ordered_json document{
        {"scene", report.scene},
        {"camera",
         {{"eye", to_json(report.camera.eye)}, {"target", to_json(report.camera.target)}}},
        {"selection", to_json(report.selection)},
        {"hidden_series", report.hidden_series},
    };
    if (report.rig) {
        document["rig"] = {{"origin", to_json(report.rig->origin)},
                           {"yaw_degrees", report.rig->yaw_degrees},
                           {"world_per_metre", report.rig->world_per_metre}};
    }
    if (report.tour) {
        document["tour"] = {{"phase", report.tour->phase},
                            {"stop", report.tour->stop},
                            {"stop_count", report.tour->stop_count},
                            {"scene", report.tour->scene},
                            {"loops", report.tour->loops},
                            {"reloads", report.tour->reloads},
                            {"failed_reloads", report.tour->failed_reloads},
                            {"notice", report.tour->notice}};
    }
    write_json_file(path, document);
}

}  // namespace xrviz::app
