#pragma once
// What every front-end needs before it can draw: the Vulkan context, its memory, the
// frames in flight and the label font. Members in creation order; teardown is reverse.
#include <memory>

#include "engine/assets/font_atlas.h"
#include "engine/vk/context.h"
#include "engine/vk/frame_ring.h"
#include "engine/vk/memory.h"

namespace xrviz::render {

inline constexpr std::uint32_t kFramesInFlight = 2;

class Gpu {
public:
    explicit Gpu(const vk::ContextOptions& options)
        : context(options),
          allocator(context),
          frames(context, allocator, kFramesInFlight, 1u << 20),
          font(assets::FontAtlas::load_default()) {}
    ~Gpu() { frames.wait_all(); }
    Gpu(const Gpu&) = delete;
    Gpu& operator=(const Gpu&) = delete;

    vk::Context context;
    vk::MemoryAllocator allocator;
    vk::FrameRing frames;
    assets::FontAtlas font;
};

}  // namespace xrviz::render
