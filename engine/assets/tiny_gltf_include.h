#pragma once
// tinygltf's declarations (Debian's libtinygltf 2.7 carries the implementation, so no
// TINYGLTF_IMPLEMENTATION here). Its header is not ours to fix: its warnings are silenced
// here, and only here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include <tiny_gltf.h>
#pragma GCC diagnostic pop
