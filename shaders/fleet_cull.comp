#version 450
#include "fleet_instance.glsl"

// One invocation per rack: derives the rack, its servers and GPUs from the rack's index
// and the layout (no per-instance data comes from the CPU), culls the rack against every
// view's frustum, picks a level of detail by distance from the nearest eye, and appends
// what it draws to the instance region of each mesh, counting in the indirect commands.
// Must match FleetLayout (engine/render/fleet_description.h) and hall_layout.cpp.
layout(local_size_x = 64) in;

const uint MESH_RACK_FRAME = 0u;
const uint MESH_RACK_BLOCK = 1u;
const uint MESH_SERVER = 2u;
const uint MESH_GPU = 3u;
const uint MESH_RACK_BOX = 4u;
const uint MESH_ROW_BOX = 5u;
const uint MESH_COUNT = 6u;

layout(std140, set = 0, binding = 0) uniform FleetParams {
    uvec4 counts;         // gpu_count, gpus_per_server, servers_per_rack, racks_per_row
    uvec4 grid;           // rows_per_hall, halls_per_row, gpu_columns, rack_count
    vec4 rack_size;       // xyz rack size, w cold aisle width
    vec4 stacking;        // x hot aisle width, y server base, z server pitch, w server z
    vec4 gpu_origin;      // xyz grid centre in the server's frame
    vec4 hall;            // xy first hall's origin (x, z), zw hall pitch (x, z)
    vec4 gpu_lod;         // xy gpu spacing (x, z), z detail distance, w block distance
    vec4 far_lod;         // x box distance, y row distance
    vec4 eyes[2];         // xyz eye position, w 1 when the view is in use
    vec4 planes[12];      // six frustum planes per view: xyz normal (inwards), w distance
    vec4 colours[MESH_COUNT];
    uvec4 regions[MESH_COUNT];  // x first instance slot of the mesh's region, y its size
    ivec4 draws[MESH_COUNT];    // x index count, y first index, z vertex offset
} params;

struct DrawCommand {  // VkDrawIndexedIndirectCommand
    uint index_count;
    uint instance_count;
    uint first_index;
    int vertex_offset;
    uint first_instance;
};
layout(std430, set = 0, binding = 1) buffer Commands { DrawCommand commands[]; };
layout(std430, set = 0, binding = 2) writeonly buffer Instances { FleetInstance instances[]; };

// Takes `n` slots of a mesh's region; false when the region is full, and then nothing is
// taken. A failed taker gives its count back, so the final count is exactly what was
// written even when several overshoot at once.
bool reserve(uint mesh, uint n, out uint first) {
    first = atomicAdd(commands[mesh].instance_count, n);
    if (first + n <= params.regions[mesh].y) return true;
    atomicAdd(commands[mesh].instance_count, uint(-int(n)));
    return false;
}

void emit(uint mesh, uint slot, vec3 position, float yaw) {
    instances[params.regions[mesh].x + slot] =
        FleetInstance(vec4(position, yaw), params.colours[mesh]);
}

bool in_frustum(uint view, vec3 centre, vec3 half_size) {
    for (uint p = 0u; p < 6u; ++p) {
        vec4 plane = params.planes[view * 6u + p];
        if (dot(plane.xyz, centre) + dot(abs(plane.xyz), half_size) + plane.w < 0.0) return false;
    }
    return true;
}

bool any_view_sees(vec3 centre, vec3 half_size) {
    for (uint v = 0u; v < 2u; ++v) {
        if (params.eyes[v].w != 0.0 && in_frustum(v, centre, half_size)) return true;
    }
    return false;
}

// From the nearest eye to the nearest point of a box.
float view_distance(vec3 centre, vec3 half_size) {
    float nearest = 1e30;
    for (uint v = 0u; v < 2u; ++v) {
        if (params.eyes[v].w == 0.0) continue;
        vec3 outside = max(abs(params.eyes[v].xyz - centre) - half_size, vec3(0.0));
        nearest = min(nearest, length(outside));
    }
    return nearest;
}

void main() {
    uint rack = gl_GlobalInvocationID.x;
    if (rack == 0u) {
        // The fill before this dispatch zeroed the commands; the parts that do not change
        // come from the uniforms.
        for (uint m = 0u; m < MESH_COUNT; ++m) {
            commands[m].index_count = uint(params.draws[m].x);
            commands[m].first_index = uint(params.draws[m].y);
            commands[m].vertex_offset = params.draws[m].z;
        }
    }
    if (rack >= params.grid.w) return;

    uint gpus_per_rack = params.counts.y * params.counts.z;
    uint rack_gpus = min(gpus_per_rack, params.counts.x - rack * gpus_per_rack);
    uint racks_per_hall = params.counts.w * params.grid.x;
    uint hall = rack / racks_per_hall;
    uint in_hall = rack % racks_per_hall;
    uint row = in_hall / params.counts.w;
    uint along = in_hall % params.counts.w;

    vec3 size = params.rack_size.xyz;
    float cold = params.rack_size.w;
    float hot = params.stacking.x;
    float period = cold + 2.0 * size.z + hot;
    uint side = row % 2u;
    float z = float(row / 2u) * period + cold + 0.5 * size.z + float(side) * (size.z + hot);
    float x = (float(along) + 0.5) * size.x;
    vec2 hall_offset = vec2(float(hall % params.grid.y), float(hall / params.grid.y)) *
                       params.hall.zw;
    vec2 floor_xz = params.hall.xy + hall_offset + vec2(x, z);
    vec3 position = vec3(floor_xz.x, 0.0, floor_xz.y);
    // Row A of a pair faces the cold aisle before it (-z), row B the one after it (+z).
    float yaw = side == 0u ? 3.14159265 : 0.0;

    // A full row far from every eye is one box, drawn by its first rack; every rack of the
    // row decides by the row's distance, so a row is never drawn both ways.
    uint row_first = rack - along;
    if (row_first + params.counts.w <= params.grid.w) {
        vec3 row_half = 0.5 * vec3(float(params.counts.w) * size.x, size.y, size.z);
        vec3 row_centre = position + vec3((0.5 * float(params.counts.w) - float(along) - 0.5) *
                                              size.x, row_half.y, 0.0);
        if (view_distance(row_centre, row_half) > params.far_lod.y) {
            uint row_slot;
            if (along == 0u && any_view_sees(row_centre, row_half) &&
                reserve(MESH_ROW_BOX, 1u, row_slot)) {
                emit(MESH_ROW_BOX, row_slot, position, 0.0);
            }
            return;
        }
    }

    // Yaw by 0 or pi leaves the footprint's box where it was.
    vec3 centre = position + vec3(0.0, 0.5 * size.y, 0.0);
    vec3 half_size = 0.5 * size;
    if (!any_view_sees(centre, half_size)) return;
    float distance_to_eye = view_distance(centre, half_size);

    uint slot;
    uint servers = (rack_gpus + params.counts.y - 1u) / params.counts.y;
    if (distance_to_eye > params.gpu_lod.w || !reserve(MESH_SERVER, servers, slot)) {
        uint mesh = distance_to_eye > params.far_lod.x ? MESH_RACK_BOX : MESH_RACK_BLOCK;
        if (reserve(mesh, 1u, slot)) emit(mesh, slot, position, yaw);
        return;
    }
    mat3 turn = fleet_yaw(yaw);
    for (uint s = 0u; s < servers; ++s) {
        vec3 local = vec3(0.0, params.stacking.y + float(s) * params.stacking.z, params.stacking.w);
        emit(MESH_SERVER, slot + s, position + turn * local, yaw);
    }
    if (reserve(MESH_RACK_FRAME, 1u, slot)) emit(MESH_RACK_FRAME, slot, position, yaw);

    uint gpu_slot;
    if (distance_to_eye > params.gpu_lod.z || !reserve(MESH_GPU, rack_gpus, gpu_slot)) return;
    uint columns = params.grid.z;
    uint depth_rows = (params.counts.y + columns - 1u) / columns;
    for (uint g = 0u; g < rack_gpus; ++g) {
        uint server = g / params.counts.y;
        uint in_server = g % params.counts.y;
        vec3 local = vec3(0.0, params.stacking.y + float(server) * params.stacking.z,
                          params.stacking.w) + params.gpu_origin.xyz +
                     vec3((float(in_server % columns) - 0.5 * float(columns - 1u)) * params.gpu_lod.x,
                          0.0,
                          (float(in_server / columns) - 0.5 * float(depth_rows - 1u)) * params.gpu_lod.y);
        emit(MESH_GPU, gpu_slot + g, position + turn * local, yaw);
    }
}
