// libFuzzer entry point for fuzz/gltf_target.cpp (scripts/fuzz.sh runs it).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/gltf_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    xrviz::fuzz::gltf(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
