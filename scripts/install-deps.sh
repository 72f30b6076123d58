#!/usr/bin/env bash
# Installs xrviz's build, run and test dependencies from Debian's packages (Debian 12 /
# Ubuntu 22.04+). Does nothing when everything is already there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang
    libvulkan-dev glslc mesa-vulkan-drivers vulkan-validationlayers
    libglm-dev libimgui-dev libtinygltf-dev libstb-dev libglfw3-dev
    libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev fonts-dejavu-core
    libopenxr-dev libopenxr-loader1 openxr-layer-corevalidation libopenxr-utils
    xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "xrviz: installing missing packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
        exit 0
    fi
    echo "xrviz: not root and no sudo. Run as root:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
