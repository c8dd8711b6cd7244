//! Cohorts from a small event log worked out by hand: midnight edges, time zones, epoch
//! milliseconds, a duplicate event, immature cells, on vs on-or-after; and properties over
//! random logs.

use std::path::PathBuf;

use chrono::{FixedOffset, NaiveDate};
use roi_lens_core::cohorts::{CohortSettings, Mode, cohort_table};
use roi_lens_core::data::events::{EventLog, load_events};
use roi_lens_core::metrics::Granularity;

fn tz8() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).expect("offset")
}

#[path = "support/event_log.rs"]
mod event_log;
use event_log::LOG;

fn log(text: &str) -> (tempfile::TempDir, EventLog) {
    let dir = tempfile::tempdir().expect("dir");
    let path: PathBuf = dir.path().join("events.csv");
    std::fs::write(&path, text).expect("write");
    let log = load_events(&path, tz8()).expect("loads");
    (dir, log)
}

/// Group, cohort, users, retention and LTV of a row.
type Summary<'a> = (
    &'a str,
    Option<NaiveDate>,
    usize,
    Vec<Option<f64>>,
    Vec<Option<f64>>,
);

fn day(m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, m, d)
}

#[test]
fn daily_cohorts_by_first_touch_channel_match_the_hand_count() {
    let (_dir, log) = log(LOG);
    assert_eq!(log.duplicates, 1);
    let settings = CohortSettings {
        days: vec![1, 7],
        ..CohortSettings::default()
    };
    let rows = cohort_table(&log, &settings);
    let summary: Vec<Summary<'_>> = rows
        .iter()
        .map(|r| {
            (
                r.group.as_str(),
                r.cohort,
                r.users,
                r.retention.clone(),
                r.ltv.clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            // 快手 06-02: u3 back on day 1, not on day 7 (a real 0: the cohort reached day 7).
            (
                "快手",
                day(6, 2),
                1,
                vec![Some(1.0), Some(0.0)],
                vec![Some(0.0), Some(0.0)]
            ),
            // 快手 06-09: too young for day 1 or 7: empty, never 0.
            ("快手", day(6, 9), 1, vec![None, None], vec![None, None]),
            // 快手 on average: the mature cohort only.
            (
                "快手",
                None,
                2,
                vec![Some(1.0), Some(0.0)],
                vec![Some(0.0), Some(0.0)]
            ),
            // 抖音 06-01: u1 back on days 1 and 7, u2 on day 2; LTV day 7 = (30 + 12.5) / 2.
            (
                "抖音",
                day(6, 1),
                2,
                vec![Some(0.5), Some(0.5)],
                vec![Some(0.0), Some(21.25)]
            ),
            (
                "抖音",
                None,
                2,
                vec![Some(0.5), Some(0.5)],
                vec![Some(0.0), Some(21.25)]
            ),
        ]
    );
    // On or after day N: u2's day 2 counts for day 1.
    let after = cohort_table(
        &log,
        &CohortSettings {
            mode: Mode::OnOrAfter,
            ..settings.clone()
        },
    );
    assert_eq!(after[3].retention, vec![Some(1.0), Some(0.5)]);
    // A chosen return event: only payments count; u1 paid on day 7.
    let paid = cohort_table(
        &log,
        &CohortSettings {
            returns: Some("pay".into()),
            ..settings
        },
    );
    assert_eq!(paid[3].retention, vec![Some(0.0), Some(0.5)]);
}

/// Spend joined on date and channel: 抖音 spent 20 on 06-01, 快手 5 on 06-02 and 5 on 06-09.
/// 抖音's cohort: CPI 20 / 2 = 10; amounts through day 7: 12.5 from day 2, 42.5 from day 7, so
/// ROAS 0 on day 1 and 2.125 on day 7, paid back on day 7. 快手 never earns: not by day 7.
#[test]
fn spend_gives_cpi_roas_and_the_payback_day() {
    use roi_lens_core::cohorts::{Payback, attach_spend};
    let (_dir, log) = log(LOG);
    let settings = CohortSettings {
        days: vec![1, 7],
        ..CohortSettings::default()
    };
    let mut rows = cohort_table(&log, &settings);
    attach_spend(&mut rows, Granularity::Day, |group, start, end| {
        assert_eq!(end - start, chrono::TimeDelta::days(1));
        match (group, start.format("%m-%d").to_string().as_str()) {
            ("抖音", "06-01") => Some(20.0),
            ("快手", "06-02") | ("快手", "06-09") => Some(5.0),
            _ => None,
        }
    });
    let douyin = &rows[3];
    assert_eq!(douyin.cpi(), Some(10.0));
    assert_eq!(douyin.roas(&settings.days), vec![Some(0.0), Some(2.125)]);
    assert_eq!(douyin.payback(), Some(Payback::Day(7)));
    assert_eq!(rows[4].payback(), Some(Payback::Day(7)), "抖音 on average");
    assert_eq!(rows[0].payback(), Some(Payback::NotBy(7)), "快手 06-02");
    assert_eq!(
        rows[1].payback(),
        Some(Payback::NotBy(0)),
        "快手 06-09 is a day old"
    );
    assert_eq!(rows[2].spend, Some(10.0), "快手's cohorts together");
    assert_eq!(rows[2].roas(&settings.days), vec![Some(0.0), Some(0.0)]);
}

#[test]
fn weekly_cohorts_start_on_monday() {
    let (_dir, log) = log(LOG);
    let rows = cohort_table(
        &log,
        &CohortSettings {
            period: Granularity::Week,
            days: vec![1],
            by_channel: false,
            ..CohortSettings::default()
        },
    );
    // 06-01 and 06-02 (Saturday, Sunday) are the week of Monday 05-27; 06-09 of 06-03.
    let cohorts: Vec<(Option<NaiveDate>, usize)> =
        rows.iter().map(|r| (r.cohort, r.users)).collect();
    assert_eq!(cohorts, vec![(day(5, 27), 3), (day(6, 3), 1), (None, 4)]);
    // Week of 05-27: u1 and u3 back on day 1, u2 not: 2 of 3.
    assert_eq!(rows[0].retention, vec![Some(2.0 / 3.0)]);
}

#[test]
fn a_bad_time_is_named_and_random_bytes_never_panic() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("bad.csv");
    std::fs::write(&path, "uid,ts\nu1,2024-06-01\nu2,yesterday\n").expect("write");
    let err = load_events(&path, tz8()).expect_err("bad time");
    assert!(
        err.to_string()
            .contains("line 3, column \"ts\" (date): cannot read \"yesterday\""),
        "{err}"
    );
    let mut seed = 7_u64;
    for _ in 0..200 {
        let bytes: Vec<u8> = (0..((seed % 300) as usize))
            .map(|_| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (seed >> 33) as u8
            })
            .collect();
        std::fs::write(&path, &bytes).expect("write");
        let _ = load_events(&path, tz8());
    }
}

proptest::proptest! {
    /// Over random logs: on-or-after is never below on; cohort sizes sum to the users; a
    /// retention is a fraction; an empty cell is an immature one.
    #[test]
    fn cohort_properties(
        events in proptest::collection::vec((0_u8..6, 0_i64..20 * 86_400, 0_u8..3), 1..60),
    ) {
        let mut text = String::from("uid,ts,channel\n");
        for (user, at, channel) in &events {
            text.push_str(&format!("u{user},{},c{channel}\n", 1_717_200_000 + at));
        }
        let (_dir, log) = log(&text);
        let settings = CohortSettings { days: vec![1, 3, 7], ..CohortSettings::default() };
        let on = cohort_table(&log, &settings);
        let after = cohort_table(&log, &CohortSettings { mode: Mode::OnOrAfter, ..settings });
        let users: std::collections::BTreeSet<u8> = events.iter().map(|e| e.0).collect();
        let sized: usize = on.iter().filter(|r| r.cohort.is_some()).map(|r| r.users).sum();
        proptest::prop_assert_eq!(sized, users.len());
        for (a, b) in on.iter().zip(&after) {
            for (x, y) in a.retention.iter().zip(&b.retention) {
                match (x, y) {
                    (Some(x), Some(y)) => {
                        proptest::prop_assert!(*y >= *x);
                        proptest::prop_assert!((0.0..=1.0).contains(x));
                    }
                    (None, None) => {}
                    _ => proptest::prop_assert!(false, "maturity differs between modes"),
                }
            }
        }
    }
}
