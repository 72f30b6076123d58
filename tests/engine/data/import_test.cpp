// The committed assets/data/meta must be exactly what tools/import_shared_data makes of
// ../shared/data today: regenerate into a temporary folder and compare byte for byte.
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <sstream>

#include "tools/import/shared_import.h"

namespace {

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(ImportSharedData, CommittedDatasetMatchesARegeneration) {
    const std::filesystem::path shared = std::filesystem::path(XRVIZ_SHARED_DIR) / "data";
    if (!std::filesystem::exists(shared / "meta_figures.csv"))
        GTEST_SKIP() << "no " << shared << " here";
    // The process id keeps parallel runs (ci and asan builds at once) apart.
    const auto out = std::filesystem::temp_directory_path() /
                     ("xrviz_import_test_" + std::to_string(::getpid()));
    std::filesystem::remove_all(out);
    const auto result = xrviz::tools::import_shared_data(shared, out);
    for (const auto& e : result.errors) ADD_FAILURE() << e;
    ASSERT_EQ(result.written.size(), 5u);
    const std::filesystem::path committed = std::filesystem::path(XRVIZ_SOURCE_DIR) / "assets/data/meta";
    for (const auto& file : result.written) {
        EXPECT_EQ(read(file), read(committed / file.filename()))
            << file.filename() << " differs: run import_shared_data ../shared/data assets/data/meta";
    }
    std::filesystem::remove_all(out);
}

}  // namespace
