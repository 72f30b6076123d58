#pragma once
// Device memory, sub-allocated from large blocks: buffers and images take ranges of a
// block, so no vkAllocateMemory happens per draw or per frame. Host-visible blocks stay
// mapped for their whole life.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/vk/handle.h"

namespace xrviz::vk {

class Context;
class MemoryAllocator;

enum class MemoryUsage { device_local, host_visible };

// An owned range of device memory; returns itself to the allocator when destroyed.
class Allocation {
public:
    Allocation() = default;
    ~Allocation();
    Allocation(Allocation&& other) noexcept;
    Allocation& operator=(Allocation&& other) noexcept;
    Allocation(const Allocation&) = delete;
    Allocation& operator=(const Allocation&) = delete;

    VkDeviceMemory memory() const { return memory_; }
    VkDeviceSize offset() const { return offset_; }
    VkDeviceSize size() const { return size_; }
    // Host pointer to the start of this range, or nullptr for device-local memory.
    void* mapped() const { return mapped_; }

private:
    friend class MemoryAllocator;
    void release();

    MemoryAllocator* owner_ = nullptr;
    std::uint32_t block_ = 0;
    VkDeviceMemory memory_ = VK_NULL_HANDLE;
    VkDeviceSize offset_ = 0;
    VkDeviceSize size_ = 0;
    void* mapped_ = nullptr;
};

class MemoryAllocator {
public:
    struct Stats {
        std::size_t blocks = 0;
        VkDeviceSize block_bytes = 0;
        VkDeviceSize used_bytes = 0;
        std::uint64_t device_allocations = 0;  // vkAllocateMemory calls so far
    };

    explicit MemoryAllocator(const Context& context, VkDeviceSize block_size = 64ull << 20);
    ~MemoryAllocator();
    MemoryAllocator(const MemoryAllocator&) = delete;
    MemoryAllocator& operator=(const MemoryAllocator&) = delete;

    Allocation allocate(const VkMemoryRequirements& requirements, MemoryUsage usage,
                        std::string_view what);
    Stats stats() const;

private:
    friend class Allocation;
    struct Block;
    std::uint32_t find_memory_type(std::uint32_t type_bits, MemoryUsage usage,
                                   std::string_view what) const;
    std::uint32_t create_block(std::uint32_t memory_type, VkDeviceSize size, MemoryUsage usage);
    void free(std::uint32_t block, VkDeviceSize offset, VkDeviceSize size);

    const Context& context_;
    VkDeviceSize block_size_;
    VkDeviceSize granularity_;
    VkPhysicalDeviceMemoryProperties memory_properties_{};
    std::vector<std::unique_ptr<Block>> blocks_;
    std::uint64_t device_allocations_ = 0;
};

}  // namespace xrviz::vk
