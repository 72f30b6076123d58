#include "app/cli/bench_report.h"

#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "engine/core/error.h"
#include "tests/app/temp_dir.h"

namespace xrviz::app {
namespace {

nlohmann::json read_json(const std::filesystem::path& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

std::vector<std::string> keys_of(const nlohmann::ordered_json& object) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : object.items())
        keys.push_back(key);
    return keys;
}

BenchReport sample_report() {
    BenchReport report;
    report.scene = "skyline";
    report.frames = 100;
    report.width = 1920;
    report.height = 1080;
    for (int i = 1; i <= 100; ++i) {
        report.frame_ms.add(i);
        report.cpu_ms.add(i / 2.0);
        report.gpu_ms.add(i / 4.0);
    }
    report.draw_calls = 42;
    report.instances = 123456789012ULL;  // past 32 bits on purpose
    report.peak_rss_mb = 256.5;
    report.first_frame_ms = 812.25;
    return report;
}

TEST(BenchReport, WritesExactlyTheDocumentedKeysInOrder) {
    testing::TempDir dir;
    const auto path = dir.path() / "bench.json";
    write_bench_json(path, sample_report());

    std::ifstream in(path);
    const auto ordered = nlohmann::ordered_json::parse(in);
    EXPECT_EQ(keys_of(ordered), (std::vector<std::string>{
                                    "scene", "frames", "size", "frame_ms", "cpu_ms", "gpu_ms",
                                    "draw_calls", "instances", "peak_rss_mb", "first_frame_ms"}));
    EXPECT_EQ(keys_of(ordered["frame_ms"]), (std::vector<std::string>{"p50", "p95", "p99"}));
    EXPECT_EQ(keys_of(ordered["cpu_ms"]), (std::vector<std::string>{"p50", "p95"}));
    EXPECT_EQ(keys_of(ordered["gpu_ms"]), (std::vector<std::string>{"p50", "p95"}));
}

TEST(BenchReport, ValuesReadBack) {
    testing::TempDir dir;
    const auto path = dir.path() / "bench.json";
    write_bench_json(path, sample_report());
    const auto json = read_json(path);

    EXPECT_EQ(json["scene"], "skyline");
    EXPECT_EQ(json["frames"], 100);
    EXPECT_EQ(json["size"], nlohmann::json::array({1920, 1080}));
    // Samples 1..100, linear interpolation: rank = p/100 * 99.
    EXPECT_DOUBLE_EQ(json["frame_ms"]["p50"].get<double>(), 50.5);
    EXPECT_DOUBLE_EQ(json["frame_ms"]["p95"].get<double>(), 95.05);
    EXPECT_DOUBLE_EQ(json["frame_ms"]["p99"].get<double>(), 99.01);
    EXPECT_DOUBLE_EQ(json["cpu_ms"]["p50"].get<double>(), 25.25);
    EXPECT_DOUBLE_EQ(json["gpu_ms"]["p95"].get<double>(), 95.05 / 4);
    EXPECT_EQ(json["draw_calls"].get<std::uint64_t>(), 42u);
    EXPECT_EQ(json["instances"].get<std::uint64_t>(), 123456789012ULL);
    EXPECT_DOUBLE_EQ(json["peak_rss_mb"].get<double>(), 256.5);
    EXPECT_DOUBLE_EQ(json["first_frame_ms"].get<double>(), 812.25);
    EXPECT_FALSE(json.contains("late_frames"));
}

TEST(BenchReport, LateFramesOnlyWhenSet) {
    testing::TempDir dir;
    auto report = sample_report();
    report.late_frames = 3;
    write_bench_json(dir.path() / "xr.json", report);
    const auto json = read_json(dir.path() / "xr.json");
    ASSERT_TRUE(json.contains("late_frames"));
    EXPECT_EQ(json["late_frames"].get<std::uint64_t>(), 3u);
    EXPECT_EQ(json.size(), 11u);
}

TEST(BenchReport, EmptySeriesAreNull) {
    testing::TempDir dir;
    auto report = sample_report();
    report.gpu_ms.clear();
    write_bench_json(dir.path() / "no_gpu.json", report);
    const auto json = read_json(dir.path() / "no_gpu.json");
    EXPECT_TRUE(json["gpu_ms"]["p50"].is_null());
    EXPECT_TRUE(json["gpu_ms"]["p95"].is_null());
}

TEST(BenchReport, UnwritablePathThrowsNamingIt) {
    testing::TempDir dir;
    const auto path = dir.path() / "missing_folder" / "bench.json";
    try {
        write_bench_json(path, sample_report());
        FAIL() << "expected xrviz::Error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find(path.string()), std::string::npos) << error.what();
    }
}

}  // namespace
}  // namespace xrviz::app
