"""Per-channel summary of a ROI Lens benchmark export with DuckDB: every sum and ratio that
`roi-lens summary --by channel` prints, as CSV on stdout. Run as a fresh process by compare.sh."""
import csv
import sys

import duckdb

RETAINED = ["D1 Retained", "D7 Retained", "D30 Retained"]


def main(path: str) -> None:
    retention = ",\n".join(
        f'sum("{c}") FILTER (WHERE "New Users" IS NOT NULL) '
        f'/ nullif(sum("New Users") FILTER (WHERE "{c}" IS NOT NULL), 0) AS retention_d{c.split()[0][1:]}'
        for c in RETAINED
    )
    sums = ",\n".join(f'sum("{c}") AS "{c}"' for c in RETAINED)
    query = f"""
    SELECT Channel AS channel,
           sum(Spend) AS spend, sum(Impressions) AS impressions, sum(Clicks) AS clicks,
           sum(Conversions) AS conversions, sum(Revenue) AS revenue,
           sum("New Users") AS new_users,
           {sums},
           sum(Revenue) / nullif(sum(Spend), 0) AS roi,
           sum(Clicks) / nullif(sum(Impressions), 0) AS ctr,
           sum(Conversions) / nullif(sum(Clicks), 0) AS cvr,
           sum(Spend) / nullif(sum(Conversions), 0) AS cpa,
           sum(Spend) / nullif(sum(Clicks), 0) AS cpc,
           1000 * sum(Spend) / nullif(sum(Impressions), 0) AS cpm,
           {retention}
    FROM read_csv('{path}', header = true)
    GROUP BY Channel
    ORDER BY spend DESC
    """
    result = duckdb.sql(query)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(result.columns)
    out.writerows(result.fetchall())


if __name__ == "__main__":
    main(sys.argv[1])
