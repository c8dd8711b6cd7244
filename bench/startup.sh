#!/usr/bin/env bash
# Startup to first frame of the release app, in a real window under Xvfb (software rendering,
# like CI): starts ROI Lens on the bundled sample data RUNS times and prints each time and the
# median, as the app reports it with ROI_LENS_TIMING=1.
#
#   bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
scripts/setup
cargo build --release --quiet --bin roi-lens
BIN="$CARGO_TARGET_DIR/release/roi-lens"
times=()
for i in $(seq "$RUNS"); do
    log=$(mktemp)
    # A fresh config directory each time: no remembered window or files.
    XDG_CONFIG_HOME=$(mktemp -d) ROI_LENS_TIMING=1 \
        timeout 30 xvfb-run -a -s "-screen 0 1600x1000x24" "$BIN" 2>"$log" &
    pid=$!
    for _ in $(seq 300); do
        grep -q "first frame" "$log" && break
        sleep 0.1
    done
    ms=$(grep -o "first frame [0-9]* ms" "$log" | grep -o "[0-9]*" || true)
    pkill -f "$BIN" || true
    wait "$pid" 2>/dev/null || true
    rm -f "$log"
    [ -n "$ms" ] || { echo "run $i: no first frame within 30 s" >&2; exit 1; }
    echo "run $i: first frame after $ms ms"
    times+=("$ms")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median: %d ms (target < 500 ms)\n", m}'
