#include "engine/vk/frame_ring.h"

#include <algorithm>
#include <chrono>
#include <string>

#include "engine/core/error.h"
#include "engine/vk/check.h"
#include "engine/vk/commands.h"
#include "engine/vk/context.h"

namespace xrviz::vk {

struct FrameRing::Frame {
    VkCommandBuffer cmd = VK_NULL_HANDLE;
    UniqueFence fence;
    std::vector<Buffer> arena_chunks;  // usually one; more when a frame outgrew it
    VkDeviceSize arena_used = 0;
    std::vector<std::shared_ptr<void>> garbage;
    bool submitted = false;
    bool timestamps_written = false;
};

namespace {
VkDeviceSize align_up(VkDeviceSize value, VkDeviceSize alignment) {
    return (value + alignment - 1) / alignment * alignment;
}
constexpr VkBufferUsageFlags kArenaUsage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT |
                                           VK_BUFFER_USAGE_UNIFORM_BUFFER_BIT |
                                           VK_BUFFER_USAGE_VERTEX_BUFFER_BIT |
                                           VK_BUFFER_USAGE_INDEX_BUFFER_BIT |
                                           VK_BUFFER_USAGE_INDIRECT_BUFFER_BIT;
}  // namespace

FrameRing::FrameRing(const Context& context, MemoryAllocator& allocator,
                     std::uint32_t frames_in_flight, VkDeviceSize arena_bytes)
    : context_(context),
      allocator_(allocator),
      pool_(create_command_pool(context, VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT,
                                "frame ring")) {
    std::vector<VkCommandBuffer> buffers(frames_in_flight);
    const VkCommandBufferAllocateInfo alloc{
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO,
        .commandPool = pool_.get(),
        .level = VK_COMMAND_BUFFER_LEVEL_PRIMARY,
        .commandBufferCount = frames_in_flight,
    };
    XRVIZ_VK_CHECK(vkAllocateCommandBuffers(context.device(), &alloc, buffers.data()),
                   "frame command buffers");

    // Timestamps need a graphics queue with valid bits; lavapipe and every desktop GPU
    // have them, but the measurement is optional, not a requirement.
    std::uint32_t family_count = 0;
    vkGetPhysicalDeviceQueueFamilyProperties(context.physical_device(), &family_count, nullptr);
    std::vector<VkQueueFamilyProperties> families(family_count);
    vkGetPhysicalDeviceQueueFamilyProperties(context.physical_device(), &family_count,
                                             families.data());
    if (families[context.queue_family()].timestampValidBits > 0 &&
        context.properties().limits.timestampPeriod > 0) {
        timestamp_period_ns_ = context.properties().limits.timestampPeriod;
        const VkQueryPoolCreateInfo query_info{
            .sType = VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO,
            .queryType = VK_QUERY_TYPE_TIMESTAMP,
            .queryCount = 2 * frames_in_flight,
        };
        VkQueryPool pool = VK_NULL_HANDLE;
        XRVIZ_VK_CHECK(vkCreateQueryPool(context.device(), &query_info, nullptr, &pool),
                       "frame timestamps");
        queries_ = UniqueQueryPool(context.device(), pool);
        context.names().set(pool, VK_OBJECT_TYPE_QUERY_POOL, "frame timestamps");
    }

    for (std::uint32_t i = 0; i < frames_in_flight; ++i) {
        auto frame = std::make_unique<Frame>();
        const std::string name = "frame slot " + std::to_string(i);
        frame->cmd = buffers[i];
        context.names().set(frame->cmd, VK_OBJECT_TYPE_COMMAND_BUFFER, name);
        frame->fence = create_fence(context, true, name);
        frame->arena_chunks.emplace_back(context, allocator, arena_bytes, kArenaUsage,
                                         MemoryUsage::host_visible, name + " arena");
        frames_.push_back(std::move(frame));
    }
}

FrameRing::~FrameRing() {
    // Outstanding work must finish before command buffers and arenas go away; a failure
    // here (device lost) leaves nothing better to do than to proceed with teardown.
    std::vector<VkFence> fences;
    for (const auto& frame : frames_) {
        if (frame->submitted) fences.push_back(frame->fence.get());
    }
    if (!fences.empty()) {
        vkWaitForFences(context_.device(), static_cast<std::uint32_t>(fences.size()),
                        fences.data(), VK_TRUE, UINT64_MAX);
    }
}

void FrameRing::wait_all() {
    for (auto& frame : frames_) {
        if (!frame->submitted) continue;
        const VkFence fence = frame->fence.get();
        XRVIZ_VK_CHECK(vkWaitForFences(context_.device(), 1, &fence, VK_TRUE, UINT64_MAX),
                       "frame fence");
    }
}

void FrameRing::collect_timestamps(Frame& frame) {
    if (!queries_ || !frame.timestamps_written) return;
    std::uint64_t stamps[2] = {};
    const VkResult result = vkGetQueryPoolResults(
        context_.device(), queries_.get(), 2 * slot_, 2, sizeof(stamps), stamps,
        sizeof(std::uint64_t), VK_QUERY_RESULT_64_BIT);
    XRVIZ_VK_CHECK(result, "frame timestamps");
    if (result == VK_SUCCESS) {
        last_gpu_ms_ = static_cast<double>(stamps[1] - stamps[0]) * timestamp_period_ns_ * 1e-6;
    }
}

VkCommandBuffer FrameRing::begin_frame() {
    if (recording_) fail("FrameRing::begin_frame called twice without end_frame");
    slot_ = static_cast<std::uint32_t>(frame_number_ % frames_.size());
    Frame& frame = current();
    const VkFence fence = frame.fence.get();
    const auto wait_start = std::chrono::steady_clock::now();
    XRVIZ_VK_CHECK(vkWaitForFences(context_.device(), 1, &fence, VK_TRUE, UINT64_MAX),
                   "fence of frame slot " + std::to_string(slot_));
    // Reading the slot's timestamps can block too: lavapipe returns them only once the
    // frame has fully retired, a little after its fence. Both are the GPU's time.
    collect_timestamps(frame);
    last_gpu_wait_ms_ = std::chrono::duration<double, std::milli>(
                            std::chrono::steady_clock::now() - wait_start)
                            .count();
    frame.garbage.clear();

    // A frame that outgrew its arena gets one chunk big enough for next time.
    if (frame.arena_chunks.size() > 1) {
        VkDeviceSize total = 0;
        for (const auto& chunk : frame.arena_chunks) total += chunk.size();
        frame.arena_chunks.clear();
        frame.arena_chunks.emplace_back(context_, allocator_, total, kArenaUsage,
                                        MemoryUsage::host_visible,
                                        "frame slot " + std::to_string(slot_) + " arena");
    }
    frame.arena_used = 0;

    XRVIZ_VK_CHECK(vkResetCommandBuffer(frame.cmd, 0), "frame command buffer");
    const VkCommandBufferBeginInfo begin{
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO,
        .flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT,
    };
    XRVIZ_VK_CHECK(vkBeginCommandBuffer(frame.cmd, &begin), "frame command buffer");
    frame.timestamps_written = false;
    if (queries_) {
        vkCmdResetQueryPool(frame.cmd, queries_.get(), 2 * slot_, 2);
        vkCmdWriteTimestamp(frame.cmd, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, queries_.get(),
                            2 * slot_);
    }
    recording_ = true;
    return frame.cmd;
}

void FrameRing::end_frame(const std::optional<AcquiredImage>& image,
                          VkPipelineStageFlags first_write_stage) {
    if (!image) {
        end_frame();
        return;
    }
    const VkSemaphore wait[] = {image->image_available};
    const VkPipelineStageFlags stages[] = {first_write_stage};
    const VkSemaphore signal[] = {image->render_finished};
    end_frame(wait, stages, signal);
}

void FrameRing::end_frame(std::span<const VkSemaphore> wait,
                          std::span<const VkPipelineStageFlags> wait_stages,
                          std::span<const VkSemaphore> signal) {
    if (!recording_) fail("FrameRing::end_frame without begin_frame");
    Frame& frame = current();
    if (queries_) {
        vkCmdWriteTimestamp(frame.cmd, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, queries_.get(),
                            2 * slot_ + 1);
        frame.timestamps_written = true;
    }
    XRVIZ_VK_CHECK(vkEndCommandBuffer(frame.cmd), "frame command buffer");
    const VkFence fence = frame.fence.get();
    XRVIZ_VK_CHECK(vkResetFences(context_.device(), 1, &fence), "frame fence");
    const VkSubmitInfo submit{
        .sType = VK_STRUCTURE_TYPE_SUBMIT_INFO,
        .waitSemaphoreCount = static_cast<std::uint32_t>(wait.size()),
        .pWaitSemaphores = wait.data(),
        .pWaitDstStageMask = wait_stages.data(),
        .commandBufferCount = 1,
        .pCommandBuffers = &frame.cmd,
        .signalSemaphoreCount = static_cast<std::uint32_t>(signal.size()),
        .pSignalSemaphores = signal.data(),
    };
    XRVIZ_VK_CHECK(vkQueueSubmit(context_.queue(), 1, &submit, fence), "frame submission");
    frame.submitted = true;
    recording_ = false;
    ++frame_number_;
}

ArenaSlice FrameRing::allocate(VkDeviceSize bytes, VkDeviceSize alignment) {
    Frame& frame = current();
    alignment = std::max<VkDeviceSize>(
        alignment, std::max(context_.properties().limits.minStorageBufferOffsetAlignment,
                            context_.properties().limits.minUniformBufferOffsetAlignment));
    Buffer* chunk = &frame.arena_chunks.back();
    VkDeviceSize offset = align_up(frame.arena_used, alignment);
    if (offset + bytes > chunk->size()) {
        const VkDeviceSize grown = std::max(chunk->size() * 2, align_up(bytes, alignment) * 2);
        frame.arena_chunks.emplace_back(context_, allocator_, grown, kArenaUsage,
                                        MemoryUsage::host_visible,
                                        "frame slot " + std::to_string(slot_) + " arena (grown)");
        chunk = &frame.arena_chunks.back();
        offset = 0;
    }
    frame.arena_used = offset + bytes;
    return ArenaSlice{chunk->get(), offset, bytes, static_cast<char*>(chunk->mapped()) + offset};
}

void FrameRing::defer_release_erased(std::shared_ptr<void> object) {
    current().garbage.push_back(std::move(object));
}

VkCommandBuffer FrameRing::command_buffer() const { return frames_[slot_]->cmd; }

}  // namespace xrviz::vk
