//! Cohorts from a small event log worked out by hand: midnight edges, time zones, epoch
//! milliseconds, a duplicate event, immature cells, on vs on-or-after, brackets, Wilson
//! intervals, rolling 24-hour windows, a user→channel file; and properties over random logs.

use std::path::PathBuf;

use chrono::{FixedOffset, NaiveDate};
use roi_lens_core::cohorts::{CohortSettings, Mode, Windows, cohort_table};
use roi_lens_core::data::events::{Event, EventLog, load_events, load_user_channels, local_day};
use roi_lens_core::metrics::Granularity;

fn tz8() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).expect("offset")
}

use crate::event_log::LOG;

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

/// Returned users and users, once mature.
type Counts = Option<(usize, usize)>;

/// Brackets on the log of `support/event_log.rs` (last day 06-09). 抖音 06-01 has reached day
/// 8: D1 is u1 alone (1 of 2), D2–7 both (u2 paid on day 2, u1 on day 7), D2–8 is mature too,
/// D8–30 is not. 快手 06-02 has reached day 7: D1 1 of 1, D2–7 0 of 1 (a real 0), D2–8 not yet;
/// 快手 06-09 nothing. The averages are the mature cohorts' sums.
#[test]
fn brackets_count_a_return_on_any_day_inside_and_wait_for_the_last() {
    let (_dir, log) = log(LOG);
    let settings = CohortSettings {
        days: vec![1, 7],
        brackets: vec![(1, 1), (2, 7), (2, 8), (8, 30)],
        ..CohortSettings::default()
    };
    let rows = cohort_table(&log, &settings);
    let brackets: Vec<(&str, Option<NaiveDate>, Vec<Counts>)> = rows
        .iter()
        .map(|r| (r.group.as_str(), r.cohort, r.bracket_retained.clone()))
        .collect();
    assert_eq!(
        brackets,
        vec![
            (
                "快手",
                day(6, 2),
                vec![Some((1, 1)), Some((0, 1)), None, None]
            ),
            ("快手", day(6, 9), vec![None, None, None, None]),
            ("快手", None, vec![Some((1, 1)), Some((0, 1)), None, None]),
            (
                "抖音",
                day(6, 1),
                vec![Some((1, 2)), Some((2, 2)), Some((2, 2)), None]
            ),
            (
                "抖音",
                None,
                vec![Some((1, 2)), Some((2, 2)), Some((2, 2)), None]
            ),
        ]
    );
    assert_eq!(
        rows[3].bracket_retention,
        vec![Some(0.5), Some(1.0), Some(1.0), None]
    );
    assert_eq!(
        rows[0].bracket_retention,
        vec![Some(1.0), Some(0.0), None, None]
    );
    // Brackets leave the days' columns as they were.
    assert_eq!(rows[3].retention, vec![Some(0.5), Some(0.5)]);
    // A bracket is a return *inside* it, whatever the mode: on or after day 1, u2 counts for
    // day 1, but D1 stays 1 of 2.
    let after = cohort_table(
        &log,
        &CohortSettings {
            mode: Mode::OnOrAfter,
            ..settings.clone()
        },
    );
    assert_eq!(after[3].retention[0], Some(1.0));
    assert_eq!(after[3].bracket_retained[0], Some((1, 2)));
    // Payments only: u1 paid on day 7, u2 on day 2: none on day 1, both in D2–7.
    let paid = cohort_table(
        &log,
        &CohortSettings {
            returns: Some("pay".into()),
            ..settings
        },
    );
    assert_eq!(
        paid[3].bracket_retained,
        vec![Some((0, 2)), Some((2, 2)), Some((2, 2)), None]
    );
}

/// 95 % Wilson intervals by hand (z = 1.959964, z² = 3.841459): 1 of 2 is centred on ½ with
/// half-width z·√(¼/2 + z²/16) / (1 + z²/2) = 0.405469; 0 of 1 runs from 0 to z² / (1 + z²)
/// = 0.793451. Immature cells have none.
#[test]
fn retention_intervals_are_wilson_intervals_of_the_counts() {
    let (_dir, log) = log(LOG);
    let settings = CohortSettings {
        days: vec![1, 7],
        brackets: vec![(2, 7)],
        ..CohortSettings::default()
    };
    let rows = cohort_table(&log, &settings);
    let close = |got: Option<(f64, f64)>, want: (f64, f64)| {
        let (lo, hi) = got.expect("an interval");
        assert!(
            (lo - want.0).abs() < 2e-6 && (hi - want.1).abs() < 2e-6,
            "{lo} {hi}"
        );
    };
    close(rows[4].retention_interval(0), (0.094_531, 0.905_469));
    close(rows[2].retention_interval(1), (0.0, 0.793_451));
    close(rows[0].retention_interval(1), (0.0, 0.793_451));
    assert_eq!(rows[1].retention_interval(0), None, "immature");
    assert_eq!(rows[4].retention_interval(2), None, "no third day");
    // D2–7 of 抖音: 2 of 2, from 1 / (1 + z²/2) = 0.342380 to 1.
    close(rows[4].bracket_interval(0), (0.342_380, 1.0));
}

/// Rolling 24-hour windows on the same log (its last event: 06-09 12:00). u1 starts 06-01
/// 23:58: 00:03 is 5 minutes later, window 0 (a calendar day 1), the payment 06-08 10:00 is
/// 6 days 10 hours later, window 6. u2 starts 06-01 09:00 and pays 06-03 00:00, 39 hours
/// later: window 1. u3's return 23 hours after its start is window 0. Maturity: u1's last
/// whole window is 6 (7 days 12 hours seen), so 抖音 06-01 reaches day 6, not 7; u3 is seen
/// 7 days 2 hours: day 6; u4, the last event itself, no whole window.
#[test]
fn rolling_windows_count_from_the_start_time() {
    let (_dir, log) = log(LOG);
    let settings = CohortSettings {
        days: vec![1, 6, 7],
        brackets: vec![(0, 6)],
        windows: Windows::Rolling24h,
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
            (
                "快手",
                day(6, 2),
                1,
                vec![Some(0.0), Some(0.0), None],
                vec![Some(0.0), Some(0.0), None]
            ),
            ("快手", day(6, 9), 1, vec![None; 3], vec![None; 3]),
            (
                "快手",
                None,
                2,
                vec![Some(0.0), Some(0.0), None],
                vec![Some(0.0), Some(0.0), None]
            ),
            // u2 back in window 1 (12.5 by then), u1 in window 6 (30 more).
            (
                "抖音",
                day(6, 1),
                2,
                vec![Some(0.5), Some(0.5), None],
                vec![Some(6.25), Some(21.25), None]
            ),
            (
                "抖音",
                None,
                2,
                vec![Some(0.5), Some(0.5), None],
                vec![Some(6.25), Some(21.25), None]
            ),
        ]
    );
    // Window 0 holds every start: D0–6 is everyone who reached it.
    assert_eq!(rows[3].bracket_retained, vec![Some((2, 2))]);
    assert_eq!(rows[1].bracket_retained, vec![None]);
    // The amounts through each whole window, for ROAS: 12.5 from window 1, 42.5 from 6.
    assert_eq!(
        rows[3].amount_through,
        vec![0.0, 12.5, 12.5, 12.5, 12.5, 12.5, 42.5]
    );
}

/// A user→channel file moves u2 to 快手 (u9 is in no log; ignored); u1, u3 and u4 keep their
/// first touch. 快手 06-01 is u2 alone: back on day 2 only (0 on days 1 and 7), 12.5 by day
/// 7. 快手's average: D1 1 of 2 (u3), D7 0 of 2, LTV on day 7 12.5 / 2. 抖音 is u1 alone.
#[test]
fn a_user_channel_file_overrides_first_touch() {
    let (dir, log) = log(LOG);
    let path = dir.path().join("channels.csv");
    std::fs::write(
        &path,
        "\u{feff}用户ID,渠道\nu2,快手\nu9,朋友圈\n,抖音\nu3,\n",
    )
    .expect("write");
    let channels = load_user_channels(&path).expect("loads");
    assert_eq!(channels.len(), 2, "{channels:?}");
    let rows = cohort_table(
        &log,
        &CohortSettings {
            days: vec![1, 7],
            user_channels: Some(std::sync::Arc::new(channels)),
            ..CohortSettings::default()
        },
    );
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
            (
                "快手",
                day(6, 1),
                1,
                vec![Some(0.0), Some(0.0)],
                vec![Some(0.0), Some(12.5)]
            ),
            (
                "快手",
                day(6, 2),
                1,
                vec![Some(1.0), Some(0.0)],
                vec![Some(0.0), Some(0.0)]
            ),
            ("快手", day(6, 9), 1, vec![None, None], vec![None, None]),
            (
                "快手",
                None,
                3,
                vec![Some(0.5), Some(0.0)],
                vec![Some(0.0), Some(6.25)]
            ),
            (
                "抖音",
                day(6, 1),
                1,
                vec![Some(1.0), Some(1.0)],
                vec![Some(0.0), Some(30.0)]
            ),
            (
                "抖音",
                None,
                1,
                vec![Some(1.0), Some(1.0)],
                vec![Some(0.0), Some(30.0)]
            ),
        ]
    );
}

#[test]
fn a_user_channel_file_names_what_is_wrong() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("channels.tsv");
    // Japanese and English headers, tab-separated.
    std::fs::write(&path, "ユーザーID\tmedia_source\nu1\tLINE\nu2\tYahoo\n").expect("write");
    let channels = load_user_channels(&path).expect("loads");
    assert_eq!(channels.get("u2").map(String::as_str), Some("Yahoo"));
    // The same user given two channels: both lines, the column and the value.
    std::fs::write(&path, "uid,channel\nu1,a\nu2,b\nu1,a\nu1,c\n").expect("write");
    let err = load_user_channels(&path).expect_err("a second channel");
    let message = err.to_string();
    assert!(
        message.contains("channels.tsv: line 5, column \"channel\": \"c\" is a second channel")
            && message.contains("\"u1\", given \"a\" on line 2"),
        "{message}"
    );
    std::fs::write(&path, "uid,campaign\nu1,a\n").expect("write");
    let err = load_user_channels(&path).expect_err("no channel column");
    assert!(
        err.to_string()
            .contains("no channel column (channel, utm_source"),
        "{err}"
    );
    std::fs::write(&path, "name,channel\nu1,a\n").expect("write");
    let err = load_user_channels(&path).expect_err("no user column");
    assert!(err.to_string().contains("no user column"), "{err}");
}

/// A user of [`log_of_days`]: start day, start time of day in seconds, and later events as
/// (whole days after the start, paid).
type UserDays = (u8, u32, Vec<(u8, bool)>);

/// An event log built in memory: per user, a start day (0‥10 after 2024-06-01 00:00 +08:00),
/// a start time of day and events at whole days after the start (some paying).
fn log_of_days(users: &[UserDays]) -> EventLog {
    let base = 1_717_171_200; // 2024-06-01 00:00 +08:00
    let mut events = Vec::new();
    for (i, (start_day, time_of_day, later)) in users.iter().enumerate() {
        let start = base + i64::from(*start_day) * 86_400 + i64::from(*time_of_day);
        let mut push = |at: i64, event: &str, amount: f64| {
            events.push(Event {
                user: format!("u{i}"),
                at,
                day: local_day(at, tz8()),
                event: Some(event.to_owned()),
                amount,
                channel: Some(format!("c{}", i % 2)),
            });
        };
        push(start, "install", 0.0);
        for (k, pays) in later {
            let at = start + i64::from(*k) * 86_400;
            if *pays {
                push(at, "pay", 1.5);
            } else {
                push(at, "open", 0.0);
            }
        }
    }
    EventLog {
        events,
        duplicates: 0,
    }
}

/// Users with events at whole days after their start.
fn users_strategy() -> impl proptest::strategy::Strategy<Value = Vec<UserDays>> {
    proptest::collection::vec(
        (
            0_u8..10,
            0_u32..86_400,
            proptest::collection::vec((0_u8..15, proptest::bool::ANY), 0..6),
        ),
        1..12,
    )
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

    /// In each cohort, a bracket's retention is never below the retention on one of its days,
    /// whatever counts as a return and in either kind of window; a bracket is mature exactly
    /// when its last day is. (Not for the averages: day N and the bracket's last day may
    /// average different sets of mature cohorts.)
    #[test]
    fn a_bracket_holds_each_of_its_days(
        users in users_strategy(),
        noise in proptest::collection::vec((0_usize..12, 0_i64..20 * 86_400), 0..20),
        paid_only in proptest::bool::ANY,
        rolling in proptest::bool::ANY,
    ) {
        let mut log = log_of_days(&users);
        // Events at any time too, so rolling and calendar days differ.
        for (user, seconds) in noise {
            let at = 1_717_171_200 + seconds;
            log.events.push(Event {
                user: format!("u{}", user % users.len()),
                at,
                day: local_day(at, tz8()),
                event: Some("open".into()),
                amount: 0.0,
                channel: None,
            });
        }
        let brackets = vec![(1, 1), (2, 7), (0, 3), (5, 14), (8, 30)];
        let settings = CohortSettings {
            days: (0..=30).collect(),
            brackets: brackets.clone(),
            returns: paid_only.then(|| "pay".to_owned()),
            windows: if rolling { Windows::Rolling24h } else { Windows::Calendar },
            ..CohortSettings::default()
        };
        for row in cohort_table(&log, &settings) {
            for (k, (a, b)) in brackets.iter().enumerate() {
                if row.cohort.is_none() {
                    proptest::prop_assert_eq!(
                        row.bracket_retained[k].is_some(),
                        row.retained[usize::from(*b)].is_some()
                    );
                    continue;
                }
                let bracket = row.bracket_retention[k];
                proptest::prop_assert_eq!(
                    bracket.is_some(),
                    row.retention[usize::from(*b)].is_some(),
                    "bracket {}-{} matures with its last day", a, b
                );
                let Some(bracket) = bracket else { continue };
                for n in *a..=*b {
                    let single = row.retention[usize::from(n)].expect("mature before the last day");
                    proptest::prop_assert!(bracket >= single, "D{}-{} {} < D{} {}", a, b, bracket, n, single);
                }
            }
        }
    }

    /// When every event falls at the user's start time of day, a rolling window is the
    /// calendar day: each cohort's counts agree wherever its rolling windows are mature, and
    /// they mature no sooner than calendar days (a window must be seen whole). The averages
    /// may differ, as they sum fewer mature cohorts.
    #[test]
    fn rolling_and_calendar_agree_at_the_start_time_of_day(
        users in users_strategy(),
        mode_after in proptest::bool::ANY,
    ) {
        let log = log_of_days(&users);
        let calendar = CohortSettings {
            days: vec![0, 1, 2, 3, 7, 14],
            brackets: vec![(1, 3), (4, 14)],
            mode: if mode_after { Mode::OnOrAfter } else { Mode::On },
            ..CohortSettings::default()
        };
        let rolling = CohortSettings { windows: Windows::Rolling24h, ..calendar.clone() };
        let by_calendar = cohort_table(&log, &calendar);
        let by_window = cohort_table(&log, &rolling);
        proptest::prop_assert_eq!(by_calendar.len(), by_window.len());
        for (c, r) in by_calendar.iter().zip(&by_window) {
            proptest::prop_assert_eq!((&c.group, c.cohort, c.users), (&r.group, r.cohort, r.users));
            if c.cohort.is_none() {
                continue;
            }
            let pairs = r.retained.iter().zip(&c.retained)
                .chain(r.bracket_retained.iter().zip(&c.bracket_retained));
            for (r, c) in pairs {
                proptest::prop_assert!(r.is_none() || r == c, "{:?} vs {:?}", r, c);
            }
            for (r, c) in r.ltv.iter().zip(&c.ltv) {
                proptest::prop_assert!(r.is_none() || r == c, "{:?} vs {:?}", r, c);
            }
            proptest::prop_assert!(r.amount_through.len() <= c.amount_through.len());
            proptest::prop_assert!(r.amount_through.iter().zip(&c.amount_through).all(|(r, c)| r == c));
        }
    }
}

/// A log large enough to be interned in many batches on the two threads (UTF-8 is streamed)
/// gives the same table as when it is decoded whole and interned in place (UTF-16): the same
/// user ids, rows, duplicates and names, whatever thread interned them.
#[test]
fn a_streamed_log_and_a_decoded_one_give_the_same_table() {
    use roi_lens_core::data::events::load_event_table;
    let dir = tempfile::tempdir().expect("dir");
    let mut text = String::from("user_id,event_time,event,amount,channel\n");
    let mut users = std::collections::BTreeSet::new();
    let mut seed = 7_u64;
    for i in 0..150_000_u64 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let user = format!("用户{}", (seed >> 33) % 40_000);
        let at = 1_719_763_200 + ((seed >> 20) % (60 * 86_400)) as i64;
        let event = ["open", "pay", "install"][(i % 3) as usize];
        // Every 50th event again: a duplicate, dropped once.
        let copies = if i % 50 == 0 { 2 } else { 1 };
        for _ in 0..copies {
            text.push_str(&format!("{user},{at},{event},{},抖音\n", i % 7));
        }
        users.insert(user);
    }
    let utf8 = dir.path().join("utf8.csv");
    std::fs::write(&utf8, &text).expect("write");
    let utf16 = dir.path().join("utf16.csv");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&utf16, bytes).expect("write");
    let streamed = load_event_table(&utf8, tz8()).expect("utf-8");
    let decoded = load_event_table(&utf16, tz8()).expect("utf-16");
    assert_eq!(streamed.user_count(), users.len());
    assert_eq!(streamed.len(), 150_000);
    assert_eq!(streamed.duplicates, 3_000);
    assert!(streamed == decoded, "the two paths disagree");
    let log = streamed.to_log();
    let mut seen: Vec<&str> = log.events.iter().map(|e| e.user.as_str()).collect();
    seen.dedup();
    assert_eq!(seen, users.iter().map(String::as_str).collect::<Vec<_>>());
}

/// Headers the aliases do not know: without a mapping the error names the headers and how to
/// choose; with one the log reads as the same log under known names; a mapped header the file
/// lacks is named; a column mapped to none is not read.
#[test]
fn columns_chosen_by_hand_read_a_log_with_unknown_headers() {
    use roi_lens_core::data::events::{EventColumn, EventMapping, load_mapped_event_table};
    let dir = tempfile::tempdir().expect("dir");
    let odd = dir.path().join("odd.csv");
    std::fs::write(
        &odd,
        "member_no,下单时刻,action,paid,media\n\
         m1,2024-06-01 23:58,install,,抖音\n\
         m1,2024-06-02 00:03,pay,12.5,\n\
         m2,2024-06-01 10:00,install,,快手\n",
    )
    .expect("write");
    let known = dir.path().join("known.csv");
    std::fs::write(
        &known,
        "user_id,event_time,event,amount,channel\n\
         m1,2024-06-01 23:58,install,,抖音\n\
         m1,2024-06-02 00:03,pay,12.5,\n\
         m2,2024-06-01 10:00,install,,快手\n",
    )
    .expect("write");
    let message = load_mapped_event_table(&odd, tz8(), &EventMapping::new())
        .expect_err("no user column")
        .to_string();
    assert!(message.contains("no user column"), "{message}");
    assert!(message.contains("member_no, 下单时刻"), "{message}");
    assert!(message.contains("--event-column user="), "{message}");

    let mut mapping: EventMapping = [
        (EventColumn::User, Some("member_no".to_owned())),
        (EventColumn::Time, Some("下单时刻".to_owned())),
        (EventColumn::Event, Some("action".to_owned())),
        (EventColumn::Amount, Some("paid".to_owned())),
        (EventColumn::Channel, Some("media".to_owned())),
    ]
    .into_iter()
    .collect();
    let mapped = load_mapped_event_table(&odd, tz8(), &mapping).expect("mapped");
    let plain = load_mapped_event_table(&known, tz8(), &EventMapping::new()).expect("known");
    assert!(mapped == plain, "the mapped log is the same log");

    mapping.insert(EventColumn::Amount, None);
    let no_amounts = load_mapped_event_table(&odd, tz8(), &mapping)
        .expect("mapped")
        .to_log();
    assert!(no_amounts.events.iter().all(|e| e.amount == 0.0));
    assert_eq!(no_amounts.events.len(), 3);

    mapping.insert(EventColumn::Time, Some("时间".to_owned()));
    let message = load_mapped_event_table(&odd, tz8(), &mapping)
        .expect_err("no such header")
        .to_string();
    assert!(
        message.contains("the time column was set to \"时间\""),
        "{message}"
    );
}

/// Two logs that overlap (an export of June 1–2 and one of June 2–3): an event in both counts
/// once, as do duplicates within a file; the table holds what one file of the distinct events
/// would, and each file's own duplicates are reported.
#[test]
fn overlapping_logs_count_each_event_once() {
    use roi_lens_core::data::events::{EventMapping, load_event_tables};
    let dir = tempfile::tempdir().expect("dir");
    let header = "user_id,event_time,event,amount,channel\n";
    let a = "u1,2024-06-01 10:00,install,,抖音\n\
             u2,2024-06-01 11:00,install,,快手\n\
             u1,2024-06-02 09:00,pay,30,抖音\n";
    let b = "u1,2024-06-02 09:00,pay,30,抖音\n\
             u2,2024-06-03 08:00,open,,快手\n\
             u2,2024-06-03 08:00,open,,快手\n\
             u3,2024-06-03 12:00,install,,抖音\n";
    let first = dir.path().join("june1-2.csv");
    let second = dir.path().join("june2-3.csv");
    let all = dir.path().join("distinct.csv");
    std::fs::write(&first, format!("{header}{a}")).expect("write");
    std::fs::write(&second, format!("{header}{b}")).expect("write");
    std::fs::write(
        &all,
        format!("{header}{a}u2,2024-06-03 08:00,open,,快手\nu3,2024-06-03 12:00,install,,抖音\n"),
    )
    .expect("write");
    let mut heard = Vec::new();
    let merged = load_event_tables(
        &[first.clone(), second.clone()],
        tz8(),
        &EventMapping::new(),
        |path, n| heard.push((path.to_owned(), n)),
    )
    .expect("loads");
    assert_eq!(heard, [(first, 0), (second, 1)]);
    assert_eq!(merged.len(), 5);
    assert_eq!(
        merged.duplicates, 2,
        "one within the second file, one across"
    );
    let (_, distinct) = log(&std::fs::read_to_string(&all).expect("read"));
    let merged = merged.to_log();
    assert_eq!(merged.events, distinct.events);
}
