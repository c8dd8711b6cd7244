//! Sums per group are taken in a fixed order with the rounding error carried: the same digits
//! whatever the order of the rows, and the exact sum where a double can hold it.

use std::fmt::Write as _;

use roi_lens_core::data::Field;
use roi_lens_core::data::{Dataset, LoadOptions, load_files};
use roi_lens_core::metrics::{Filters, Granularity, GroupKey, Metric, Query, summarize};

fn load(dir: &std::path::Path, name: &str, rows: &[(&str, &str, f64)]) -> Dataset {
    let mut text = String::from("date,channel,spend\n");
    for (date, channel, spend) in rows {
        let _ = writeln!(text, "{date},{channel},{spend}");
    }
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    load_files(&[path], &LoadOptions::default()).expect("load")
}

fn spend_by(ds: &Dataset, keys: Vec<GroupKey>) -> Vec<(String, Option<f64>)> {
    let s = summarize(
        ds,
        &Query {
            group_by: keys.clone(),
            filters: Filters::default(),
        },
    )
    .expect("summary");
    let labels = keys
        .first()
        .map_or_else(|| vec![String::new()], |k| s.key_labels(*k));
    labels
        .into_iter()
        .zip(s.values(Metric::Sum(Field::Spend)))
        .collect()
}

#[test]
fn sums_are_exact_and_do_not_depend_on_row_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Ten times 0.1 is 1 (added one by one, doubles make it 0.9999999999999999); 1e16 + 1 − 1e16
    // is 1 (added in this order, doubles make it 0).
    let mut rows: Vec<(&str, &str, f64)> = vec![("2024-07-01", "A", 0.1); 10];
    rows.extend([
        ("2024-07-02", "B", 1e16),
        ("2024-07-02", "B", 1.0),
        ("2024-07-03", "B", -1e16),
    ]);
    let forward = load(dir.path(), "forward.csv", &rows);
    rows.reverse();
    let backward = load(dir.path(), "backward.csv", &rows);
    let expected = vec![("A".to_owned(), Some(1.0)), ("B".to_owned(), Some(1.0))];
    assert_eq!(spend_by(&forward, vec![GroupKey::Channel]), expected);
    assert_eq!(spend_by(&backward, vec![GroupKey::Channel]), expected);
    assert_eq!(spend_by(&forward, vec![]), vec![(String::new(), Some(2.0))]);
    // By day: each day's own sum.
    let by_day = spend_by(
        &backward,
        vec![GroupKey::Period(Granularity::Day), GroupKey::Channel],
    );
    let sums: Vec<Option<f64>> = by_day.into_iter().map(|(_, v)| v).collect();
    assert_eq!(sums, [Some(1.0), Some(1e16 + 1.0), Some(-1e16)]);
}

/// A summary limited to some metrics has exactly their columns and values of the full one,
/// also where files report different columns (a ratio counts only files with both inputs).
#[test]
fn a_summary_of_some_metrics_is_the_full_summary_cut_down() {
    use roi_lens_core::metrics::summarize_only;

    let dir = tempfile::tempdir().expect("temp dir");
    let sample = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../sample_data/campaigns_en.csv");
    // A second file without clicks or impressions: CPC must not count its spend.
    let extra = dir.path().join("extra.csv");
    std::fs::write(
        &extra,
        "date,channel,campaign,spend,conversions,revenue\n\
         2024-07-01,Douyin,Extra,1000.25,3,2500.5\n\
         2024-07-02,Douyin,Extra,999.75,4,1800\n",
    )
    .expect("write");
    let ds = load_files(&[sample, extra], &LoadOptions::default()).expect("load");
    let query = Query {
        group_by: vec![GroupKey::Campaign, GroupKey::Period(Granularity::Day)],
        filters: Filters::default(),
    };
    let full = summarize(&ds, &query).expect("full");
    for wanted in [
        vec![Metric::Sum(Field::Spend), Metric::Sum(Field::Revenue)],
        vec![Metric::Roi, Metric::Cpa, Metric::Cpc, Metric::Cpm],
        vec![Metric::Ctr],
    ] {
        let some = summarize_only(&ds, &query, Some(&wanted)).expect("some");
        assert_eq!(some.height(), full.height());
        assert_eq!(
            some.key_labels(GroupKey::Campaign),
            full.key_labels(GroupKey::Campaign)
        );
        for m in &wanted {
            assert!(some.metrics.contains(m), "{m:?}");
            assert_eq!(some.values(*m), full.values(*m), "{m:?}");
            assert_eq!(some.parts(*m), full.parts(*m), "{m:?}");
        }
        // Nothing else is summed than what the wanted metrics are made of.
        assert!(
            some.metrics.len() < full.metrics.len(),
            "{:?}",
            some.metrics
        );
        assert!(!some.metrics.contains(&Metric::Sum(Field::NewUsers)));
    }
    // The extra file's Douyin spend is in ROI's denominator but not in CPC's.
    let some = summarize_only(&ds, &query, Some(&[Metric::Cpc, Metric::Roi])).expect("some");
    let extra_row = some
        .key_labels(GroupKey::Campaign)
        .iter()
        .position(|c| c == "Extra")
        .expect("the extra campaign");
    let (_, roi_den) = some.parts(Metric::Roi).expect("roi parts");
    let (cpc_num, _) = some.parts(Metric::Cpc).expect("cpc parts");
    assert_eq!(roi_den[extra_row], Some(1000.25));
    assert_eq!(cpc_num[extra_row], None);
}
