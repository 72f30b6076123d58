// Khronos's hello_xr (Debian's libopenxr-utils) against the simulated runtime, with the
// OpenXR core validation layer and the Vulkan validation layer on: it must render its
// cubes, exit when the script requests it, and produce no validation message.
#include "sim_fixture.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

namespace xrviz::sim::test {
namespace {

constexpr const char* kHelloXr = "/usr/bin/hello_xr";
constexpr int kTimeoutSeconds = 120;

struct HelloXrRun {
    int exitCode = -1;
    std::string output;
};

// hello_xr quits on a key press, so its stdin is a pipe kept open (and silent) until it exits.
HelloXrRun runHelloXr(const std::string& graphics, const std::filesystem::path& log) {
    int input[2];
    if (pipe(input) != 0) {
        return {};
    }
    const pid_t child = fork();
    if (child == 0) {
        dup2(input[0], STDIN_FILENO);
        close(input[1]);
        const int out = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(out, STDOUT_FILENO);
        dup2(out, STDERR_FILENO);
        execl(kHelloXr, kHelloXr, "-g", graphics.c_str(), "-v", static_cast<char*>(nullptr));
        _exit(127);
    }
    close(input[0]);
    HelloXrRun run;
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kTimeoutSeconds);
    while (waitpid(child, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
            ADD_FAILURE() << "hello_xr did not exit within " << kTimeoutSeconds << " s";
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    close(input[1]);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream file(log);
    std::stringstream text;
    text << file.rdbuf();
    run.output = text.str();
    return run;
}

class HelloXrTest : public SimTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(HelloXrTest, RendersCubesAndExitsWithoutValidationMessages) {
    if (!std::filesystem::exists(kHelloXr)) {
        GTEST_SKIP() << "hello_xr is not installed (Debian package libopenxr-utils)";
    }
    useScript(R"({"events": [{"frame": 60, "type": "request_exit"}]})");
    setenv("XRVIZ_SIM_CAPTURE_DIR", tempDir().c_str(), 1);
    setenv("XRVIZ_SIM_CAPTURE_FRAMES", "30", 1);
    setenv("XR_ENABLE_API_LAYERS", "XR_APILAYER_LUNARG_core_validation", 1);
    setenv("VK_INSTANCE_LAYERS", "VK_LAYER_KHRONOS_validation", 1);
    const HelloXrRun run = runHelloXr(GetParam(), tempDir() / "hello_xr.log");
    unsetenv("XR_ENABLE_API_LAYERS");
    unsetenv("VK_INSTANCE_LAYERS");

    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("Core Validation"), std::string::npos)
        << "the OpenXR core validation layer did not load";
    EXPECT_NE(run.output.find("session state IDLE -> EXITING"), std::string::npos) << run.output;
    for (const char* bad : {"VUID", "Validation Error", "[Error", "[Warning", "Error [",
                            "Warning [", "[xrviz-sim] error"}) {
        EXPECT_EQ(run.output.find(bad), std::string::npos) << "found \"" << bad << "\" in\n"
                                                           << run.output;
    }

    for (const char* eye : {"frame0030_proj_eye0.png", "frame0030_proj_eye1.png"}) {
        const Png png = readPng(tempDir() / eye);
        ASSERT_GT(png.width, 0) << eye;
        // hello_xr clears to one colour; its cubes have coloured faces. The background is
        // the top-left pixel; the cube 2 m in front of the view is at the centre.
        const unsigned char* background = png.at(0, 0);
        const auto differs = [&](const unsigned char* p) {
            return std::abs(p[0] - background[0]) + std::abs(p[1] - background[1]) +
                       std::abs(p[2] - background[2]) >
                   30;
        };
        EXPECT_TRUE(differs(png.at(png.width / 2, png.height / 2)))
            << eye << ": no cube at the centre";
        size_t cubePixels = 0;
        std::set<uint32_t> colours;
        for (int y = 0; y < png.height; y += 4) {
            for (int x = 0; x < png.width; x += 4) {
                const unsigned char* p = png.at(x, y);
                if (differs(p)) {
                    ++cubePixels;
                    colours.insert((uint32_t{p[0]} << 16) | (uint32_t{p[1]} << 8) | p[2]);
                }
            }
        }
        const size_t samples =
            static_cast<size_t>(png.width / 4) * static_cast<size_t>(png.height / 4);
        EXPECT_GT(cubePixels, samples / 100) << eye;
        EXPECT_GE(colours.size(), 3u) << eye << ": expected several cube face colours";
        EXPECT_TRUE(
            std::filesystem::exists(tempDir() / (std::string(eye).substr(0, 19) + ".json")));
    }
}

INSTANTIATE_TEST_SUITE_P(Graphics, HelloXrTest, ::testing::Values("Vulkan2", "Vulkan"));

}  // namespace
}  // namespace xrviz::sim::test
