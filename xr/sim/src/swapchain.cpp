// Swapchains: VkImages on the app's device, three per swapchain (one when static), and
// the acquire -> wait -> release order the specification asks for.
#include "api.h"
#include "log.h"
#include "registry.h"
#include "vk_objects.h"

#include <algorithm>

namespace xrviz::sim {
namespace {

constexpr uint32_t kImageCount = 3;

// In the order an app should prefer them; only those the device supports are offered.
constexpr VkFormat kCandidateFormats[] = {
    VK_FORMAT_R8G8B8A8_SRGB,  VK_FORMAT_B8G8R8A8_SRGB, VK_FORMAT_R8G8B8A8_UNORM,
    VK_FORMAT_B8G8R8A8_UNORM, VK_FORMAT_D32_SFLOAT,    VK_FORMAT_D24_UNORM_S8_UINT,
    VK_FORMAT_D16_UNORM,
};

std::vector<int64_t> supportedFormats(VkPhysicalDevice physicalDevice) {
    std::vector<int64_t> formats;
    for (const VkFormat format : kCandidateFormats) {
        VkFormatProperties properties{};
        vkGetPhysicalDeviceFormatProperties(physicalDevice, format, &properties);
        const VkFormatFeatureFlags needed =
            (isDepthFormat(format) ? VK_FORMAT_FEATURE_DEPTH_STENCIL_ATTACHMENT_BIT
                                   : VK_FORMAT_FEATURE_COLOR_ATTACHMENT_BIT) |
            VK_FORMAT_FEATURE_TRANSFER_SRC_BIT;
        if ((properties.optimalTilingFeatures & needed) == needed) {
            formats.push_back(format);
        }
    }
    return formats;
}

Swapchain* validSwapchain(XrSwapchain handle) {
    return lookup<Swapchain>(handle);
}

}  // namespace

Swapchain::Swapchain(Session* owner) : Object(kType, owner), session(owner) {}
Swapchain::~Swapchain() = default;

XrResult XRAPI_CALL EnumerateSwapchainFormats(XrSession session, uint32_t capacity, uint32_t* count,
                                              int64_t* formats) {
    return guarded(__func__, [&] {
        const Session* object = lookup<Session>(session);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        return twoCall(capacity, count, formats,
                       supportedFormats(object->vulkan->physicalDevice()));
    });
}

XrResult XRAPI_CALL CreateSwapchain(XrSession session, const XrSwapchainCreateInfo* createInfo,
                                    XrSwapchain* swapchain) {
    return guarded(__func__, [&] {
        Session* owner = lookup<Session>(session);
        if (owner == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (createInfo == nullptr || swapchain == nullptr ||
            createInfo->type != XR_TYPE_SWAPCHAIN_CREATE_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if ((createInfo->createFlags & XR_SWAPCHAIN_CREATE_PROTECTED_CONTENT_BIT) != 0) {
            return misuse(__func__, XR_ERROR_FEATURE_UNSUPPORTED, "no protected content");
        }
        const auto formats = supportedFormats(owner->vulkan->physicalDevice());
        if (std::find(formats.begin(), formats.end(), createInfo->format) == formats.end()) {
            return misuse(__func__, XR_ERROR_SWAPCHAIN_FORMAT_UNSUPPORTED, "format not offered");
        }
        const Config& config = owner->instance->config;
        if (createInfo->width == 0 || createInfo->height == 0 ||
            createInfo->width > config.maxImageSize || createInfo->height > config.maxImageSize ||
            createInfo->arraySize == 0 || createInfo->mipCount == 0 || createInfo->faceCount != 1 ||
            createInfo->sampleCount == 0 || createInfo->sampleCount > config.maxSamples ||
            (createInfo->sampleCount & (createInfo->sampleCount - 1)) != 0) {
            return misuse(__func__, XR_ERROR_VALIDATION_FAILURE,
                          "size, array size, mip count, face count or sample count out of range");
        }
        const bool depth = isDepthFormat(static_cast<VkFormat>(createInfo->format));
        if (depth && (createInfo->usageFlags & XR_SWAPCHAIN_USAGE_COLOR_ATTACHMENT_BIT) != 0) {
            return misuse(__func__, XR_ERROR_FEATURE_UNSUPPORTED, "a depth format as colour");
        }
        if (!depth &&
            (createInfo->usageFlags & XR_SWAPCHAIN_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT) != 0) {
            return misuse(__func__, XR_ERROR_FEATURE_UNSUPPORTED, "a colour format as depth");
        }
        if (!supportsSwapchain(owner->vulkan->physicalDevice(), *createInfo)) {
            return misuse(__func__, XR_ERROR_FEATURE_UNSUPPORTED,
                          "the device cannot make images with this format, usage and size");
        }
        auto created = std::make_unique<Swapchain>(owner);
        created->info = *createInfo;
        created->info.next = nullptr;
        const bool isStatic = (createInfo->createFlags & XR_SWAPCHAIN_CREATE_STATIC_IMAGE_BIT) != 0;
        created->images = std::make_unique<SwapchainImages>(*owner->vulkan, created->info,
                                                            isStatic ? 1 : kImageCount);
        Swapchain* object = registry().add(std::move(created));
        logInfo("swapchain %ux%u x%u format %lld, %zu images", createInfo->width,
                createInfo->height, createInfo->arraySize,
                static_cast<long long>(createInfo->format), object->images->handles().size());
        *swapchain = toHandle<XrSwapchain>(object);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL DestroySwapchain(XrSwapchain swapchain) {
    return guarded(__func__, [&] {
        Swapchain* object = validSwapchain(swapchain);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        registry().destroy(object);
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL EnumerateSwapchainImages(XrSwapchain swapchain, uint32_t capacity,
                                             uint32_t* count, XrSwapchainImageBaseHeader* images) {
    return guarded(__func__, [&] {
        const Swapchain* object = validSwapchain(swapchain);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        const auto& handles = object->images->handles();
        if (count == nullptr) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        *count = static_cast<uint32_t>(handles.size());
        if (capacity == 0) {
            return XR_SUCCESS;
        }
        if (capacity < handles.size() || images == nullptr) {
            return XR_ERROR_SIZE_INSUFFICIENT;
        }
        auto* vulkanImages = reinterpret_cast<XrSwapchainImageVulkanKHR*>(images);
        for (size_t i = 0; i < handles.size(); ++i) {
            if (vulkanImages[i].type != XR_TYPE_SWAPCHAIN_IMAGE_VULKAN_KHR) {
                return XR_ERROR_VALIDATION_FAILURE;
            }
        }
        for (size_t i = 0; i < handles.size(); ++i) {
            vulkanImages[i].image = handles[i];
        }
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL AcquireSwapchainImage(XrSwapchain swapchain,
                                          const XrSwapchainImageAcquireInfo* acquireInfo,
                                          uint32_t* index) {
    return guarded(__func__, [&] {
        Swapchain* object = validSwapchain(swapchain);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if ((acquireInfo != nullptr && acquireInfo->type != XR_TYPE_SWAPCHAIN_IMAGE_ACQUIRE_INFO) ||
            index == nullptr) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        const size_t imageCount = object->images->handles().size();
        if ((object->info.createFlags & XR_SWAPCHAIN_CREATE_STATIC_IMAGE_BIT) != 0 &&
            object->staticAcquired) {
            return misuse(__func__, XR_ERROR_CALL_ORDER_INVALID, "a static image is acquired once");
        }
        if (object->acquired.size() == imageCount) {
            return misuse(__func__, XR_ERROR_CALL_ORDER_INVALID, "every image is acquired");
        }
        *index = object->nextIndex;
        object->acquired.push_back(object->nextIndex);
        object->nextIndex = static_cast<uint32_t>((object->nextIndex + 1) % imageCount);
        object->staticAcquired = true;
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL WaitSwapchainImage(XrSwapchain swapchain,
                                       const XrSwapchainImageWaitInfo* waitInfo) {
    return guarded(__func__, [&] {
        Swapchain* object = validSwapchain(swapchain);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (waitInfo == nullptr || waitInfo->type != XR_TYPE_SWAPCHAIN_IMAGE_WAIT_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (object->acquired.empty() || object->frontWaited) {
            return misuse(__func__, XR_ERROR_CALL_ORDER_INVALID,
                          "no acquired image waiting (or one waited and not released)");
        }
        object->frontWaited = true;  // the sim's images are ready at once
        return XR_SUCCESS;
    });
}

XrResult XRAPI_CALL ReleaseSwapchainImage(XrSwapchain swapchain,
                                          const XrSwapchainImageReleaseInfo* releaseInfo) {
    return guarded(__func__, [&] {
        Swapchain* object = validSwapchain(swapchain);
        if (object == nullptr) {
            return XR_ERROR_HANDLE_INVALID;
        }
        if (releaseInfo != nullptr && releaseInfo->type != XR_TYPE_SWAPCHAIN_IMAGE_RELEASE_INFO) {
            return XR_ERROR_VALIDATION_FAILURE;
        }
        if (object->acquired.empty() || !object->frontWaited) {
            return misuse(__func__, XR_ERROR_CALL_ORDER_INVALID, "no waited image to release");
        }
        object->lastReleased = object->acquired.front();
        object->acquired.pop_front();
        object->frontWaited = false;
        return XR_SUCCESS;
    });
}

}  // namespace xrviz::sim
