#pragma once
// Runs the real xrviz binary in --mode xr against the simulated headset (xr/sim), with the
// OpenXR core validation layer on and the sim's environment from ctest; each test gets a
// folder of its own for the script, the log and the sim's captures.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace xrviz::testing {

namespace fs = std::filesystem;

struct RunResult {
    int exit_code = -1;
    std::string output;
};

class XrRunTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir_ = fs::temp_directory_path() / ("xrviz_xr_" + std::string(info->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override {
        if (!HasFailure())
            fs::remove_all(dir_);
    }

    // Runs xrviz with the sim's environment (from ctest) plus `env`; the script, if any,
    // is written to the test's folder.
    RunResult run(const std::string& args, const std::string& script,
                  std::map<std::string, std::string> env = {}) {
        if (!script.empty()) {
            std::ofstream(dir_ / "script.json") << script;
            env.emplace("XRVIZ_SIM_SCRIPT", (dir_ / "script.json").string());
        }
        env.emplace("XR_ENABLE_API_LAYERS", "XR_APILAYER_LUNARG_core_validation");
        env.emplace("XRVIZ_SIM_EYE_SIZE", "320x320");
        env.emplace("XRVIZ_SIM_CAPTURE_DIR", dir_.string());
        std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY";
        for (const auto& [name, value] : env)
            command += " '" + name + "=" + value + "'";
        const fs::path log = dir_ / "xrviz.log";
        command += std::string(" ") + XRVIZ_BINARY + " " + args + " > '" + log.string() + "' 2>&1";
        RunResult result;
        const int status = std::system(command.c_str());
        result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        std::stringstream text;
        text << std::ifstream(log).rdbuf();
        result.output = text.str();
        return result;
    }

    static void expect_clean(const RunResult& r) {
        EXPECT_EQ(r.exit_code, 0) << r.output;
        EXPECT_EQ(r.output.find("VUID-"), std::string::npos) << r.output;
        EXPECT_EQ(r.output.find("Validation Error"), std::string::npos) << r.output;
        EXPECT_EQ(r.output.find("validation message"), std::string::npos) << r.output;
        EXPECT_NE(r.output.find("Core Validation"), std::string::npos)
            << "the OpenXR core validation layer was not loaded\n"
            << r.output;
    }

    fs::path dir_;
};

// A tour of three one-second stops (90 frames each at the sim's rate: frame 100 is in
// stop 2), for the tour tests in the headset and in the presenter's window.
inline constexpr const char* kShortTour = R"({
  "title": "Short",
  "transition_seconds": 0.2,
  "stops": [
    { "scene": "skyline", "view": "overview", "caption": "One",
      "figure": { "series": "capex_annual", "period": "2025" }, "seconds": 1 },
    { "scene": "skyline", "view": "front", "caption": "Two",
      "figure": { "series": "capex_annual", "period": "2024" }, "seconds": 1 },
    { "scene": "tco", "view": "overview", "caption": "Three",
      "figure": { "series": "h100_sxm_tdp", "period": "2024" }, "seconds": 1 }
  ]
})";

inline std::string read_text(const fs::path& path) {
    std::stringstream text;
    text << std::ifstream(path).rdbuf();
    return text.str();
}

}  // namespace xrviz::testing
