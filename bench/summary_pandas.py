"""Per-channel summary of a ROI Lens benchmark export with pandas: every sum and ratio that
`roi-lens summary --by channel` prints, as CSV on stdout. Run as a fresh process by compare.sh."""
import sys

import pandas as pd

RETAINED = ["D1 Retained", "D7 Retained", "D30 Retained"]
SUMMED = ["Spend", "Impressions", "Clicks", "Conversions", "Revenue", "New Users"] + RETAINED


def main(path: str) -> None:
    df = pd.read_csv(path)
    cols = {}
    for c in RETAINED:
        # Retention counts only cohorts that report both the retained and the new users.
        both = df[c].notna() & df["New Users"].notna()
        cols[f"{c} num"] = df[c].where(both)
        cols[f"{c} den"] = df["New Users"].where(both)
    df = df.assign(**cols)
    g = df.groupby("Channel", sort=False).sum(numeric_only=True, min_count=1)
    out = g[SUMMED].copy()
    out["roi"] = g["Revenue"] / g["Spend"]
    out["ctr"] = g["Clicks"] / g["Impressions"]
    out["cvr"] = g["Conversions"] / g["Clicks"]
    out["cpa"] = g["Spend"] / g["Conversions"]
    out["cpc"] = g["Spend"] / g["Clicks"]
    out["cpm"] = 1000 * g["Spend"] / g["Impressions"]
    for c in RETAINED:
        out[f"retention_d{c.split()[0][1:]}"] = g[f"{c} num"] / g[f"{c} den"]
    out.sort_values("Spend", ascending=False).to_csv(sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
