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

// Hands memory the heap holds free back to the system (glibc's malloc_trim). After a big
// transient allocation, such as loading a dataset again, freed pages otherwise stay
// resident between live blocks, and a process that reloads all day looks like it leaks.
void return_free_memory();

// Reads a "Name:   1234 kB" line of a status file; the two above use /proc/self/status.
// Public so that tests can feed it a file of their own.
double status_field_mb(const std::filesystem::path& status_file, std::string_view field);

}  // namespace xrviz
