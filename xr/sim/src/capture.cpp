#include "capture.h"

#include "log.h"
#include "pose_math.h"
#include "registry.h"
#include "spaces.h"
#include "vk_objects.h"

#include <nlohmann/json.hpp>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wcast-align"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <stb/stb_image_write.h>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cmath>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace xrviz::sim {
namespace {

using nlohmann::json;

json poseJson(const XrPosef& pose) {
    return {{"position", {pose.position.x, pose.position.y, pose.position.z}},
            {"orientation",
             {pose.orientation.x, pose.orientation.y, pose.orientation.z, pose.orientation.w}}};
}

bool isBgra(VkFormat format) {
    return format == VK_FORMAT_B8G8R8A8_SRGB || format == VK_FORMAT_B8G8R8A8_UNORM;
}

bool isSrgb(VkFormat format) {
    return format == VK_FORMAT_B8G8R8A8_SRGB || format == VK_FORMAT_R8G8B8A8_SRGB;
}

uint8_t linearToSrgb(uint8_t value) {
    const float linear = static_cast<float>(value) / 255.0f;
    const float encoded =
        linear <= 0.0031308f ? linear * 12.92f : 1.055f * std::pow(linear, 1.0f / 2.4f) - 0.055f;
    return static_cast<uint8_t>(std::lround(std::clamp(encoded, 0.0f, 1.0f) * 255.0f));
}

// Bytes per texel of the formats a capture can read: RGBA8/BGRA8 colour, D32 and D16 depth.
uint32_t texelSize(VkFormat format) {
    switch (format) {
        case VK_FORMAT_D16_UNORM: return 2;
        case VK_FORMAT_D24_UNORM_S8_UINT: return 0;  // packed with stencil: not read back
        default: return 4;
    }
}

// Copies one layer of the swapchain's last released image to host memory as it is stored.
// Returns false (logged) when it cannot.
bool readBack(Session& session, const Swapchain& swapchain, const XrSwapchainSubImage& subImage,
              std::vector<uint8_t>& texels) {
    const VkFormat format = swapchain.images->format();
    const uint32_t texel = texelSize(format);
    if (texel == 0 || swapchain.info.sampleCount != 1) {
        logInfo("capture: skipping a multisampled or depth-stencil swapchain");
        return false;
    }
    const VkImageAspectFlags aspect =
        isDepthFormat(format) ? VK_IMAGE_ASPECT_DEPTH_BIT : VK_IMAGE_ASPECT_COLOR_BIT;
    VulkanBinding& vulkan = *session.vulkan;
    const auto width = static_cast<uint32_t>(subImage.imageRect.extent.width);
    const auto height = static_cast<uint32_t>(subImage.imageRect.extent.height);
    const VkDeviceSize size = VkDeviceSize{width} * height * texel;
    const VkBufferCreateInfo bufferInfo{
        .sType = VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO,
        .size = size,
        .usage = VK_BUFFER_USAGE_TRANSFER_DST_BIT,
        .sharingMode = VK_SHARING_MODE_EXCLUSIVE,
    };
    VkBuffer rawBuffer = VK_NULL_HANDLE;
    vkCheck(vkCreateBuffer(vulkan.device(), &bufferInfo, nullptr, &rawBuffer), "vkCreateBuffer",
            "the capture read-back buffer");
    const Buffer buffer(vulkan.device(), rawBuffer);
    vulkan.name(VK_OBJECT_TYPE_BUFFER, reinterpret_cast<uint64_t>(rawBuffer),
                "capture read-back buffer");
    VkMemoryRequirements requirements{};
    vkGetBufferMemoryRequirements(vulkan.device(), rawBuffer, &requirements);
    const Memory memory = vulkan.allocate(
        requirements, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT,
        "the capture read-back buffer");
    vkCheck(vkBindBufferMemory(vulkan.device(), rawBuffer, memory.get(), 0), "vkBindBufferMemory",
            "the capture read-back buffer");

    const VkImage image = swapchain.images->handles()[static_cast<size_t>(swapchain.lastReleased)];
    const VkImageLayout layout = swapchain.images->layout();
    const VkImageSubresourceRange range{aspect, 0, 1, subImage.imageArrayIndex, 1};
    vulkan.submitAndWait(
        [&](VkCommandBuffer commands) {
            // The app's rendering was submitted earlier on this queue; wait for all of it.
            const VkImageMemoryBarrier toTransfer{
                .sType = VK_STRUCTURE_TYPE_IMAGE_MEMORY_BARRIER,
                .srcAccessMask = VK_ACCESS_MEMORY_WRITE_BIT,
                .dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT,
                .oldLayout = layout,
                .newLayout = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
                .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
                .image = image,
                .subresourceRange = range,
            };
            vkCmdPipelineBarrier(commands, VK_PIPELINE_STAGE_ALL_COMMANDS_BIT,
                                 VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 0, nullptr, 0, nullptr, 1,
                                 &toTransfer);
            const VkBufferImageCopy region{
                .bufferOffset = 0,
                .bufferRowLength = 0,
                .bufferImageHeight = 0,
                .imageSubresource = {aspect, 0, subImage.imageArrayIndex, 1},
                .imageOffset = {subImage.imageRect.offset.x, subImage.imageRect.offset.y, 0},
                .imageExtent = {width, height, 1},
            };
            vkCmdCopyImageToBuffer(commands, image, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, rawBuffer,
                                   1, &region);
            // Back to the layout the app gets the image in.
            const VkImageMemoryBarrier back{
                .sType = VK_STRUCTURE_TYPE_IMAGE_MEMORY_BARRIER,
                .srcAccessMask = 0,
                .dstAccessMask = VK_ACCESS_MEMORY_READ_BIT | VK_ACCESS_MEMORY_WRITE_BIT,
                .oldLayout = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                .newLayout = layout,
                .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
                .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
                .image = image,
                .subresourceRange = range,
            };
            const VkBufferMemoryBarrier toHost{
                .sType = VK_STRUCTURE_TYPE_BUFFER_MEMORY_BARRIER,
                .srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT,
                .dstAccessMask = VK_ACCESS_HOST_READ_BIT,
                .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
                .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
                .buffer = rawBuffer,
                .offset = 0,
                .size = VK_WHOLE_SIZE,
            };
            vkCmdPipelineBarrier(commands, VK_PIPELINE_STAGE_TRANSFER_BIT,
                                 VK_PIPELINE_STAGE_ALL_COMMANDS_BIT | VK_PIPELINE_STAGE_HOST_BIT, 0,
                                 0, nullptr, 1, &toHost, 1, &back);
        },
        "the capture of a swapchain image");

    void* mapped = nullptr;
    vkCheck(vkMapMemory(vulkan.device(), memory.get(), 0, VK_WHOLE_SIZE, 0, &mapped), "vkMapMemory",
            "the capture read-back buffer");
    const auto* bytes = static_cast<const uint8_t*>(mapped);
    texels.assign(bytes, bytes + size);
    vkUnmapMemory(vulkan.device(), memory.get());
    return true;
}

// Colour as RGBA8 with sRGB encoding: what a display shows.
std::vector<uint8_t> displayedColour(const std::vector<uint8_t>& texels, VkFormat format,
                                     bool opaque) {
    std::vector<uint8_t> rgba(texels.size());
    const bool bgra = isBgra(format);
    const bool srgb = isSrgb(format);
    for (size_t i = 0; i < rgba.size(); i += 4) {
        const uint8_t r = texels[i + (bgra ? 2 : 0)];
        const uint8_t g = texels[i + 1];
        const uint8_t b = texels[i + (bgra ? 0 : 2)];
        rgba[i + 0] = srgb ? r : linearToSrgb(r);
        rgba[i + 1] = srgb ? g : linearToSrgb(g);
        rgba[i + 2] = srgb ? b : linearToSrgb(b);
        rgba[i + 3] = opaque ? 255 : texels[i + 3];
    }
    return rgba;
}

// Depth as grey levels of distance from the eye, from the layer's depth info: black at the
// near plane, white at kDepthCaptureRange metres and beyond, so a test can read distances.
constexpr float kDepthCaptureRange = 25.5f;  // 0.1 m per grey level

std::vector<uint8_t> depthAsDistance(const std::vector<uint8_t>& texels, VkFormat format,
                                     const XrCompositionLayerDepthInfoKHR& info) {
    const size_t count = texels.size() / texelSize(format);
    std::vector<uint8_t> rgba(count * 4);
    for (size_t i = 0; i < count; ++i) {
        float stored = 0.0f;
        if (format == VK_FORMAT_D16_UNORM) {
            uint16_t value = 0;
            std::memcpy(&value, &texels[i * 2], 2);
            stored = static_cast<float>(value) / 65535.0f;
        } else {
            std::memcpy(&stored, &texels[i * 4], 4);
        }
        // Map the stored value onto [0, 1] between minDepth and maxDepth, then invert the
        // perspective depth mapping between nearZ and farZ (either order, as the spec allows).
        const float t = (stored - info.minDepth) / (info.maxDepth - info.minDepth);
        const float n = info.nearZ;
        const float f = info.farZ;
        const float distance = n * f / (f - t * (f - n));
        const float grey = std::clamp(distance / kDepthCaptureRange, 0.0f, 1.0f);
        const auto level = static_cast<uint8_t>(std::lround(grey * 255.0f));
        rgba[i * 4 + 0] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = level;
        rgba[i * 4 + 3] = 255;
    }
    return rgba;
}

// `depth`: the sub-image is a depth image described by this info.
void writeCapture(Session& session, const std::string& stem, const XrSwapchainSubImage& subImage,
                  bool opaque, json meta,
                  const XrCompositionLayerDepthInfoKHR* depth = nullptr) {
    const Swapchain* swapchain = lookup<Swapchain>(subImage.swapchain);
    std::vector<uint8_t> texels;
    if (swapchain == nullptr || !readBack(session, *swapchain, subImage, texels)) {
        return;
    }
    const VkFormat format = swapchain->images->format();
    std::vector<uint8_t> rgba;
    if (depth != nullptr) {
        rgba = depthAsDistance(texels, format, *depth);
        meta["depth"] = {{"near_z", depth->nearZ},
                         {"far_z", depth->farZ},
                         {"metres_per_grey_level", kDepthCaptureRange / 255.0f}};
    } else {
        rgba = displayedColour(texels, format, opaque);
    }
    const std::string png = stem + ".png";
    const int width = subImage.imageRect.extent.width;
    const int height = subImage.imageRect.extent.height;
    if (stbi_write_png(png.c_str(), width, height, 4, rgba.data(), width * 4) == 0) {
        logError("capture: cannot write %s", png.c_str());
        return;
    }
    meta["image"] = std::filesystem::path(png).filename().string();
    meta["format"] = static_cast<int64_t>(swapchain->info.format);
    meta["image_rect"] = {subImage.imageRect.offset.x, subImage.imageRect.offset.y, width, height};
    meta["image_array_index"] = subImage.imageArrayIndex;
    meta["swapchain_size"] = {swapchain->info.width, swapchain->info.height,
                              swapchain->info.arraySize};
    std::ofstream(stem + ".json") << meta.dump(2) << "\n";
    ++session.counters.captured;
    logInfo("capture: wrote %s", png.c_str());
}

json spaceJson(const XrSpace handle, const XrPosef& poseInSpace, XrTime time) {
    json result = json::object();
    const Space* space = lookup<Space>(handle);
    if (space == nullptr) {
        return result;
    }
    if (space->reference) {
        result["space"] = *space->reference == XR_REFERENCE_SPACE_TYPE_VIEW    ? "view"
                          : *space->reference == XR_REFERENCE_SPACE_TYPE_LOCAL ? "local"
                                                                               : "stage";
    } else {
        result["space"] = "action";
    }
    if (const auto inStage = stageFromSpace(*space, time)) {
        result["pose_in_stage"] = poseJson(compose(*inStage, poseInSpace));
    }
    return result;
}

}  // namespace

void captureFrame(Session& session, uint64_t frame, const XrFrameEndInfo& info) {
    const std::string& dir = session.instance->config.captureDir;
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    char prefix[64];
    std::snprintf(prefix, sizeof(prefix), "frame%04llu", static_cast<unsigned long long>(frame));
    const bool opaque = info.environmentBlendMode == XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    uint32_t projections = 0;
    uint32_t quads = 0;
    for (uint32_t i = 0; i < info.layerCount; ++i) {
        const XrCompositionLayerBaseHeader* layer = info.layers[i];
        json base{{"frame", frame},
                  {"layer", i},
                  {"display_time", info.displayTime},
                  {"blend_mode", blendModeName(info.environmentBlendMode)}};
        if (layer->type == XR_TYPE_COMPOSITION_LAYER_PROJECTION) {
            const auto* projection = reinterpret_cast<const XrCompositionLayerProjection*>(layer);
            const std::string kind =
                projections == 0 ? "_proj" : "_proj" + std::to_string(projections);
            ++projections;
            for (uint32_t eye = 0; eye < projection->viewCount; ++eye) {
                const XrCompositionLayerProjectionView& view = projection->views[eye];
                json meta = base;
                meta.update(spaceJson(layer->space, view.pose, info.displayTime));
                meta["type"] = "projection";
                meta["eye"] = eye;
                meta["pose"] = poseJson(view.pose);
                meta["fov"] = {{"angle_left", view.fov.angleLeft},
                               {"angle_right", view.fov.angleRight},
                               {"angle_up", view.fov.angleUp},
                               {"angle_down", view.fov.angleDown}};
                const std::string stem = dir + "/" + prefix + kind;
                writeCapture(session, stem + "_eye" + std::to_string(eye), view.subImage, opaque,
                             meta);
                if (const auto* depth = findInChain<XrCompositionLayerDepthInfoKHR>(
                        view.next, XR_TYPE_COMPOSITION_LAYER_DEPTH_INFO_KHR)) {
                    writeCapture(session, stem + "_depth_eye" + std::to_string(eye),
                                 depth->subImage, true, meta, depth);
                }
            }
        } else if (layer->type == XR_TYPE_COMPOSITION_LAYER_QUAD) {
            const auto* quad = reinterpret_cast<const XrCompositionLayerQuad*>(layer);
            json meta = base;
            meta.update(spaceJson(layer->space, quad->pose, info.displayTime));
            meta["type"] = "quad";
            meta["pose"] = poseJson(quad->pose);
            meta["size"] = {quad->size.width, quad->size.height};
            meta["eye_visibility"] = static_cast<int>(quad->eyeVisibility);
            writeCapture(session, dir + "/" + prefix + "_quad" + std::to_string(quads++),
                         quad->subImage, false, meta);
        }
    }
}

}  // namespace xrviz::sim
