#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite: unit, headless render (lavapipe with the
# Vulkan validation layer), desktop (Xvfb) and XR (simulated headset) tests. Prints ctest's
# summary; exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
source "$root/scripts/env.sh"
jobs="$(nproc)"

cmake --preset ci -S "$root"
cmake --build "$root/build/ci" -j "$jobs"
cd "$root/build/ci"
ctest --output-on-failure --no-tests=error -j "$jobs" --timeout 900
