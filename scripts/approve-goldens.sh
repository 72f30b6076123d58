#!/usr/bin/env bash
# Re-renders every golden image from the current code into tests/golden/. Review the
# pictures (git diff shows which changed), then commit them with the change that moved them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
source "$root/scripts/env.sh"
cmake --preset dev -S "$root" >/dev/null
cmake --build "$root/build/dev" --target scenes_render_tests
XRVIZ_UPDATE_GOLDENS=1 "$root/build/dev/tests/scenes/scenes_render_tests" --gtest_filter='*Golden*'
git -C "$root" status --short tests/golden
