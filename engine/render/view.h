#pragma once
// Camera and projection math in xrviz's conventions: right-handed, y up, metres, the
// floor at y = 0; Vulkan clip space (y down, depth 0..1).
#include <optional>

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace xrviz::render {

// Where a camera stands and what it looks at; y is up.
struct CameraPose {
    glm::vec3 eye{0.0f, 1.6f, 3.0f};
    glm::vec3 target{0.0f, 1.0f, 0.0f};
};

struct View {
    glm::mat4 view{1.0f};
    glm::mat4 projection{1.0f};
    glm::vec3 eye{0.0f};
};

inline constexpr float kNearPlane = 0.05f;
// Far enough to see a fleet of a million GPUs (some forty halls) from above; depth
// precision near the eye depends on the near plane, not on this.
inline constexpr float kFarPlane = 2000.0f;

// Symmetric perspective for a window or screenshot.
glm::mat4 perspective(float fov_y_radians, float aspect, float near_plane = kNearPlane,
                      float far_plane = kFarPlane);
// Asymmetric perspective from a headset's four half-angles (OpenXR's XrFovf; left and
// down are negative).
glm::mat4 perspective_from_angles(float angle_left, float angle_right, float angle_up,
                                  float angle_down, float near_plane = kNearPlane,
                                  float far_plane = kFarPlane);

View look_at(const glm::vec3& eye, const glm::vec3& target, float fov_y_radians, float aspect);

// The pixel (x right, y down, origin at the top-left corner of the image) where a world
// point lands, or nothing when it is behind the camera.
std::optional<glm::vec2> project_to_pixel(const View& view, const glm::vec3& world, int width,
                                          int height);

// A world-space ray through a pixel, for picking with the mouse.
struct Ray {
    glm::vec3 origin{0.0f};
    glm::vec3 direction{0.0f, 0.0f, -1.0f};
};
Ray ray_through_pixel(const View& view, const glm::vec2& pixel, int width, int height);

}  // namespace xrviz::render
