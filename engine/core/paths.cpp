#include "engine/core/paths.h"

#include "engine/core/error.h"

namespace xrviz::paths {

std::filesystem::path executable_dir() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) fail("cannot resolve /proc/self/exe: " + ec.message());
    return exe.parent_path();
}

std::filesystem::path assets_dir() {
    const auto installed = executable_dir() / "../share/xrviz/assets";
    if (std::filesystem::is_directory(installed)) return installed.lexically_normal();
    const std::filesystem::path source_tree = XRVIZ_SOURCE_ASSETS_DIR;
    if (std::filesystem::is_directory(source_tree)) return source_tree;
    fail("xrviz assets not found: looked in " + installed.string() + " and " +
         source_tree.string());
}

std::filesystem::path bundled_dataset_dir() { return assets_dir() / "data/meta"; }

std::filesystem::path bundled_models_dir() { return assets_dir() / "models"; }

}  // namespace xrviz::paths
