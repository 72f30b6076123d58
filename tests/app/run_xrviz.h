#pragma once
// Runs the xrviz binary (XRVIZ_BINARY, set by CMake) with arguments and collects what it
// printed: the end-to-end tests' one way in.
#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace xrviz::app::testing {

struct RunResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

inline RunResult run_xrviz(const std::string& arguments) {
    const std::string command = std::string(XRVIZ_BINARY) + " " + arguments + " 2>&1";
    RunResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return result;
    char buffer[4096];
    while (std::fgets(buffer, sizeof(buffer), pipe)) result.output += buffer;
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

}  // namespace xrviz::app::testing
