// Pose arithmetic on OpenXR's own types: quaternions (x, y, z, w) and vectors.
#pragma once

#include <openxr/openxr.h>

#include <cmath>

namespace xrviz::sim {

inline XrQuaternionf quatMul(const XrQuaternionf& a, const XrQuaternionf& b) {
    return {a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
            a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
            a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w,
            a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z};
}

inline XrQuaternionf quatConjugate(const XrQuaternionf& q) {
    return {-q.x, -q.y, -q.z, q.w};
}

inline XrQuaternionf quatNormalize(const XrQuaternionf& q) {
    const float length = std::sqrt(q.x * q.x + q.y * q.y + q.z * q.z + q.w * q.w);
    if (length < 1e-6f) {
        return {0, 0, 0, 1};
    }
    return {q.x / length, q.y / length, q.z / length, q.w / length};
}

inline XrVector3f rotate(const XrQuaternionf& q, const XrVector3f& v) {
    const XrQuaternionf p{v.x, v.y, v.z, 0};
    const XrQuaternionf r = quatMul(quatMul(q, p), quatConjugate(q));
    return {r.x, r.y, r.z};
}

inline XrVector3f add(const XrVector3f& a, const XrVector3f& b) {
    return {a.x + b.x, a.y + b.y, a.z + b.z};
}

inline XrVector3f scale(const XrVector3f& a, float s) {
    return {a.x * s, a.y * s, a.z * s};
}

// a * b: b expressed in a's frame, returned in a's parent frame.
inline XrPosef compose(const XrPosef& a, const XrPosef& b) {
    return {quatMul(a.orientation, b.orientation),
            add(a.position, rotate(a.orientation, b.position))};
}

inline XrPosef inverse(const XrPosef& a) {
    const XrQuaternionf q = quatConjugate(a.orientation);
    return {q, rotate(q, scale(a.position, -1.0f))};
}

inline XrPosef identityPose() {
    return {{0, 0, 0, 1}, {0, 0, 0}};
}

inline float lerp(float a, float b, float t) {
    return a + (b - a) * t;
}

inline XrVector3f lerp(const XrVector3f& a, const XrVector3f& b, float t) {
    return {lerp(a.x, b.x, t), lerp(a.y, b.y, t), lerp(a.z, b.z, t)};
}

inline XrQuaternionf slerp(const XrQuaternionf& a, XrQuaternionf b, float t) {
    float cosine = a.x * b.x + a.y * b.y + a.z * b.z + a.w * b.w;
    if (cosine < 0) {
        b = {-b.x, -b.y, -b.z, -b.w};
        cosine = -cosine;
    }
    if (cosine > 0.9995f) {
        return quatNormalize(
            {lerp(a.x, b.x, t), lerp(a.y, b.y, t), lerp(a.z, b.z, t), lerp(a.w, b.w, t)});
    }
    const float angle = std::acos(cosine);
    const float sine = std::sin(angle);
    const float wa = std::sin((1 - t) * angle) / sine;
    const float wb = std::sin(t * angle) / sine;
    return {wa * a.x + wb * b.x, wa * a.y + wb * b.y, wa * a.z + wb * b.z, wa * a.w + wb * b.w};
}

inline XrPosef interpolate(const XrPosef& a, const XrPosef& b, float t) {
    return {slerp(a.orientation, b.orientation, t), lerp(a.position, b.position, t)};
}

inline bool isUnitQuaternion(const XrQuaternionf& q) {
    const float length = q.x * q.x + q.y * q.y + q.z * q.z + q.w * q.w;
    return std::fabs(length - 1.0f) < 0.01f;
}

}  // namespace xrviz::sim
