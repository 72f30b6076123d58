#pragma once
// Where xrviz finds its bundled assets, independent of the working directory: next to the
// executable once installed, else the source tree the binary was built from.
#include <filesystem>

namespace xrviz::paths {

std::filesystem::path executable_dir();
std::filesystem::path assets_dir();
std::filesystem::path bundled_dataset_dir();

}  // namespace xrviz::paths
