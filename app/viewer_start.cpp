#include "app/viewer_start.h"

#include <cstdio>
#include <string>
#include <vector>

#include "engine/core/error.h"

namespace xrviz::app {

void apply_start_options(const Options& options, scenes::Viewer& viewer) {
    // --gpus N is the hall's fleet size, a parameter like any --set.
    std::vector<ParameterSetting> settings = options.parameters;
    if (options.gpus) settings.insert(settings.begin(), {"gpus", static_cast<double>(*options.gpus)});
    for (const ParameterSetting& setting : settings) {
        try {
            viewer.set_parameter(setting.id, setting.value);
        } catch (const UsageError& error) {
            char value[32];
            std::snprintf(value, sizeof value, "%g", setting.value);
            throw UsageError("--set " + setting.id + "=" + value + ": " + error.what());
        }
    }
    if (!settings.empty())
        viewer.set_camera(viewer.scene().views().front().pose);
    if (options.view)
        viewer.set_view(*options.view);
    if (options.camera)
        viewer.set_camera(*options.camera);
}

}  // namespace xrviz::app
