#pragma once
// The --bench report: what a run cost, as JSON that scripts compare between builds.
//   {"scene", "frames", "size": [w, h], "frame_ms": {"p50", "p95", "p99"},
//    "cpu_ms": {"p50", "p95"}, "gpu_ms": {"p50", "p95"}, "draw_calls", "instances",
//    "peak_rss_mb", "first_frame_ms"[, "late_frames"]}
// Percentiles of an empty series (no GPU timestamps, say) are written as null.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "engine/core/stats.h"

namespace xrviz::app {

struct BenchReport {
    std::string scene;
    int frames = 0;
    int width = 0, height = 0;
    SampleSeries frame_ms, cpu_ms, gpu_ms;
    std::uint64_t draw_calls = 0;  // per frame
    std::uint64_t instances = 0;   // per frame
    double peak_rss_mb = 0.0;
    double first_frame_ms = 0.0;  // start-up to the first frame presented
    std::optional<std::uint64_t>
        late_frames;  // XR only: frames that missed the runtime's display time
};

// Throws Error naming the path if it cannot be written.
void write_bench_json(const std::filesystem::path& path, const BenchReport& report);

}  // namespace xrviz::app
