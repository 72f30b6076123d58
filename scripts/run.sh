#!/usr/bin/env bash
# Sets up, builds and runs xrviz in the best mode available: a headset through OpenXR,
# else a desktop window, else headless snapshots of every scene into ./snapshots/.
# Extra arguments go to xrviz (try --help).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
source "$root/scripts/env.sh"
cmake --preset dev -S "$root" >/dev/null
cmake --build "$root/build/dev" --target xrviz
cd "$root"
exec "$root/build/dev/app/xrviz" "$@"
