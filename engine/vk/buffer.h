#pragma once
// A VkBuffer with its sub-allocated memory. Host-visible buffers are persistently mapped.
#include <vulkan/vulkan.h>

#include <cstring>
#include <span>
#include <string>

#include "engine/vk/handle.h"
#include "engine/vk/memory.h"

namespace xrviz::vk {

class Buffer {
public:
    Buffer() = default;
    Buffer(const Context& context, MemoryAllocator& allocator, VkDeviceSize size,
           VkBufferUsageFlags usage, MemoryUsage memory, const std::string& name);

    VkBuffer get() const { return buffer_.get(); }
    VkDeviceSize size() const { return size_; }
    void* mapped() const { return allocation_.mapped(); }
    explicit operator bool() const { return static_cast<bool>(buffer_); }

    // Copies bytes into a host-visible buffer at the given offset.
    void write(const void* data, VkDeviceSize bytes, VkDeviceSize offset = 0);

private:
    UniqueBuffer buffer_;
    Allocation allocation_;
    VkDeviceSize size_ = 0;
};

}  // namespace xrviz::vk
