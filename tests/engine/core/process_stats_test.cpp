#include "engine/core/process_stats.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>

#include <gtest/gtest.h>

#include "engine/core/error.h"

namespace xrviz {
namespace {

std::filesystem::path write_status_file(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() / ("xrviz_" + name);
    std::ofstream(path) << text;
    return path;
}

std::string message_of(const std::function<void()>& call) {
    try {
        call();
    } catch (const Error& error) {
        return error.what();
    }
    return "(no Error thrown)";
}

TEST(ProcessStats, CurrentIsPositiveAndAtMostPeak) {
    const double current = current_rss_mb();
    const double peak = peak_rss_mb();
    EXPECT_GT(current, 0.0);
    EXPECT_LE(current, peak);
}

TEST(ProcessStats, PeakGrowsAfterTouchingALargeAllocation) {
    const double peak_before = peak_rss_mb();
    // Larger than the old peak plus a margin, so the new high-water mark must pass it
    // however much of the old peak is still resident.
    const auto bytes = static_cast<std::size_t>((peak_before + 64.0) * 1024 * 1024);
    auto block = std::make_unique<char[]>(bytes);
    std::memset(block.get(), 1, bytes);     // touch every page, or it is never resident
    volatile char keep = block[bytes - 1];  // keep the writes from being optimised away
    (void)keep;
    EXPECT_GE(peak_rss_mb(), peak_before + 60.0);
}

TEST(ProcessStats, ReadsFieldInMiB) {
    const auto path =
        write_status_file("status_ok", "Name:\tx\nVmHWM:\t    2048 kB\nVmRSS:\t 512 kB\n");
    EXPECT_DOUBLE_EQ(status_field_mb(path, "VmHWM"), 2.0);
    EXPECT_DOUBLE_EQ(status_field_mb(path, "VmRSS"), 0.5);
    std::filesystem::remove(path);
}

TEST(ProcessStats, MissingFileIsAnErrorNamingIt) {
    const std::filesystem::path path = "/nonexistent/xrviz/status";
    EXPECT_NE(
        message_of([&] { status_field_mb(path, "VmHWM"); }).find("cannot read " + path.string()),
        std::string::npos);
}

TEST(ProcessStats, MissingOrMalformedLineIsAnErrorNamingTheFile) {
    const auto path = write_status_file("status_bad", "VmRSS:\t 12 MB\n");
    const auto missing = message_of([&] { status_field_mb(path, "VmHWM"); });
    EXPECT_NE(missing.find(path.string() + " has no VmHWM line"), std::string::npos) << missing;
    const auto malformed = message_of([&] { status_field_mb(path, "VmRSS"); });
    EXPECT_NE(malformed.find(path.string() + ": expected"), std::string::npos) << malformed;
    std::filesystem::remove(path);
}

}  // namespace
}  // namespace xrviz
