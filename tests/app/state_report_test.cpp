#include "app/cli/state_report.h"

#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "engine/core/error.h"
#include "tests/app/temp_dir.h"

namespace xrviz::app {
namespace {

nlohmann::ordered_json read_json(const std::filesystem::path& path) {
    std::ifstream in(path);
    return nlohmann::ordered_json::parse(in);
}

std::vector<std::string> keys_of(const nlohmann::ordered_json& object) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : object.items())
        keys.push_back(key);
    return keys;
}

ViewerStateReport sample_state() {
    ViewerStateReport report;
    report.scene = "skyline";
    report.camera = CameraPose{{0.0f, 1.5f, 3.0f}, {0.0f, 1.0f, -0.25f}};
    report.hidden_series = {"reality_labs_loss", "capex"};
    return report;
}

TEST(StateReport, NoSelectionIsNull) {
    testing::TempDir dir;
    write_state_json(dir.path() / "state.json", sample_state());
    const auto json = read_json(dir.path() / "state.json");

    EXPECT_EQ(keys_of(json),
              (std::vector<std::string>{"scene", "camera", "selection", "hidden_series"}));
    EXPECT_EQ(json["scene"], "skyline");
    EXPECT_EQ(keys_of(json["camera"]), (std::vector<std::string>{"eye", "target"}));
    EXPECT_EQ(json["camera"]["eye"], nlohmann::ordered_json::array({0.0, 1.5, 3.0}));
    EXPECT_EQ(json["camera"]["target"], nlohmann::ordered_json::array({0.0, 1.0, -0.25}));
    EXPECT_TRUE(json["selection"].is_null());
    EXPECT_EQ(json["hidden_series"], nlohmann::ordered_json::array({"reality_labs_loss", "capex"}));
}

TEST(StateReport, SelectionHasEveryField) {
    testing::TempDir dir;
    auto report = sample_state();
    report.hidden_series.clear();
    report.selection = SelectionState{
        .series = "capex",
        .period = "2024-Q3",
        .value = 9.2,
        .unit = "USD bn",
        .status = "reported",
        .source_url = "https://investor.fb.com/q3-2024",
        .label = "Capital expenditure",
        .note = "incl. finance leases \"quoted\"",
    };
    write_state_json(dir.path() / "state.json", report);
    const auto json = read_json(dir.path() / "state.json");

    const auto& selection = json["selection"];
    EXPECT_EQ(keys_of(selection),
              (std::vector<std::string>{"series", "period", "value", "unit", "status", "source_url",
                                        "label", "note"}));
    EXPECT_EQ(selection["series"], "capex");
    EXPECT_EQ(selection["period"], "2024-Q3");
    EXPECT_DOUBLE_EQ(selection["value"].get<double>(), 9.2);
    EXPECT_EQ(selection["unit"], "USD bn");
    EXPECT_EQ(selection["status"], "reported");
    EXPECT_EQ(selection["source_url"], "https://investor.fb.com/q3-2024");
    EXPECT_EQ(selection["label"], "Capital expenditure");
    EXPECT_EQ(selection["note"], "incl. finance leases \"quoted\"");
    EXPECT_TRUE(json["hidden_series"].is_array());
    EXPECT_TRUE(json["hidden_series"].empty());
}

TEST(StateReport, UnwritablePathThrowsNamingIt) {
    testing::TempDir dir;
    const auto path = dir.path() / "no_such_folder" / "state.json";
    try {
        write_state_json(path, sample_state());
        FAIL() << "expected xrviz::Error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find(path.string()), std::string::npos) << error.what();
    }
}

}  // namespace
}  // namespace xrviz::app
