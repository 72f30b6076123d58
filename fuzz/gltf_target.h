#pragma once
// The glTF fuzz target's body, apart from libFuzzer's entry point (fuzz_gltf.cpp). Kept
// out of targets.h so the dataset readers' targets and their replay test need no tinygltf.
#include <string_view>

namespace xrviz::fuzz {

// Bytes as a .gltf or .glb through the loader, with no external files. Whatever loads
// must be consistent (every index in range, every image its stated size); anything else
// must be refused with xrviz::Error.
void gltf(std::string_view input);

}  // namespace xrviz::fuzz
