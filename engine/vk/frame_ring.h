#pragma once
// Per-frame-in-flight resources: a command buffer, a fence, a mapped arena for per-frame
// data (instances, uniforms), GPU timestamps, and objects whose release is deferred until
// the GPU has finished the frame that last used them.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "engine/vk/buffer.h"
#include "engine/vk/handle.h"
#include "engine/vk/swapchain.h"

namespace xrviz::vk {

struct ArenaSlice {
    VkBuffer buffer = VK_NULL_HANDLE;
    VkDeviceSize offset = 0;
    VkDeviceSize size = 0;
    void* data = nullptr;
};

class FrameRing {
public:
    FrameRing(const Context& context, MemoryAllocator& allocator, std::uint32_t frames_in_flight,
              VkDeviceSize arena_bytes);
    ~FrameRing();
    FrameRing(const FrameRing&) = delete;
    FrameRing& operator=(const FrameRing&) = delete;

    // Waits until the slot's previous frame is done, collects its GPU time, releases what
    // it deferred, and begins recording. Returns the command buffer.
    VkCommandBuffer begin_frame();
    // Ends recording and submits; the semaphores belong to a swapchain, if any.
    void end_frame(std::span<const VkSemaphore> wait = {},
                   std::span<const VkPipelineStageFlags> wait_stages = {},
                   std::span<const VkSemaphore> signal = {});
    // Ends a frame that writes the swapchain `image` (first at `first_write_stage`) and
    // hands it to present; nothing acquired: a plain end_frame().
    void end_frame(const std::optional<AcquiredImage>& image,
                   VkPipelineStageFlags first_write_stage);

    // Host-visible memory valid until this frame's slot comes round again.
    ArenaSlice allocate(VkDeviceSize bytes, VkDeviceSize alignment);

    // Keeps `object` alive until the GPU has finished the current frame.
    template <typename T>
    void defer_release(T&& object) {
        defer_release_erased(std::make_shared<std::decay_t<T>>(std::forward<T>(object)));
    }

    VkCommandBuffer command_buffer() const;
    std::uint32_t slot() const { return slot_; }
    std::uint32_t frames_in_flight() const { return static_cast<std::uint32_t>(frames_.size()); }
    // GPU milliseconds of the most recently completed frame, when timestamps are supported.
    std::optional<double> last_gpu_ms() const { return last_gpu_ms_; }
    // How long the last begin_frame waited for the GPU to retire its slot (fence and
    // timestamps): frame time that is not the CPU's own work.
    double last_gpu_wait_ms() const { return last_gpu_wait_ms_; }
    // Waits for every frame in flight; used before resizing or tearing down.
    void wait_all();

private:
    struct Frame;
    void defer_release_erased(std::shared_ptr<void> object);
    Frame& current() { return *frames_[slot_]; }
    void collect_timestamps(Frame& frame);

    const Context& context_;
    MemoryAllocator& allocator_;
    UniqueCommandPool pool_;
    UniqueQueryPool queries_;
    double timestamp_period_ns_ = 0.0;
    std::vector<std::unique_ptr<Frame>> frames_;
    std::uint32_t slot_ = 0;
    std::uint64_t frame_number_ = 0;
    bool recording_ = false;
    std::optional<double> last_gpu_ms_;
    double last_gpu_wait_ms_ = 0.0;
};

}  // namespace xrviz::vk
