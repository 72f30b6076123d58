#pragma once
// How a fuzz target reports a broken invariant: a message, then abort, which libFuzzer
// records as a finding with the input that caused it.
#include <cstdio>
#include <cstdlib>

namespace xrviz::fuzz {

inline void check(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

}  // namespace xrviz::fuzz
