#pragma once
// Triangle geometry in plain memory: what a glTF primitive or a procedural shape becomes
// before the renderer uploads it. No Vulkan here.
#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

namespace xrviz::assets {

struct MeshVertex {
    glm::vec3 position{0.0f};
    glm::vec3 normal{0.0f, 1.0f, 0.0f};
    glm::vec2 uv{0.0f};
};

struct MeshGeometry {
    std::string name;  // for debug names and error messages
    std::vector<MeshVertex> vertices;
    std::vector<std::uint32_t> indices;  // triangle list
    glm::vec3 bounds_min{0.0f};
    glm::vec3 bounds_max{0.0f};
};

}  // namespace xrviz::assets
