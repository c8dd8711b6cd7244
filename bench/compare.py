"""Times `roi-lens summary`, DuckDB and pandas computing the same per-channel summary of one
file, each as a fresh process, alternating the tools run after run. Prints every run, then the
medians, peak memory and the ratios the speed targets are stated in; checks that the three agree
on every channel's ROI before timing anything.

Usage: compare.py ROI_LENS_BINARY FILE RUNS
"""
import csv
import io
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def commands(binary: str, path: str) -> dict:
    py = sys.executable
    return {
        "roi-lens": [binary, "summary", path, "--by", "channel", "--format", "csv"],
        "duckdb": [py, os.path.join(HERE, "summary_duckdb.py"), path],
        "pandas": [py, os.path.join(HERE, "summary_pandas.py"), path],
    }


def run_with_rss(cmd: list) -> tuple:
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # child: stdout to a pipe file, stderr discarded
        try:
            out = os.open(OUT_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(out, 1)
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 2)
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed with {os.waitstatus_to_exitcode(status)}")
    with open(OUT_FILE, encoding="utf-8") as f:
        text = f.read()
    return wall, usage.ru_maxrss / 1024, text


OUT_FILE = os.path.join(os.environ.get("TMPDIR", "/tmp"), "roi-lens-compare.out")


def roi_by_channel(text: str) -> dict:
    rows = list(csv.DictReader(io.StringIO(text)))
    out = {}
    for row in rows:
        keys = {k.lower(): v for k, v in row.items()}
        channel = keys.get("channel")
        if channel in (None, "", "total"):
            continue
        out[channel] = float(keys["roi"])
    return out


def main() -> None:
    binary, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    cmds = commands(binary, path)
    size_mb = os.path.getsize(path) / 1e6
    print(f"file: {path} ({size_mb:.1f} MB), {runs} runs per tool, alternating")

    # Same answer first: a fast wrong summary is no result.
    reference = None
    for name, cmd in cmds.items():
        _, _, text = run_with_rss(cmd)
        roi = roi_by_channel(text)
        if reference is None:
            reference = roi
            continue
        if set(roi) != set(reference) or any(
            abs(roi[c] - reference[c]) > 1e-9 * max(1.0, abs(reference[c])) for c in roi
        ):
            sys.exit(f"{name} disagrees with roi-lens on ROI by channel:\n{roi}\n{reference}")
    print(f"check: all three agree on ROI for {len(reference)} channels")

    times = {name: [] for name in cmds}
    peaks = {name: [] for name in cmds}
    for i in range(runs):
        # Rotate the order so no tool always runs right after the same other one.
        order = list(cmds)[i % 3 :] + list(cmds)[: i % 3]
        for name in order:
            wall, rss, _ = run_with_rss(cmds[name])
            times[name].append(wall)
            peaks[name].append(rss)
        print(
            f"run {i + 1}: "
            + "  ".join(f"{n} {times[n][-1]:.3f} s" for n in cmds)
        )
    med = {n: statistics.median(t) for n, t in times.items()}
    print()
    print(f"{'tool':<10} {'median s':>9} {'min s':>7} {'max s':>7} {'peak MB':>8}")
    for n in cmds:
        print(
            f"{n:<10} {med[n]:>9.3f} {min(times[n]):>7.3f} {max(times[n]):>7.3f} "
            f"{max(peaks[n]):>8.0f}"
        )
    print()
    print(f"roi-lens / duckdb = {med['roi-lens'] / med['duckdb']:.2f}  (target <= 0.70)")
    print(f"roi-lens / pandas = {med['roi-lens'] / med['pandas']:.2f}  (target <= 0.33)")


if __name__ == "__main__":
    main()
