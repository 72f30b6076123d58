#pragma once
// The rack, server and GPU models the fleet is drawn with, loaded with tinygltf from
// assets/models/ (tools/models/make_models.py writes them), and where the models put
// servers in a rack and GPUs in a server, so that instances land where the models' own
// hierarchy would put them.
#include <filesystem>

#include "engine/render/fleet_description.h"
#include "scenes/hall/hall_layout.h"

namespace xrviz::scenes::hall {

struct HallModels {
    render::FleetMeshes meshes;
    RackPlacement placement;
};

// Reads rack_2node.gltf (the cabinet, without its nodes), gpu_node_8x.gltf (the server,
// without its GPUs), h100_sxm.gltf and rack_2node_lod.gltf from `dir`. Throws
// xrviz::Error naming the file when one is missing or malformed, lacks the nodes the
// placement is read from, or is not the size the hall's layout assumes.
HallModels load_hall_models(const std::filesystem::path& dir);

// A row of `racks` side by side as one box, from the far rack box: origin at the first
// rack's origin, the row running along +x.
render::FleetShape make_row_box(const render::FleetShape& rack_box, std::uint32_t racks);

}  // namespace xrviz::scenes::hall
