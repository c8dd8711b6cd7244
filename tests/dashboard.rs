//! The dashboard computed from a dataset: what the charts get when there are more groups than
//! a chart can show, statistics as a value of their own about the charts' rows, presentation
//! switches that need no recomputation, and random views that never panic.

use proptest::prelude::*;
use roi_lens::dashboard::{
    CHART_GROUPS, Shown, View, compute_charts, compute_statistics, compute_statistics_until,
};
use roi_lens::data::{Dataset, Field, LoadOptions, load_files};
use roi_lens::metrics::{
    Comparison, Filters, GroupKey, Metric, MetricsError, Query, rollup, summarize, uncertainty,
};
use roi_lens::stats::Bootstrap;

/// 25 campaigns over 10 days; campaign `c{k}` spends `k` a day, so c06 … c25 spend the most.
fn many_campaigns() -> (tempfile::TempDir, Dataset) {
    let mut csv = String::from("date,channel,campaign,spend,revenue,impressions,clicks\n");
    for day in 1..=10 {
        for k in 1..=25 {
            csv.push_str(&format!(
                "2024-03-{day:02},A,c{k:02},{k},{},1000,{}\n",
                2 * k + day,
                10 + k
            ));
        }
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("many.csv");
    std::fs::write(&path, csv).expect("write");
    let ds = load_files(&[path], &LoadOptions::default()).expect("load");
    (dir, ds)
}

fn by_campaign() -> View {
    View {
        group_by: GroupKey::Campaign,
        ..View::default()
    }
}

#[test]
fn charts_show_the_groups_with_the_most_spend_and_the_table_all() {
    assert_eq!(CHART_GROUPS, 20);
    let (_dir, ds) = many_campaigns();
    let data = compute_charts(&ds, &by_campaign().query()).expect("charts");
    assert_eq!(data.groups.len(), 25);
    assert_eq!(data.by_group.height(), 25);
    let charted: Vec<&str> = data
        .groups
        .iter()
        .zip(&data.charted)
        .filter(|(_, c)| **c)
        .map(|((g, _), _)| g.as_str())
        .collect();
    let expected: Vec<String> = (6..=25).map(|k| format!("c{k:02}")).collect();
    assert_eq!(charted, expected);
    // The funnel has a row per group, in group order: charts pick both by index.
    let funnel: Vec<&str> = data.funnel.iter().map(|r| r.group.as_str()).collect();
    let groups: Vec<&str> = data.groups.iter().map(|(g, _)| g.as_str()).collect();
    assert_eq!(funnel, groups);
    let hidden = std::collections::BTreeSet::from(["c25".to_owned()]);
    assert_eq!(data.chart_rows(&hidden), (5..24).collect::<Vec<usize>>());
    let spend = &data.trend[&Metric::Sum(Field::Spend)];
    let trend: Vec<&str> = spend.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(trend, expected);
    assert!(spend.iter().all(|s| s.points.len() == 10));
    let scatter: Vec<&str> = data.scatter.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(scatter, expected);
    // c25's day 3: spend 25, revenue 2 × 25 + 3.
    let c25 = data.scatter.last().expect("c25");
    assert_eq!((c25.points[2].spend, c25.points[2].revenue), (25.0, 53.0));
    assert_eq!(
        data.charted_note().as_deref(),
        Some(
            "The 20 campaigns with the most spend of 25; the table lists all. Filter campaigns \
             to chart others."
        )
    );
    // The span still covers every row in view.
    assert_eq!(
        data.span.map(|(a, b)| (a.to_string(), b.to_string())),
        Some(("2024-03-01".to_owned(), "2024-03-10".to_owned()))
    );
}

#[test]
fn few_groups_are_all_charted_without_a_note() {
    let (_dir, ds) = many_campaigns();
    let view = View {
        filters: Filters {
            campaigns: vec!["c01".into(), "c02".into()],
            ..Filters::default()
        },
        ..by_campaign()
    };
    let data = compute_charts(&ds, &view.query()).expect("charts");
    assert_eq!(data.charted, [true, true]);
    assert_eq!(data.charted_note(), None);
    assert!(data.trend.values().all(|series| series.len() == 2));
}

#[test]
fn the_trend_metric_is_a_presentation_switch_with_hand_checked_values() {
    let (_dir, ds) = many_campaigns();
    let view = by_campaign();
    let data = compute_charts(&ds, &view.query()).expect("charts");
    let roi_view = View {
        trend_metric: Metric::Roi,
        ..view.clone()
    };
    // Same query: the same charts serve both; only what is drawn differs.
    assert_eq!(roi_view.query(), view.query());
    let shown = Shown::new(&data, None, roi_view.presentation());
    let c25 = shown.trend().last().expect("c25");
    assert_eq!(c25.name, "c25");
    // Day 3 (2024-03-03 = day 19785 since 1970): revenue 2 × 25 + 3 over spend 25.
    assert_eq!(c25.points[2], [19785.0, 53.0 / 25.0]);
    let spend = Shown::new(&data, None, view.presentation());
    assert_eq!(spend.trend().last().expect("c25").points[2][1], 25.0);
}

#[test]
fn statistics_are_of_the_rows_the_charts_show() {
    let (_dir, ds) = many_campaigns();
    let view = by_campaign();
    let data = compute_charts(&ds, &view.query()).expect("charts");
    let stats = compute_statistics(&ds, &data, &view.stats_request()).expect("statistics");
    // Independently: the campaigns summarised directly (not the dashboard's daily rollup), and
    // their intervals computed from that summary. Same rows in the same order, same numbers.
    let query = Query {
        group_by: vec![GroupKey::Campaign],
        filters: Filters::default(),
    };
    let direct = summarize(&ds, &query).expect("summary");
    let totals = rollup(&direct, &[]).expect("totals");
    let independent = uncertainty(
        &ds,
        &query.filters,
        GroupKey::Campaign,
        &direct,
        &totals,
        None,
        Bootstrap::default(),
    )
    .expect("intervals");
    let got = stats.uncertainty.as_ref().expect("intervals");
    assert_eq!(
        direct.key_labels(GroupKey::Campaign),
        data.by_group.key_labels(GroupKey::Campaign)
    );
    for i in 0..25 {
        for metric in [Metric::Roi, Metric::Ctr, Metric::Cpc] {
            assert_eq!(
                got.interval(metric, i),
                independent.interval(metric, i),
                "{metric:?} {i}"
            );
        }
    }
    assert_eq!(got.baseline, independent.baseline);
    // The baseline (most spend) is c25, the last row.
    assert_eq!(got.baseline, Some(24));
    assert!(
        stats.periods.is_none(),
        "no period comparison was asked for"
    );
}

/// With every group charted and a daily trend, the statistics resample the trend's own days
/// (no second pass over the rows): the same intervals and verdicts as from the rows; with weeks,
/// or with more groups than a chart shows, the days are read from the rows.
#[test]
fn statistics_from_the_daily_trend_are_those_from_the_rows() {
    let (_dir, ds) = many_campaigns();
    let few = View {
        filters: Filters {
            campaigns: (10..=25).map(|k| format!("c{k:02}")).collect(),
            ..Filters::default()
        },
        ..by_campaign()
    };
    let data = compute_charts(&ds, &few.query()).expect("charts");
    assert_eq!(data.by_group.height(), 16);
    let daily = data.daily.as_ref().expect("every group's daily series");
    assert_eq!(daily.height(), 16 * 10);
    let stats = compute_statistics(&ds, &data, &few.stats_request()).expect("statistics");
    let independent = uncertainty(
        &ds,
        &few.query().filters,
        GroupKey::Campaign,
        &data.by_group,
        &data.totals,
        None,
        Bootstrap::default(),
    )
    .expect("intervals");
    assert_eq!(stats.uncertainty.as_ref(), Some(&independent));
    assert!(independent.interval(Metric::Roi, 0).is_some());
    let weekly = View {
        granularity: roi_lens::metrics::Granularity::Week,
        ..few.clone()
    };
    let data = compute_charts(&ds, &weekly.query()).expect("charts");
    assert!(data.daily.is_none(), "weeks are not days");
    let data = compute_charts(&ds, &by_campaign().query()).expect("charts");
    assert!(data.daily.is_none(), "25 groups, 20 charted");
}

#[test]
fn statistics_stop_when_asked_and_leave_nothing_half_done() {
    let (_dir, ds) = many_campaigns();
    let view = by_campaign();
    let data = compute_charts(&ds, &view.query()).expect("charts");
    let asked = std::sync::atomic::AtomicUsize::new(0);
    // Stop once the first groups have been bootstrapped.
    let stop = || asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 3;
    let err =
        compute_statistics_until(&ds, &data, &view.stats_request(), &stop).expect_err("stopped");
    assert!(matches!(err, MetricsError::Stopped), "{err}");
    let done = compute_statistics_until(&ds, &data, &view.stats_request(), &|| false)
        .expect("not stopped");
    assert!(done.uncertainty.is_some());
}

#[test]
fn a_statistics_request_covers_what_it_computed() {
    let view = View::default();
    let mut request = view.stats_request();
    assert!(request.uncertainty && !request.is_empty());
    // Intervals off but comparisons on: the same bootstrap answers it.
    let mut fewer = view.clone();
    fewer.stats.intervals = false;
    assert!(request.covers(&fewer.stats_request()));
    // Another baseline or another period is a new computation.
    let mut other = view.clone();
    other.stats.baseline = Some("c01".into());
    assert!(!request.covers(&other.stats_request()));
    let mut periods = view.clone();
    periods.stats.compare = Some(Comparison::Previous);
    assert!(!request.covers(&periods.stats_request()));
    // Switching everything off needs nothing new; what was not computed is computed.
    let mut none = view.clone();
    none.stats.intervals = false;
    none.stats.significance = false;
    assert!(request.covers(&none.stats_request()));
    request.uncertainty = false;
    assert!(!request.covers(&view.stats_request()));
}

fn any_date() -> impl Strategy<Value = Option<chrono::NaiveDate>> {
    prop_oneof![
        Just(None),
        (-300_000i32..300_000)
            .prop_map(|d| chrono::NaiveDate::from_num_days_from_ce_opt(d + 738_000)),
        (0i32..40).prop_map(|d| chrono::NaiveDate::from_ymd_opt(2024, 2, 20)
            .and_then(|s| s.checked_add_days(chrono::Days::new(d as u64)))),
    ]
}

fn any_names() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop_oneof![
            Just("c01".to_owned()),
            Just("c25".to_owned()),
            Just("A".to_owned()),
            "\\PC{0,6}",
        ],
        0..3,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Any view — dates far out of range or reversed, unknown names, every switch — gives the
    /// charts and statistics or an error, never a panic.
    #[test]
    fn random_views_never_panic(
        from in any_date(),
        to in any_date(),
        channels in any_names(),
        campaigns in any_names(),
        key in prop_oneof![Just(GroupKey::Channel), Just(GroupKey::Campaign), Just(GroupKey::Source)],
        intervals in any::<bool>(),
        significance in any::<bool>(),
        baseline in prop::option::of(any_names().prop_map(|n| n.into_iter().next().unwrap_or_default())),
        compare in prop_oneof![
            Just(None),
            Just(Some(Comparison::Previous)),
            (any_date(), any_date()).prop_filter_map("both ends", |(a, b)| Some(Some(Comparison::Range { from: a?, to: b? }))),
        ],
    ) {
        let (_dir, ds) = many_campaigns();
        let mut view = View {
            filters: Filters { from, to, channels, campaigns },
            group_by: key,
            ..View::default()
        };
        view.stats.intervals = intervals;
        view.stats.significance = significance;
        view.stats.baseline = baseline;
        view.stats.compare = compare;
        if let Ok(data) = compute_charts(&ds, &view.query())
            && let Ok(stats) = compute_statistics(&ds, &data, &view.stats_request())
        {
            let shown = Shown::new(&data, Some(&stats), view.presentation());
            let table = shown.kpi_table(Default::default());
            prop_assert_eq!(table.rows.len(), data.groups.len() + 1);
            let _ = shown.describe(&Default::default(), roi_lens::dashboard::Marks::ALL);
        }
    }
}
