#pragma once
// Runs parse_command_line on a list of arguments, adding argv[0] as main would receive it.
#include <string>
#include <vector>

#include "app/cli/options.h"

namespace xrviz::app::testing {

inline ParseResult parse(std::vector<std::string> args) {
    args.insert(args.begin(), "xrviz");
    std::vector<const char*> argv;
    for (const auto& arg : args)
        argv.push_back(arg.c_str());
    argv.push_back(nullptr);  // as the C runtime gives it
    return parse_command_line(static_cast<int>(args.size()), argv.data());
}

}  // namespace xrviz::app::testing
