#include "engine/core/error.h"

#include <filesystem>

namespace xrviz {

void fail(const std::string& message, const char* file, int line) {
    const auto name = std::filesystem::path(file).filename().string();
    throw Error(message + " (" + name + ":" + std::to_string(line) + ")");
}

}  // namespace xrviz
