#include "engine/core/error.h"

#include <filesystem>

namespace xrviz {

void fail(const std::string& message, std::source_location where) {
    const auto file = std::filesystem::path(where.file_name()).filename().string();
    throw Error(message + " (" + file + ":" + std::to_string(where.line()) + ")");
}

}  // namespace xrviz
