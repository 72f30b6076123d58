#include "app/viewer_state.h"


namespace xrviz::app {

void write_viewer_state(const std::filesystem::path& path, const scenes::Viewer& viewer,
                        const std::optional<RigState>& rig,
                        const std::optional<TourStateReport>& tour) {
    ViewerStateReport report;
    report.scene = std::string(viewer.scene().name());
    report.camera = viewer.camera();
    if (const auto selected = viewer.selection()) {
        report.selection = SelectionState{
            .series = selected->series,
            .period = selected->period,
            .value = selected->value,
            .unit = selected->unit,
            .status = selected->status,
            .source_url = selected->source_url,
            .label = selected->series_label,
            .note = selected->note,
        };
    }
    report.hidden_series.assign(viewer.hidden_series().begin(), viewer.hidden_series().end());
    report.rig = rig;
    report.tour = tour;
    write_state_json(path, report);
}

}  // namespace xrviz::app
