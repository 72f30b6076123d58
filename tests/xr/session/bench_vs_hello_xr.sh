#!/usr/bin/env bash
# Frames per second of xrviz (skyline) against Khronos's hello_xr on the same simulated
# headset: same size per eye, virtual clock (xrWaitFrame never sleeps), both validation
# layers off. Start-up is taken out by timing two runs (N1 and N2 frames) of each:
# fps = (N2 - N1) / (t2 - t1).
#   tests/xr/session/bench_vs_hello_xr.sh BUILD_DIR [EYE_SIZE] [N1] [N2]
set -euo pipefail
build=${1:?build dir}
size=${2:-640x640}
n1=${3:-60}
n2=${4:-360}
here=$(cd "$(dirname "$0")/../../.." && pwd)
source "$here/scripts/env.sh"
export XR_RUNTIME_JSON="$build/xr/sim/xrviz_sim_runtime.json"
export XRVIZ_SIM_EYE_SIZE=$size XRVIZ_SIM_CLOCK=virtual XRVIZ_SIM_LOG=0
unset XR_ENABLE_API_LAYERS VK_INSTANCE_LAYERS DISPLAY WAYLAND_DISPLAY
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

seconds() {  # seconds N COMMAND...: wall time of COMMAND with the sim exiting at frame N
    local n=$1; shift
    echo "{\"events\": [{\"frame\": $n, \"type\": \"request_exit\"}]}" > "$tmp/script.json"
    local start end
    start=$(date +%s.%N)
    XRVIZ_SIM_SCRIPT="$tmp/script.json" "$@" > "$tmp/log" 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
hello_xr() {  # quits on a key press: stdin stays open and silent until it exits
    rm -f "$tmp/stdin" && mkfifo "$tmp/stdin"
    sleep 600 > "$tmp/stdin" &
    local holder=$!
    /usr/bin/hello_xr -g Vulkan2 < "$tmp/stdin"
    kill "$holder"
}
fps() {
    local t1 t2
    t1=$(seconds "$n1" "$@")
    t2=$(seconds "$n2" "$@")
    echo "scale=1; ($n2 - $n1) / ($t2 - $t1)" | bc -l
}
echo "per eye $size, frames $n1 -> $n2, virtual clock"
echo "xrviz skyline (MSAA 4): $(fps "$build/app/xrviz" --mode xr --scene skyline) fps"
echo "xrviz skyline (MSAA 1): $(fps "$build/app/xrviz" --mode xr --scene skyline --msaa 1) fps"
echo "hello_xr -g Vulkan2:    $(fps hello_xr) fps"
