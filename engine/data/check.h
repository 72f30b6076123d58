#pragma once
// `xrviz --check-data PATH`: validates a dataset folder and prints either its errors (and
// warnings) or a summary of what it holds. Returns the process exit code.
#include <filesystem>
#include <ostream>

namespace xrviz::data {

constexpr int kCheckValid = 0;
constexpr int kCheckInvalid = 2;

int check_dataset(const std::filesystem::path& folder, std::ostream& out);

}  // namespace xrviz::data
