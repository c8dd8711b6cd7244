#!/usr/bin/env bash
# Side-by-side timing of `roi-lens summary` against DuckDB and pandas on the same file.
#
#   bench/compare.sh [FILE] [RUNS]
#
# Without FILE it writes (once) a 1,000,000-row export with the sample generator. Installs
# DuckDB and pandas into bench/.venv, builds the release binary, then hands over to compare.py,
# which alternates the three tools as fresh processes and prints medians and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${2:-7}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"

if [ ! -x bench/.venv/bin/python ]; then
    python3 -m venv bench/.venv
fi
bench/.venv/bin/pip install --quiet --disable-pip-version-check duckdb==2.0.1 pandas==3.1.1

cargo build --release --quiet --bin roi-lens --example gen_sample
FILE="${1:-bench/data/campaigns_1000000.csv}"
if [ ! -f "$FILE" ]; then
    mkdir -p "$(dirname "$FILE")"
    "$CARGO_TARGET_DIR/release/examples/gen_sample" --rows 1000000 --out "$FILE"
fi

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
echo "tools: $("$CARGO_TARGET_DIR/release/roi-lens" --version), $(bench/.venv/bin/python -c \
    'import duckdb, pandas, sys; print(f"DuckDB {duckdb.__version__}, pandas {pandas.__version__}, Python {sys.version.split()[0]}")')"
exec bench/.venv/bin/python bench/compare.py "$CARGO_TARGET_DIR/release/roi-lens" "$FILE" "$RUNS"
