#pragma once
// A small text file as one string without its trailing newlines: how tests read the
// expected messages kept next to their malformed inputs.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace xrviz::testing {

inline std::string read_trimmed(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

}  // namespace xrviz::testing
