#pragma once
// The rack, server and GPU shapes the fleet is drawn with, built from boxes at true size
// in the frames FleetMeshes describes. Procedural stand-ins for glTF models.
#include "engine/assets/mesh_geometry.h"
#include "engine/render/fleet_description.h"

namespace xrviz::scenes::hall {

// Appends an axis-aligned box, faces wound counter-clockwise seen from outside.
void append_box(assets::MeshGeometry& mesh, glm::vec3 min, glm::vec3 max);

render::FleetMeshes make_fleet_meshes();

}  // namespace xrviz::scenes::hall
