// Every folder under tests/data/malformed is a dataset with one thing wrong. Its
// expected_error.txt holds the exact first diagnostic the loader must give
// ("file:line:column: message"); an optional limits.txt lowers LoadLimits
// (max_file_bytes=..., max_rows=..., max_errors=...) for the cases about caps.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "engine/data/loader.h"
#include "tests/support/text_file.h"

namespace xrviz::data {
namespace {

const std::filesystem::path kMalformed = std::filesystem::path(XRVIZ_TEST_DATA_DIR) / "malformed";

LoadLimits limits_for(const std::filesystem::path& folder) {
    LoadLimits limits;
    std::ifstream in(folder / "limits.txt");
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        const std::string key = line.substr(0, eq);
        const std::size_t value = std::stoull(line.substr(eq + 1));
        if (key == "max_file_bytes") limits.max_file_bytes = value;
        if (key == "max_rows") limits.max_rows = value;
        if (key == "max_errors") limits.max_errors = value;
    }
    return limits;
}

std::vector<std::string> case_names() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(kMalformed))
        if (entry.is_directory()) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

class MalformedDataset : public ::testing::TestWithParam<std::string> {};

TEST_P(MalformedDataset, IsRejectedWithTheExactError) {
    const std::filesystem::path folder = kMalformed / GetParam();
    const std::string expected = testing::read_trimmed(folder / "expected_error.txt");
    ASSERT_FALSE(expected.empty()) << "missing " << (folder / "expected_error.txt");
    const LoadResult result = load_dataset(folder, limits_for(folder));
    EXPECT_FALSE(result.dataset.has_value()) << "nothing half-loaded may be returned";
    ASSERT_FALSE(result.errors.empty());
    std::string all;
    for (const Diagnostic& error : result.errors) all += "\n  " + error.to_string();
    EXPECT_EQ(result.errors.front().to_string(), expected) << "all errors:" << all;
}

INSTANTIATE_TEST_SUITE_P(Cases, MalformedDataset, ::testing::ValuesIn(case_names()),
                         [](const auto& test_case) { return test_case.param; });

TEST(MalformedDatasets, AreAtLeastForty) { EXPECT_GE(case_names().size(), 40u); }

}  // namespace
}  // namespace xrviz::data
