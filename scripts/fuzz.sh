#!/usr/bin/env bash
# Builds the libFuzzer targets for the dataset readers and the glTF loader with clang (build/fuzz) and runs
# each for XRVIZ_FUZZ_SECONDS (default 60) from a seed corpus made of the datasets under
# tests/data and assets/data plus fuzz/regressions. Fails on any finding: the crashing
# input is left in build/fuzz/findings/<target>/; once fixed, copy it into
# fuzz/regressions/<target>/ so the unit tests replay it forever.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${XRVIZ_FUZZ_SECONDS:-60}"
build="$root/build/fuzz"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DXRVIZ_FUZZ=ON -DXRVIZ_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target fuzz_csv_reader fuzz_manifest fuzz_period fuzz_gltf -j "$(nproc)"

# Seeds: a fresh corpus each run, so the source tree is never written to.
corpus="$build/corpus"
rm -rf "$corpus"
mkdir -p "$corpus"/{csv_reader,manifest,period,gltf}
n=0
while IFS= read -r -d '' csv; do
    # The CSV target reads its first byte as the reader to use: seed all four.
    for mode in 0 1 2 3; do
        { printf "\\$(printf '%03o' "$mode")"; cat "$csv"; } >"$corpus/csv_reader/seed_${n}_$mode"
    done
    n=$((n + 1))
done < <(find "$root/tests/data" "$root/assets/data" -name '*.csv' -print0)
find "$root/tests/data" "$root/assets/data" -name 'dataset.json' -print0 |
    while IFS= read -r -d '' json; do cp "$json" "$corpus/manifest/seed_$(md5sum <"$json" | cut -c1-12)"; done
cp "$root"/fuzz/seeds/period/* "$corpus/period/"
find "$root/tests/data/gltf" "$root/assets/models" \( -name '*.gltf' -o -name '*.glb' \) -print0 |
    while IFS= read -r -d '' model; do cp "$model" "$corpus/gltf/seed_$(md5sum <"$model" | cut -c1-12)"; done
for target in csv_reader manifest period gltf; do
    if compgen -G "$root/fuzz/regressions/$target/*" >/dev/null; then
        cp "$root/fuzz/regressions/$target/"* "$corpus/$target/"
    fi
done

status=0
for target in csv_reader manifest period gltf; do
    findings="$build/findings/$target"
    mkdir -p "$findings"
    echo "fuzz: $target for ${seconds}s"
    if ! "$build/fuzz/fuzz_$target" "$corpus/$target" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$findings/" >"$build/fuzz_$target.log" 2>&1; then
        echo "fuzz: $target FOUND A PROBLEM; input(s) in $findings/, log in $build/fuzz_$target.log" >&2
        tail -40 "$build/fuzz_$target.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|cov:" "$build/fuzz_$target.log" | tail -2 || true
    fi
done
exit "$status"
