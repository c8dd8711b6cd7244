#!/usr/bin/env python3
"""Independent reference values for tests/stats.rs, from Python's standard library only
(statistics.NormalDist), not from ROI Lens' code. Run: python3 tests/support/stats_check.py"""
from math import erfc, sqrt
from statistics import NormalDist

N = NormalDist()
Z = N.inv_cdf(0.975)


def wilson(x, n):
    p = x / n
    denom = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / denom
    half = Z * sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / denom
    return centre - half, centre + half


def two_prop(x1, n1, x2, n2):
    p = (x1 + x2) / (n1 + n2)
    se = sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    z = (x1 / n1 - x2 / n2) / se
    return erfc(abs(z) / sqrt(2))


def holm(ps):
    m = len(ps)
    order = sorted(range(m), key=lambda i: ps[i])
    out = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * ps[i]))
        out[i] = running
    return out


print("z", repr(Z))
for x, n in [(0, 10), (1, 10), (5, 10), (10, 10), (81, 263), (9659, 324872), (12603, 635091)]:
    print("wilson", x, n, [repr(v) for v in wilson(x, n)])
for case in [(30, 1000, 20, 1000), (9659, 324872, 12603, 635091), (9116, 365277, 9047, 361491),
             (15, 200, 9, 180), (300, 10000, 380, 10000)]:
    print("z-test", case, repr(two_prop(*case)))
for ps in [[0.01, 0.04, 0.03, 0.005], [0.2, 0.01, 0.04], [0.5, 0.6]]:
    print("holm", ps, [repr(v) for v in holm(ps)])

# The English sample, summed straight from the CSV: the values tests/cli.rs checks the
# `summary --ci --baseline Kuaishou` output against.
import csv

sums = {}
with open("sample_data/campaigns_en.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        g = sums.setdefault(row["Channel"], {"imp": 0, "clk": 0, "conv": 0})
        g["imp"] += int(row["Impressions"])
        g["clk"] += int(row["Clicks"])
        g["conv"] += int(row["Conversions"])
va = sums["Video Accounts"]
print("english Video Accounts ctr wilson", [repr(v) for v in wilson(va["clk"], va["imp"])])
base = sums["Kuaishou"]
others = sorted(c for c in sums if c != "Kuaishou")
raw = [two_prop(sums[c]["conv"], sums[c]["clk"], base["conv"], base["clk"]) for c in others]
for c, r, a in zip(others, raw, holm(raw)):
    print("english cvr vs Kuaishou", c, "raw", repr(r), "holm", repr(a))
