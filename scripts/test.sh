#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite:
#   1. the ci preset (GCC, -Werror): unit, headless render (lavapipe, Vulkan validation on),
#      desktop (Xvfb) and XR (simulated headset, OpenXR core validation on) tests;
#   2. libFuzzer targets for the dataset readers, each for XRVIZ_FUZZ_SECONDS (default 60);
#   3. the unit tests again under AddressSanitizer + UndefinedBehaviorSanitizer.
# Each step prints ctest's (or libFuzzer's) summary; any failure stops the run non-zero.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
source "$root/scripts/env.sh"
jobs="$(nproc)"

echo "== xrviz tests: ci preset =="
cmake --preset ci -S "$root"
cmake --build "$root/build/ci" -j "$jobs"
ctest --test-dir "$root/build/ci" --output-on-failure --no-tests=error -j "$jobs" --timeout 900

echo "== xrviz tests: fuzzing the dataset readers =="
"$root/scripts/fuzz.sh"

echo "== xrviz tests: unit tests under ASan + UBSan =="
"$root/scripts/asan.sh"
