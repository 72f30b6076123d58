// libFuzzer entry point for fuzz/targets.cpp's manifest target (scripts/fuzz.sh runs it).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    xrviz::fuzz::manifest(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
