#include "engine/vk/buffer.h"

#include "engine/core/error.h"
#include "engine/vk/check.h"
#include "engine/vk/context.h"

namespace xrviz::vk {

Buffer::Buffer(const Context& context, MemoryAllocator& allocator, VkDeviceSize size,
               VkBufferUsageFlags usage, MemoryUsage memory, const std::string& name)
    : size_(size) {
    const VkBufferCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO,
        .size = size,
        .usage = usage,
        .sharingMode = VK_SHARING_MODE_EXCLUSIVE,
    };
    VkBuffer buffer = VK_NULL_HANDLE;
    XRVIZ_VK_CHECK(vkCreateBuffer(context.device(), &info, nullptr, &buffer), "buffer " + name);
    buffer_ = UniqueBuffer(context.device(), buffer);
    context.names().set(buffer, VK_OBJECT_TYPE_BUFFER, name);

    VkMemoryRequirements requirements;
    vkGetBufferMemoryRequirements(context.device(), buffer, &requirements);
    allocation_ = allocator.allocate(requirements, memory, "buffer " + name);
    XRVIZ_VK_CHECK(vkBindBufferMemory(context.device(), buffer, allocation_.memory(),
                                      allocation_.offset()),
                   "buffer " + name);
}

void Buffer::write(const void* data, VkDeviceSize bytes, VkDeviceSize offset) {
    if (!mapped()) fail("write to a buffer that is not host-visible");
    if (offset + bytes > size_) fail("write past the end of a buffer");
    std::memcpy(static_cast<char*>(mapped()) + offset, data, bytes);
}

}  // namespace xrviz::vk
