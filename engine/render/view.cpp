#include "engine/render/view.h"

#include <cmath>

#include <glm/ext/matrix_clip_space.hpp>
#include <glm/ext/matrix_transform.hpp>
#include <glm/mat4x4.hpp>

namespace xrviz::render {

glm::mat4 perspective(float fov_y_radians, float aspect, float near_plane, float far_plane) {
    glm::mat4 p = glm::perspectiveRH_ZO(fov_y_radians, aspect, near_plane, far_plane);
    p[1][1] *= -1.0f;  // Vulkan's clip-space y points down
    return p;
}

glm::mat4 perspective_from_angles(float angle_left, float angle_right, float angle_up,
                                  float angle_down, float near_plane, float far_plane) {
    const float left = std::tan(angle_left) * near_plane;
    const float right = std::tan(angle_right) * near_plane;
    const float up = std::tan(angle_up) * near_plane;
    const float down = std::tan(angle_down) * near_plane;
    glm::mat4 p = glm::frustumRH_ZO(left, right, down, up, near_plane, far_plane);
    p[1][1] *= -1.0f;
    p[2][1] *= -1.0f;  // the vertical offset of an asymmetric frustum flips with y
    return p;
}

View look_at(const glm::vec3& eye, const glm::vec3& target, float fov_y_radians, float aspect) {
    return View{
        .view = glm::lookAtRH(eye, target, glm::vec3(0.0f, 1.0f, 0.0f)),
        .projection = perspective(fov_y_radians, aspect),
        .eye = eye,
    };
}

std::optional<glm::vec2> project_to_pixel(const View& view, const glm::vec3& world, int width,
                                          int height) {
    const glm::vec4 clip = view.projection * view.view * glm::vec4(world, 1.0f);
    if (clip.w <= 0.0f) return std::nullopt;
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    return glm::vec2((ndc.x * 0.5f + 0.5f) * static_cast<float>(width),
                     (ndc.y * 0.5f + 0.5f) * static_cast<float>(height));
}

Ray ray_through_pixel(const View& view, const glm::vec2& pixel, int width, int height) {
    const glm::vec2 ndc(pixel.x / static_cast<float>(width) * 2.0f - 1.0f,
                        pixel.y / static_cast<float>(height) * 2.0f - 1.0f);
    const glm::mat4 inverse = glm::inverse(view.projection * view.view);
    glm::vec4 near_point = inverse * glm::vec4(ndc, 0.0f, 1.0f);
    glm::vec4 far_point = inverse * glm::vec4(ndc, 1.0f, 1.0f);
    near_point /= near_point.w;
    far_point /= far_point.w;
    return Ray{glm::vec3(near_point), glm::normalize(glm::vec3(far_point - near_point))};
}

}  // namespace xrviz::render
