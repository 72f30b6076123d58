// Replays every input in fuzz/regressions/<target>/ through the fuzz target's own code
// (fuzz/targets.cpp): what a fuzzer once found, or a case written by hand because a fuzzer
// could not reach it, stays fixed. A broken invariant aborts the test run.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "fuzz/targets.h"

namespace {

const std::filesystem::path kRegressions = std::filesystem::path(XRVIZ_SOURCE_DIR) / "fuzz/regressions";

std::size_t replay(const std::string& target, const std::function<void(std::string_view)>& run) {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kRegressions / target)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        SCOPED_TRACE(entry.path().string());
        run(bytes.str());
        ++count;
    }
    return count;
}

TEST(FuzzRegressions, CsvReader) { EXPECT_GT(replay("csv_reader", xrviz::fuzz::csv_reader), 0u); }
TEST(FuzzRegressions, Manifest) { EXPECT_GT(replay("manifest", xrviz::fuzz::manifest), 0u); }
TEST(FuzzRegressions, Period) { EXPECT_GT(replay("period", xrviz::fuzz::period), 0u); }

}  // namespace
