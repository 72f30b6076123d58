#include <gtest/gtest.h>

#include <sstream>

#include "engine/data/check.h"

namespace xrviz::data {
namespace {

const std::filesystem::path kData(XRVIZ_TEST_DATA_DIR);

TEST(CheckDataset, SummarisesAValidDataset) {
    std::ostringstream out;
    EXPECT_EQ(check_dataset(std::filesystem::path(XRVIZ_SOURCE_DIR) / "assets/data/meta", out),
              kCheckValid);
    const std::string text = out.str();
    EXPECT_NE(text.find("dataset: Meta: AI and AR/VR spending"), std::string::npos) << text;
    EXPECT_NE(text.find("capex_annual [USD_billion, flow]: 9 values, 2017 .. 2025, $6.7B .. $72.2B"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find(": valid, 0 warnings"), std::string::npos) << text;
}

TEST(CheckDataset, ListsErrorsAndReturnsTwo) {
    std::ostringstream out;
    EXPECT_EQ(check_dataset(kData / "malformed/row_unknown_series", out), kCheckInvalid);
    EXPECT_NE(out.str().find("figures.csv:6:1: error: unknown series 'capex_anual'"), std::string::npos)
        << out.str();
    EXPECT_NE(out.str().find("invalid dataset, 1 error"), std::string::npos) << out.str();
}

TEST(CheckDataset, PrintsWarningsOfAValidDataset) {
    std::ostringstream out;
    EXPECT_EQ(check_dataset(kData / "valid/bom_crlf", out), kCheckValid);
    EXPECT_NE(out.str().find("unknown column 'comment' is ignored"), std::string::npos);
    EXPECT_NE(out.str().find("valid, 1 warning"), std::string::npos) << out.str();
}

}  // namespace
}  // namespace xrviz::data
