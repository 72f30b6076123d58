#include "app/cli/json_file.h"

#include <fstream>

#include "engine/core/error.h"

namespace xrviz::app {

void write_json_file(const std::filesystem::path& path, const nlohmann::ordered_json& document) {
    std::ofstream out(path);
    if (!out)
        fail("cannot open " + path.string() + " for writing");
    out << document.dump(2) << '\n';
    out.close();
    if (!out)
        fail("cannot write " + path.string());
}

}  // namespace xrviz::app
