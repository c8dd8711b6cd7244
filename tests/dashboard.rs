//! The dashboard computed from a dataset: what the charts get when there are more groups than
//! a chart can show, and that charts-then-statistics equals computing both at once.

use roi_lens::dashboard::{
    CHART_GROUPS, View, add_statistics, add_statistics_until, compute, compute_charts,
};
use roi_lens::data::{Dataset, LoadOptions, load_files};
use roi_lens::metrics::{Filters, GroupKey, MetricsError};

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
    let data = compute_charts(&ds, &by_campaign()).expect("charts");
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
    let trend: Vec<&str> = data.trend.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(trend, expected);
    assert!(data.trend.iter().all(|s| s.points.len() == 10));
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
    let data = compute_charts(&ds, &view).expect("charts");
    assert_eq!(data.charted, [true, true]);
    assert_eq!(data.charted_note(), None);
    assert_eq!(data.trend.len(), 2);
}

#[test]
fn statistics_added_later_equal_computing_them_at_once() {
    let (_dir, ds) = many_campaigns();
    let view = by_campaign();
    let mut data = compute_charts(&ds, &view).expect("charts");
    assert!(data.uncertainty.is_none());
    add_statistics(&ds, &mut data).expect("statistics");
    let at_once = compute(&ds, &view).expect("compute");
    let u = data.uncertainty.as_ref().expect("intervals");
    let v = at_once.uncertainty.as_ref().expect("intervals");
    assert_eq!(format!("{u:?}"), format!("{v:?}"));
}

#[test]
fn statistics_stop_when_asked_and_leave_nothing_half_done() {
    let (_dir, ds) = many_campaigns();
    let mut data = compute_charts(&ds, &by_campaign()).expect("charts");
    let asked = std::sync::atomic::AtomicUsize::new(0);
    // Stop once the first groups have been bootstrapped.
    let stop = || asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 3;
    let err = add_statistics_until(&ds, &mut data, &stop).expect_err("stopped");
    assert!(matches!(err, MetricsError::Stopped), "{err}");
    assert!(data.uncertainty.is_none());
    add_statistics_until(&ds, &mut data, &|| false).expect("not stopped");
    assert!(data.uncertainty.is_some());
}
