#include "engine/core/process_stats.h"

#include <malloc.h>

#include <charconv>
#include <fstream>
#include <optional>
#include <string>

#include "engine/core/error.h"

namespace xrviz {

namespace {

const std::filesystem::path self_status = "/proc/self/status";

// "   1234 kB" -> 1234; anything else -> nullopt.
std::optional<long long> parse_kb(std::string_view text) {
    const auto digits = text.find_first_not_of(" \t");
    if (digits == std::string_view::npos)
        return std::nullopt;
    text.remove_prefix(digits);
    long long kb = 0;
    const auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), kb);
    if (error != std::errc{} || std::string_view(stop, text.data() + text.size()) != " kB") {
        return std::nullopt;
    }
    return kb;
}

}  // namespace

double status_field_mb(const std::filesystem::path& status_file, std::string_view field) {
    std::ifstream in(status_file);
    if (!in)
        fail("cannot read " + status_file.string());
    const std::string prefix = std::string(field) + ":";
    for (std::string line; std::getline(in, line);) {
        if (!line.starts_with(prefix))
            continue;
        const auto kb = parse_kb(std::string_view(line).substr(prefix.size()));
        if (!kb) {
            fail(status_file.string() + ": expected \"" + prefix + " <number> kB\", got \"" + line +
                 "\"");
        }
        return static_cast<double>(*kb) / 1024.0;
    }
    fail(status_file.string() + " has no " + std::string(field) + " line");
}

double peak_rss_mb() {
    return status_field_mb(self_status, "VmHWM");
}

double current_rss_mb() {
    return status_field_mb(self_status, "VmRSS");
}

void return_free_memory() {
    malloc_trim(0);
}

}  // namespace xrviz
