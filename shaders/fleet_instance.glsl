// One drawn rack, server or GPU, written by fleet_cull.comp and read by fleet.vert.
struct FleetInstance {
    vec4 position_yaw;  // xyz: the mesh origin in the world, w: yaw in radians about +y
    vec4 colour;        // linear rgb, a unused
};

// A yaw about +y, the same convention as box.vert.
mat3 fleet_yaw(float yaw) {
    float c = cos(yaw);
    float s = sin(yaw);
    return mat3(c, 0.0, -s, 0.0, 1.0, 0.0, s, 0.0, c);
}
