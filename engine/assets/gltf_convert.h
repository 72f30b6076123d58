#pragma once
// tinygltf's parsed document -> GltfModel: every index checked, hierarchy resolved,
// ignored features noted. Internal to the glTF loader; throws gltf::FileFault.
#include "engine/assets/gltf_model.h"
#include "engine/assets/gltf_primitive.h"
#include "engine/assets/tiny_gltf_include.h"

namespace xrviz::assets::gltf {

GltfModel convert(const tinygltf::Model& model, Unsupported& unsupported);

}  // namespace xrviz::assets::gltf
