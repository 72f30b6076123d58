#pragma once
// Where xrviz finds its bundled assets, independent of the working directory: next to the
// executable once installed, else the source tree the binary was built from.
#include <filesystem>

namespace xrviz::paths {

std::filesystem::path executable_dir();
std::filesystem::path assets_dir();
std::filesystem::path bundled_dataset_dir();
// glTF models authored for xrviz (tools/models/make_models.py writes them).
std::filesystem::path bundled_models_dir();

}  // namespace xrviz::paths
