#include "app/cli/bench_report.h"

#include "app/cli/json_file.h"

namespace xrviz::app {

void write_bench_json(const std::filesystem::path& path, const BenchReport& report) {
    using nlohmann::ordered_json;
    ordered_json document{
        {"scene", report.scene},
        {"frames", report.frames},
        {"size", {report.width, report.height}},
        {"frame_ms",
         {{"p50", report.frame_ms.percentile(50)},
          {"p95", report.frame_ms.percentile(95)},
          {"p99", report.frame_ms.percentile(99)}}},
        {"cpu_ms", {{"p50", report.cpu_ms.percentile(50)}, {"p95", report.cpu_ms.percentile(95)}}},
        {"gpu_ms", {{"p50", report.gpu_ms.percentile(50)}, {"p95", report.gpu_ms.percentile(95)}}},
        {"draw_calls", report.draw_calls},
        {"instances", report.instances},
        {"peak_rss_mb", report.peak_rss_mb},
        {"first_frame_ms", report.first_frame_ms},
    };
    if (report.late_frames)
        document["late_frames"] = *report.late_frames;
    write_json_file(path, document);
}

}  // namespace xrviz::app
