#include "engine/vk/memory.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "engine/core/error.h"
#include "engine/vk/check.h"
#include "engine/vk/context.h"

namespace xrviz::vk {

struct MemoryAllocator::Block {
    std::uint32_t memory_type = 0;
    MemoryUsage usage = MemoryUsage::device_local;
    VkDeviceSize size = 0;
    VkDeviceSize used = 0;
    UniqueDeviceMemory memory;
    void* mapped = nullptr;
    std::map<VkDeviceSize, VkDeviceSize> free_ranges;  // offset -> size, coalesced
};

namespace {
VkDeviceSize align_up(VkDeviceSize value, VkDeviceSize alignment) {
    return (value + alignment - 1) / alignment * alignment;
}
}  // namespace

Allocation::~Allocation() { release(); }

Allocation::Allocation(Allocation&& other) noexcept
    : owner_(std::exchange(other.owner_, nullptr)),
      block_(other.block_),
      memory_(other.memory_),
      offset_(other.offset_),
      size_(other.size_),
      mapped_(other.mapped_) {}

Allocation& Allocation::operator=(Allocation&& other) noexcept {
    if (this != &other) {
        release();
        owner_ = std::exchange(other.owner_, nullptr);
        block_ = other.block_;
        memory_ = other.memory_;
        offset_ = other.offset_;
        size_ = other.size_;
        mapped_ = other.mapped_;
    }
    return *this;
}

void Allocation::release() {
    if (owner_) owner_->free(block_, offset_, size_);
    owner_ = nullptr;
}

MemoryAllocator::MemoryAllocator(const Context& context, VkDeviceSize block_size)
    : context_(context),
      block_size_(block_size),
      // Linear buffers and optimal images may share a block: keeping every range aligned to
      // bufferImageGranularity rules out aliasing between neighbours.
      granularity_(context.properties().limits.bufferImageGranularity) {
    vkGetPhysicalDeviceMemoryProperties(context.physical_device(), &memory_properties_);
}

MemoryAllocator::~MemoryAllocator() = default;

std::uint32_t MemoryAllocator::find_memory_type(std::uint32_t type_bits, MemoryUsage usage,
                                                std::string_view what) const {
    const VkMemoryPropertyFlags required =
        usage == MemoryUsage::host_visible
            ? VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT
            : VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT;
    for (std::uint32_t i = 0; i < memory_properties_.memoryTypeCount; ++i) {
        if ((type_bits & (1u << i)) &&
            (memory_properties_.memoryTypes[i].propertyFlags & required) == required) {
            return i;
        }
    }
    fail("no Vulkan memory type fits " + std::string(what));
}

std::uint32_t MemoryAllocator::create_block(std::uint32_t memory_type, VkDeviceSize size,
                                            MemoryUsage usage) {
    auto block = std::make_unique<Block>();
    block->memory_type = memory_type;
    block->usage = usage;
    block->size = size;
    const VkMemoryAllocateInfo info{
        .sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO,
        .allocationSize = size,
        .memoryTypeIndex = memory_type,
    };
    VkDeviceMemory memory = VK_NULL_HANDLE;
    const std::string name = "memory block " + std::to_string(blocks_.size()) + " (" +
                             std::to_string(size >> 20) + " MiB, type " +
                             std::to_string(memory_type) + ")";
    XRVIZ_VK_CHECK(vkAllocateMemory(context_.device(), &info, nullptr, &memory), name);
    ++device_allocations_;
    block->memory = UniqueDeviceMemory(context_.device(), memory);
    if (usage == MemoryUsage::host_visible) {
        XRVIZ_VK_CHECK(vkMapMemory(context_.device(), memory, 0, VK_WHOLE_SIZE, 0, &block->mapped),
                       name);
    }
    context_.names().set(memory, VK_OBJECT_TYPE_DEVICE_MEMORY, name);
    block->free_ranges.emplace(0, size);
    // Reuse an empty slot so block indices held by live allocations stay valid.
    for (std::uint32_t i = 0; i < blocks_.size(); ++i) {
        if (!blocks_[i]) {
            blocks_[i] = std::move(block);
            return i;
        }
    }
    blocks_.push_back(std::move(block));
    return static_cast<std::uint32_t>(blocks_.size() - 1);
}

Allocation MemoryAllocator::allocate(const VkMemoryRequirements& requirements, MemoryUsage usage,
                                     std::string_view what) {
    const std::uint32_t type = find_memory_type(requirements.memoryTypeBits, usage, what);
    const VkDeviceSize alignment = std::max(requirements.alignment, granularity_);
    const VkDeviceSize size = align_up(requirements.size, granularity_);

    auto try_block = [&](std::uint32_t index) -> std::optional<Allocation> {
        Block& block = *blocks_[index];
        for (auto it = block.free_ranges.begin(); it != block.free_ranges.end(); ++it) {
            const VkDeviceSize start = align_up(it->first, alignment);
            const VkDeviceSize end = it->first + it->second;
            if (start + size > end) continue;
            const VkDeviceSize range_offset = it->first;
            block.free_ranges.erase(it);
            if (start > range_offset) block.free_ranges.emplace(range_offset, start - range_offset);
            if (start + size < end) block.free_ranges.emplace(start + size, end - start - size);
            block.used += size;
            Allocation a;
            a.owner_ = this;
            a.block_ = index;
            a.memory_ = block.memory.get();
            a.offset_ = start;
            a.size_ = size;
            a.mapped_ = block.mapped ? static_cast<char*>(block.mapped) + start : nullptr;
            return a;
        }
        return std::nullopt;
    };

    for (std::uint32_t i = 0; i < blocks_.size(); ++i) {
        if (!blocks_[i] || blocks_[i]->memory_type != type || blocks_[i]->usage != usage) continue;
        if (auto a = try_block(i)) return std::move(*a);
    }
    const VkDeviceSize new_block_size = std::max(block_size_, align_up(size, block_size_));
    const std::uint32_t index = create_block(type, new_block_size, usage);
    if (auto a = try_block(index)) return std::move(*a);
    fail("a fresh memory block cannot hold " + std::string(what));
}

void MemoryAllocator::free(std::uint32_t index, VkDeviceSize offset, VkDeviceSize size) {
    Block& block = *blocks_[index];
    auto [it, inserted] = block.free_ranges.emplace(offset, size);
    if (!inserted) fail("memory range freed twice");
    block.used -= size;
    auto next = std::next(it);
    if (next != block.free_ranges.end() && it->first + it->second == next->first) {
        it->second += next->second;
        block.free_ranges.erase(next);
    }
    if (it != block.free_ranges.begin()) {
        auto prev = std::prev(it);
        if (prev->first + prev->second == it->first) {
            prev->second += it->second;
            block.free_ranges.erase(it);
        }
    }
    // An empty block beyond the first of its kind goes back to the driver.
    if (block.used == 0) {
        const bool another_of_same_kind = std::any_of(
            blocks_.begin(), blocks_.end(), [&](const std::unique_ptr<Block>& other) {
                return other && other.get() != &block && other->memory_type == block.memory_type &&
                       other->usage == block.usage;
            });
        if (another_of_same_kind) blocks_[index].reset();
    }
}

MemoryAllocator::Stats MemoryAllocator::stats() const {
    Stats s;
    s.device_allocations = device_allocations_;
    for (const auto& block : blocks_) {
        if (!block) continue;
        ++s.blocks;
        s.block_bytes += block->size;
        s.used_bytes += block->used;
    }
    return s;
}

}  // namespace xrviz::vk
