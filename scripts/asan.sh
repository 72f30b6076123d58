#!/usr/bin/env bash
# Builds the unit tests with AddressSanitizer + UndefinedBehaviorSanitizer (the asan
# preset: build/asan, Debug) and runs every test labelled unit. Any sanitizer report
# fails the test that triggered it (-fno-sanitize-recover=all).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc)"
cd "$root"
cmake --preset asan >/dev/null
# Only the unit-test executables (and what they link), not the app or the GPU tests.
targets=$(cmake --build build/asan --target help | sed -n 's/^\([A-Za-z0-9_]*_tests\): .*/\1/p')
if [ -z "$targets" ]; then
    echo "asan: no *_tests targets found" >&2
    exit 1
fi
# shellcheck disable=SC2086
cmake --build build/asan -j "$jobs" --target $targets
# Leaks inside system libraries we only call (the OpenXR loader, Vulkan drivers, fontconfig)
# are theirs, not ours: suppressed, so a report always points at our code.
suppressions="$root/build/asan/lsan.supp"
printf '%s\n' 'leak:libopenxr_loader.so' 'leak:libvulkan.so' 'leak:libvulkan_lvp.so' \
    'leak:libLLVM' 'leak:libfontconfig.so' 'leak:libX11.so' 'leak:libGLX' >"$suppressions"
export LSAN_OPTIONS="suppressions=$suppressions:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build/asan -L unit --output-on-failure --no-tests=error -j "$jobs"
