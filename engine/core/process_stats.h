#pragma once
// Memory use of this process as Linux reports it in /proc/self/status, in MiB
// (1 MiB = 1024 kB as the kernel counts them). Each throws Error naming the file when it
// cannot be read or lacks the line.
#include <filesystem>
#include <string_view>

namespace xrviz {

// High-water mark of resident memory (VmHWM): the figure a benchmark reports.
double peak_rss_mb();
// Resident memory now (VmRSS).
double current_rss_mb();

// Reads a "Name:   1234 kB" line of a status file; the two above use /proc/self/status.
// Public so that tests can feed it a file of their own.
double status_field_mb(const std::filesystem::path& status_file, std::string_view field);

}  // namespace xrviz
