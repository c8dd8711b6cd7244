//! Metrics on a tiny dataset whose every number is worked out by hand in the comments.

use chrono::NaiveDate;
use roi_lens::data::{Dataset, Field, LoadOptions, load_files};
use roi_lens::metrics::{
    Filters, Granularity, GroupKey, Metric, Query, daily_points, funnel, rollup, summarize,
};

/// Two channels, three days.
/// - A, 03-01: spend 100, impr 10000, clicks 100, conv 10, revenue 300, users 10, d1 5, d7 2
/// - A, 03-02: spend 300, impr 20000, clicks 100, conv 2,  revenue 0,   users 10, d1 4, d7 (young)
/// - B, 03-01: spend 50,  impr 0,     clicks 0,   conv 0,  revenue (none), users 5, d1 1, d7 1
/// - B, 03-04: spend 150, impr 5000,  clicks 50,  conv 5,  revenue 450, users 0, d1 0, d7 0
const TINY: &str = "\
date,channel,campaign,spend,impressions,clicks,conversions,revenue,new_users,retained_d1,retained_d7
2024-03-01,A,c1,100,10000,100,10,300,10,5,2
2024-03-02,A,c1,300,20000,100,2,0,10,4,
2024-03-01,B,c2,50,0,0,0,,5,1,1
2024-03-04,B,c1,150,5000,50,5,450,0,0,0
";

fn tiny() -> (tempfile::TempDir, Dataset) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("tiny.csv");
    std::fs::write(&path, TINY).expect("write");
    let ds = load_files(&[path], &LoadOptions::default()).expect("load");
    (dir, ds)
}

fn by(keys: &[GroupKey], filters: Filters) -> Query {
    Query {
        group_by: keys.to_vec(),
        filters,
    }
}

fn assert_close(got: Option<f64>, want: Option<f64>, what: &str) {
    match (got, want) {
        (Some(g), Some(w)) => assert!((g - w).abs() < 1e-12, "{what}: got {g}, want {w}"),
        _ => assert_eq!(got, want, "{what}"),
    }
}

#[test]
fn channel_summary_is_ratios_of_sums() {
    let (_dir, ds) = tiny();
    let s = summarize(&ds, &Query::default()).expect("summary");
    assert_eq!(s.key_labels(GroupKey::Channel), ["A", "B"]);
    let expect = [
        // A: spend 400, impr 30000, clicks 200, conv 12, revenue 300, users 20.
        // ROI = 300/400 = 0.75 (the mean of the daily ROIs, (3 + 0)/2 = 1.5, would be wrong).
        // d1: 9/20. d7: only 03-01 is mature, 2/10 = 0.2 (not 2/20).
        (Metric::Sum(Field::Spend), [Some(400.0), Some(200.0)]),
        (
            Metric::Sum(Field::Impressions),
            [Some(30000.0), Some(5000.0)],
        ),
        (Metric::Sum(Field::Clicks), [Some(200.0), Some(50.0)]),
        (Metric::Sum(Field::Conversions), [Some(12.0), Some(5.0)]),
        (Metric::Sum(Field::Revenue), [Some(300.0), Some(450.0)]),
        (Metric::Sum(Field::NewUsers), [Some(20.0), Some(5.0)]),
        (Metric::Sum(Field::Retained(1)), [Some(9.0), Some(1.0)]),
        (Metric::Sum(Field::Retained(7)), [Some(2.0), Some(1.0)]),
        (Metric::Roi, [Some(0.75), Some(2.25)]),
        (Metric::Ctr, [Some(200.0 / 30000.0), Some(0.01)]),
        (Metric::Cvr, [Some(0.06), Some(0.1)]),
        (Metric::Cpa, [Some(400.0 / 12.0), Some(40.0)]),
        (Metric::Cpc, [Some(2.0), Some(4.0)]),
        (Metric::Cpm, [Some(400_000.0 / 30000.0), Some(40.0)]),
        (Metric::Retention(1), [Some(0.45), Some(0.2)]),
        (Metric::Retention(7), [Some(0.2), Some(0.2)]),
    ];
    for (metric, want) in expect {
        let got = s.values(metric);
        for i in 0..2 {
            assert_close(got[i], want[i], &format!("{} row {i}", metric.name()));
        }
    }
    let names: Vec<String> = s.metrics.iter().map(|m| m.name()).collect();
    assert_eq!(
        names,
        [
            "spend",
            "impressions",
            "clicks",
            "conversions",
            "revenue",
            "new_users",
            "retained_d1",
            "retained_d7",
            "roi",
            "ctr",
            "cvr",
            "cpa",
            "cpc",
            "cpm",
            "retention_d1",
            "retention_d7"
        ]
    );
}

#[test]
fn zero_and_missing_denominators_give_no_value() {
    let (_dir, ds) = tiny();
    let day = NaiveDate::from_ymd_opt(2024, 3, 1);
    let filters = Filters {
        from: day,
        to: day,
        channels: vec!["B".into()],
        campaigns: vec![],
    };
    let s = summarize(&ds, &by(&[GroupKey::Channel], filters)).expect("summary");
    assert_eq!(s.height(), 1);
    // B on 03-01: impressions 0, clicks 0, conversions 0, revenue blank.
    for metric in [
        Metric::Ctr,
        Metric::Cpm,
        Metric::Cvr,
        Metric::Cpc,
        Metric::Cpa,
    ] {
        assert_eq!(s.values(metric), [None], "{}", metric.name());
    }
    assert_eq!(
        s.values(Metric::Sum(Field::Revenue)),
        [None],
        "no revenue at all is not 0"
    );
    assert_eq!(s.values(Metric::Roi), [None]);
    assert_eq!(s.values(Metric::Retention(1)), [Some(0.2)]);
}

#[test]
fn overall_totals_without_keys() {
    let (_dir, ds) = tiny();
    let s = summarize(&ds, &by(&[], Filters::default())).expect("summary");
    assert_eq!(s.height(), 1);
    // Revenue 750 over spend 600.
    assert_close(s.values(Metric::Roi)[0], Some(1.25), "overall ROI");
    // d7 mature rows: A 03-01 (2 of 10), B 03-01 (1 of 5), B 03-04 (0 of 0) → 3/15.
    assert_close(s.values(Metric::Retention(7))[0], Some(0.2), "overall d7");
}

#[test]
fn weeks_start_on_monday_and_months_on_the_first() {
    let (_dir, ds) = tiny();
    // 2024-03-01 is a Friday: its ISO week starts on Monday 2024-02-26. 03-04 is a Monday.
    let s = summarize(
        &ds,
        &by(&[GroupKey::Period(Granularity::Week)], Filters::default()),
    )
    .expect("summary");
    assert_eq!(
        s.key_labels(GroupKey::Period(Granularity::Week)),
        ["2024-02-26", "2024-03-04"]
    );
    assert_eq!(
        s.values(Metric::Sum(Field::Spend)),
        [Some(450.0), Some(150.0)]
    );
    let s = summarize(
        &ds,
        &by(&[GroupKey::Period(Granularity::Month)], Filters::default()),
    )
    .expect("summary");
    assert_eq!(
        s.key_labels(GroupKey::Period(Granularity::Month)),
        ["2024-03-01"]
    );
    assert_eq!(s.values(Metric::Sum(Field::Spend)), [Some(600.0)]);
}

#[test]
fn time_series_by_channel_and_day() {
    let (_dir, ds) = tiny();
    let s = roi_lens::metrics::time_series(
        &ds,
        &Filters::default(),
        GroupKey::Channel,
        Granularity::Day,
    )
    .expect("series");
    assert_eq!(s.key_labels(GroupKey::Channel), ["A", "A", "B", "B"]);
    assert_eq!(
        s.key_labels(GroupKey::Period(Granularity::Day)),
        ["2024-03-01", "2024-03-02", "2024-03-01", "2024-03-04"]
    );
    assert_eq!(
        s.values(Metric::Roi),
        [Some(3.0), Some(0.0), None, Some(3.0)]
    );
}

#[test]
fn campaign_filter_and_grouping() {
    let (_dir, ds) = tiny();
    let filters = Filters {
        campaigns: vec!["c1".into()],
        ..Filters::default()
    };
    let s = summarize(&ds, &by(&[GroupKey::Campaign, GroupKey::Channel], filters)).expect("s");
    assert_eq!(s.key_labels(GroupKey::Campaign), ["c1", "c1"]);
    assert_eq!(s.key_labels(GroupKey::Channel), ["A", "B"]);
    assert_eq!(
        s.values(Metric::Sum(Field::Spend)),
        [Some(400.0), Some(150.0)]
    );
}

#[test]
fn funnel_and_daily_points() {
    let (_dir, ds) = tiny();
    let rows = funnel(&ds, &Filters::default(), GroupKey::Channel).expect("funnel");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].group, "A");
    assert_eq!(
        (rows[0].impressions, rows[0].clicks, rows[0].conversions),
        (Some(30000.0), Some(200.0), Some(12.0))
    );
    assert_close(rows[0].cvr, Some(0.06), "A cvr");
    let points = daily_points(&ds, &Filters::default(), GroupKey::Channel).expect("points");
    // B on 03-01 has no revenue, so it has no point.
    let got: Vec<(&str, String, f64, f64)> = points
        .iter()
        .map(|p| (p.group.as_str(), p.date.to_string(), p.spend, p.revenue))
        .collect();
    assert_eq!(
        got,
        [
            ("A", "2024-03-01".to_owned(), 100.0, 300.0),
            ("A", "2024-03-02".to_owned(), 300.0, 0.0),
            ("B", "2024-03-04".to_owned(), 150.0, 450.0),
        ]
    );
}

#[test]
fn metrics_without_inputs_are_absent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("thin.csv");
    std::fs::write(&path, "channel,spend,clicks\nA,10,5\n").expect("write");
    let ds = load_files(&[path], &LoadOptions::default()).expect("load");
    let s = summarize(&ds, &Query::default()).expect("summary");
    let names: Vec<String> = s.metrics.iter().map(|m| m.name()).collect();
    assert_eq!(names, ["spend", "clicks", "cpc"]);
    let err = summarize(
        &ds,
        &by(&[GroupKey::Period(Granularity::Week)], Filters::default()),
    )
    .expect_err("no date column");
    assert!(err.to_string().contains("date"), "{err}");
}

/// Eight days of channel A, two campaigns a day on 03-01 (so the bootstrap must treat the day,
/// not the row, as the unit), and channel B with only three days.
fn eight_days() -> (tempfile::TempDir, Dataset) {
    let mut csv = String::from("date,channel,campaign,spend,revenue,impressions,clicks\n");
    for day in 1..=8 {
        csv.push_str(&format!(
            "2024-03-0{day},A,c1,{},{},1000,{}\n",
            100 * day,
            150 * day + 40,
            10 + day
        ));
    }
    csv.push_str("2024-03-01,A,c2,50,10,500,5\n");
    for day in 1..=3 {
        csv.push_str(&format!(
            "2024-03-0{day},B,c1,100,{},800,8\n",
            90 + 10 * day
        ));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("eight.csv");
    std::fs::write(&path, csv).expect("write");
    let ds = load_files(&[path], &LoadOptions::default()).expect("load");
    (dir, ds)
}

#[test]
fn intervals_resample_whole_days_and_count_the_summed_clicks() {
    use roi_lens::stats::{self, Bootstrap, Interval, Ratio};
    let (_dir, ds) = eight_days();
    let filters = Filters::default();
    let s = summarize(&ds, &by(&[GroupKey::Channel], filters.clone())).expect("summary");
    let totals = summarize(&ds, &by(&[], filters.clone())).expect("totals");
    let u = roi_lens::metrics::uncertainty(
        &ds,
        &filters,
        GroupKey::Channel,
        &s,
        &totals,
        None,
        Bootstrap::default(),
    )
    .expect("uncertainty");
    assert_eq!(u.groups, ["A", "B"]);
    assert_eq!(u.days, [8, 3]);
    // A's days by hand: day 1 holds both campaigns (spend 150, revenue 200).
    let spend: Vec<f64> = (1..=8)
        .map(|d| 100.0 * d as f64 + if d == 1 { 50.0 } else { 0.0 })
        .collect();
    let revenue: Vec<f64> = (1..=8)
        .map(|d| 150.0 * d as f64 + 40.0 + if d == 1 { 10.0 } else { 0.0 })
        .collect();
    let roi = Ratio {
        num: 1,
        den: 0,
        factor: 1.0,
    };
    let want = stats::bootstrap_intervals(&[spend, revenue], &[roi], Bootstrap::default())[0];
    assert_eq!(u.interval(Metric::Roi, 0), Some(want));
    // B has three days: too uncertain.
    assert_eq!(
        u.interval(Metric::Roi, 1),
        Some(Interval::TooFewDays { days: 3 })
    );
    // CTR: Wilson on A's summed clicks (Σ 10+d over 8 days + 5 = 121) over 8,500 impressions.
    let want = stats::wilson(121.0, 8500.0).expect("interval");
    assert_eq!(
        u.interval(Metric::Ctr, 0).and_then(Interval::range),
        Some(want)
    );
    // The baseline is A (most spend); B's ROI cannot be tested on three days, its CTR can.
    assert_eq!(u.baseline_name(), Some("A"));
    assert!(u.baseline_by_spend);
    assert_eq!(u.verdict(Metric::Roi, 1), None);
    let ctr = u.verdict(Metric::Ctr, 1).expect("CTR compared");
    let p = stats::two_proportion_p(24.0, 2400.0, 121.0, 8500.0).expect("p");
    assert!((ctr.raw_p - p).abs() < 1e-12 && ctr.family == 1);
    // The overall interval covers both channels' eight days.
    assert!(matches!(
        u.total_intervals[&Metric::Roi],
        Interval::Range { .. }
    ));
}

/// The per-group and total rows summed up from a finer summary equal the ones read from the
/// rows: every sum, every ratio (ratios of the summed parts, nulls where they were null), on
/// the tiny file (nulls, a zero denominator, an immature cohort) and on the three samples.
#[test]
fn rollups_of_daily_series_equal_direct_summaries() {
    let samples = [
        "campaigns_en.csv",
        "tencent_ads_gbk.csv",
        "ocean_engine_utf8bom.csv",
    ]
    .map(|f| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample_data")
            .join(f)
    });
    let (_dir, tiny) = tiny();
    let both = load_files(&samples, &LoadOptions::default()).expect("samples");
    for ds in [&tiny, &both] {
        for key in [GroupKey::Channel, GroupKey::Campaign, GroupKey::Source] {
            for granularity in [Granularity::Day, Granularity::Week] {
                let fine = summarize(
                    ds,
                    &by(&[key, GroupKey::Period(granularity)], Filters::default()),
                )
                .expect("series");
                let direct = summarize(ds, &by(&[key], Filters::default())).expect("direct");
                let rolled = rollup(&fine, &[key]).expect("rollup");
                let total = summarize(ds, &by(&[], Filters::default())).expect("total");
                let rolled_total = rollup(&rolled, &[]).expect("rollup total");
                for (a, b) in [(&direct, &rolled), (&total, &rolled_total)] {
                    assert_eq!(a.metrics, b.metrics);
                    assert_eq!(a.key_labels(key), b.key_labels(key));
                    for m in &a.metrics {
                        let (x, y) = (a.values(*m), b.values(*m));
                        assert_eq!(x.len(), y.len());
                        for (u, v) in x.iter().zip(&y) {
                            match (u, v) {
                                (Some(u), Some(v)) => assert!(
                                    (u - v).abs() <= 1e-9 * u.abs().max(1.0),
                                    "{key:?} {m:?}: {u} vs {v}"
                                ),
                                _ => assert_eq!(u, v, "{key:?} {m:?}"),
                            }
                        }
                    }
                }
            }
        }
    }
}
