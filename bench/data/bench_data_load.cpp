// bench_data_load [ROWS] [REPEATS]
// Generates a dataset with one ROWS-row figure table (default 1,000,000) in a temporary
// folder, loads it REPEATS times (default 3) and prints the best time as rows/s and MB/s,
// plus the peak resident memory the load added, against the file size. Goals for this
// project: >= 2M rows/s, peak <= 3x the file size.
//
// Two layouts are measured: rows grouped by series, as long-form tables (and the bundled
// one) are usually written, and rows interleaved so that each row belongs to another
// series than the last - the worst case, where the loader must sort a million points.
// Notes are 20-100 characters, like the bundled figures.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "engine/data/loader.h"

namespace {

constexpr int kSeries = 100;

// Resident-set high-water mark in bytes, from /proc/self/status (VmHWM).
std::size_t peak_rss() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stoull(line.substr(6)) * 1024;
    return 0;
}

std::size_t current_rss() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stoull(line.substr(6)) * 1024;
    return 0;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so the next peak is the load's own.
void reset_peak() { std::ofstream("/proc/self/clear_refs") << "5"; }

std::size_t generate(const std::filesystem::path& dir, std::size_t rows, bool grouped) {
    std::filesystem::create_directories(dir);
    std::ofstream manifest(dir / "dataset.json");
    manifest << "{\"title\": \"bench\", \"tables\": [\"figures.csv\"],\n \"sources\": [";
    for (int s = 0; s < 10; ++s)
        manifest << (s ? "," : "") << "{\"id\": \"src_" << s << "\", \"title\": \"S\", "
                 << "\"url\": \"https://example.com/" << s << "\"}";
    manifest << "],\n \"series\": [";
    for (int s = 0; s < kSeries; ++s)
        manifest << (s ? ",\n" : "") << "{\"id\": \"series_" << s
                 << "\", \"label\": \"Series\", \"unit\": \"USD_billion\", \"kind\": \"flow\"}";
    manifest << "]}\n";

    // Each series gets consecutive days from 1900-01-01, so no (series, period) repeats.
    // One row in four has a quoted note with a comma and an escaped quote.
    static const char* const kNotes[] = {
        "\"Reported; matches the deck, \"\"including finance leases\"\" (Q4)\"",
        "Secondary source; rounded in source",
        "\"DERIVED: purchases of P&E 31,186M + principal payments on finance leases 850M\"",
        "Loss magnitude (positive number = operating loss)."};
    std::string text = "series,period,value,source,status,note\n";
    text.reserve(rows * 110);
    int year = 1900, month = 1, day = 1;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const std::size_t per_series = (rows + kSeries - 1) / kSeries;
    char line[256];
    for (std::size_t i = 0; i < rows; ++i) {
        const int series = static_cast<int>(grouped ? i / per_series : i % kSeries);
        if (grouped && i % per_series == 0) year = 1900, month = 1, day = 1;
        const int length = std::snprintf(
            line, sizeof line, "series_%d,%04d-%02d-%02d,%zu.%02zu,src_%zu,reported,%s\n", series,
            year, month, day, i % 997, i % 100, i % 10, kNotes[i % 4]);
        text.append(line, static_cast<std::size_t>(length));
        if (grouped || series == kSeries - 1) {  // the next day
            const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            if (++day > kDays[month - 1] + (month == 2 && leap ? 1 : 0)) {
                day = 1;
                if (++month > 12) {
                    month = 1;
                    ++year;
                }
            }
        }
    }
    std::ofstream(dir / "figures.csv", std::ios::binary) << text;
    return text.size();
}

struct Figures {
    double seconds = 0.0;
    std::size_t peak_added = 0;
};

// Loads `dir` `repeats` times: the best time, the largest peak.
bool measure(const std::filesystem::path& dir, std::size_t rows, int repeats, Figures& out) {
    out.seconds = 1e9;
    for (int r = 0; r < repeats; ++r) {
        reset_peak();
        const std::size_t before = current_rss();
        const auto start = std::chrono::steady_clock::now();
        const xrviz::data::LoadResult result = xrviz::data::load_dataset(dir);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        out.peak_added = std::max(out.peak_added, peak_rss() - before);
        if (!result.ok() || result.dataset->points.size() != rows) {
            for (const auto& e : result.errors) std::cerr << e.to_string() << "\n";
            std::cerr << "bench_data_load: the generated dataset did not load\n";
            return false;
        }
        out.seconds = std::min(out.seconds, seconds);
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t rows = argc > 1 ? std::stoull(argv[1]) : 1'000'000;
    const int repeats = argc > 2 ? std::stoi(argv[2]) : 3;
    const auto dir = std::filesystem::temp_directory_path() /
                     ("xrviz_bench_data_" + std::to_string(::getpid()));
    for (const bool grouped : {true, false}) {
        std::filesystem::remove_all(dir);
        const std::size_t bytes = generate(dir, rows, grouped);
        Figures figures;
        if (!measure(dir, rows, repeats, figures)) return 1;
        const double mb = static_cast<double>(bytes) / 1e6;
        std::printf("%s: %zu rows, %.1f MB; best of %d: %.3f s = %.2f M rows/s, %.0f MB/s; "
                    "peak memory added %.0f MB = %.2fx the file\n",
                    grouped ? "grouped by series" : "interleaved series", rows, mb, repeats,
                    figures.seconds, static_cast<double>(rows) / figures.seconds / 1e6,
                    mb / figures.seconds, static_cast<double>(figures.peak_added) / 1e6,
                    static_cast<double>(figures.peak_added) / 1e6 / mb);
    }
    std::filesystem::remove_all(dir);
    return 0;
}
