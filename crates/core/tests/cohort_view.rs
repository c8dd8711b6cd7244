//! What the Cohorts view draws, from the hand-counted event log (support/event_log.rs) and a
//! three-row spend export: channel names shown as the exports show them, spend joined per
//! channel and for every user together, and the table at the asked days as CSV.

use std::collections::BTreeMap;

use roi_lens_core::cohorts::Payback;
use roi_lens_core::dashboard::{ALL_USERS, CohortOptions, compute_cohorts};
use roi_lens_core::data::events::{EventSource, load_event_table};
use roi_lens_core::data::{LoadOptions, load_files};
use roi_lens_core::metrics::Granularity;

use crate::event_log::LOG;

#[test]
fn cohorts_join_spend_per_channel_and_for_every_user_and_export_the_asked_days() {
    let dir = tempfile::tempdir().expect("dir");
    let events = dir.path().join("events.csv");
    std::fs::write(&events, LOG).expect("write");
    let spend = dir.path().join("spend.csv");
    std::fs::write(
        &spend,
        "date,channel,spend\n2024-06-01,Douyin,100\n2024-06-02,快手,50\n2024-06-09,快手,10\n",
    )
    .expect("write");
    let options = CohortOptions {
        period: Granularity::Day,
        days: vec![7, 1],
        ..CohortOptions::default()
    };
    let log = EventSource::Table(load_event_table(&events, options.tz()).expect("loads"));
    let ds = load_files(&[spend], &LoadOptions::default()).expect("loads");
    // The log's 抖音 is shown as the export's Douyin.
    let renames = BTreeMap::from([("抖音".to_owned(), "Douyin".to_owned())]);
    let data = compute_cohorts(&log, &options, &renames, Some(&ds)).expect("computed");
    assert!(data.with_spend);
    assert_eq!(data.channels(), ["Douyin", "快手"]);
    assert_eq!(data.events, 8);
    assert_eq!(data.duplicates, 1);
    assert_eq!(data.event_names, ["install", "open", "pay"]);

    // Douyin 06-01: u1 back on day 1 and paying 30 on day 7, u2 paying 12.5 on day 2; its
    // day's spend 100.
    let douyin = &data.by_channel[0];
    assert_eq!((douyin.group.as_str(), douyin.users), ("Douyin", 2));
    assert_eq!(douyin.retention[1], Some(0.5));
    assert_eq!(douyin.retention[7], Some(0.5));
    assert_eq!(douyin.ltv[1], Some(0.0));
    assert_eq!(douyin.ltv[7], Some(21.25));
    assert_eq!(douyin.cpi(), Some(50.0));
    assert_eq!(douyin.roas_by_day[2], Some(0.125));
    assert_eq!(douyin.roas_by_day[7], Some(0.425));
    assert_eq!(douyin.payback(), Some(Payback::NotBy(7)));

    // Every user together: cohorts 06-01 (2 users, 1 back on day 1), 06-02 (u3, back) and
    // 06-09 (u4, too young); day 7: 1 of 2 and 0 of 1. Spend of all channels: 100, 50, 10.
    let all = data
        .all_users
        .iter()
        .find(|r| r.cohort.is_none())
        .expect("the average");
    assert_eq!((all.group.as_str(), all.users), (ALL_USERS, 4));
    assert_eq!(all.retained[1], Some((2, 3)));
    assert_eq!(all.retained[7], Some((1, 3)));
    assert_eq!(all.spend, Some(160.0));
    // Through day 7, only the cohorts that reached it: 42.5 ÷ (100 + 50).
    let roas7 = all.roas_by_day[7].expect("day 7");
    assert!((roas7 - 42.5 / 150.0).abs() < 1e-12, "{roas7}");

    // The heatmap is every user unless a channel is chosen.
    let (name, rows) = data.heatmap();
    assert_eq!((name, rows.len()), (ALL_USERS, 3));

    // The CSV: the asked days in order, blank where immature.
    let csv = data.table().to_csv();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "channel,cohort,users,retention_d1,retention_d7,retention_d1_low,retention_d1_high,\
         retention_d7_low,retention_d7_high,ltv_d1,ltv_d7,cpi,roas_d1,roas_d7,payback_day"
    );
    // Intervals belong to a group's average, so a cohort's are empty.
    assert_eq!(
        lines[1],
        "Douyin,2024-06-01,2,0.5,0.5,,,,,0,21.25,50,0,0.425,not by day 7"
    );
    // 快手 06-09: u4 alone, on the log's last day: nothing mature, its spend 10.
    assert!(
        lines.contains(&"快手,2024-06-09,1,,,,,,,,,10,,,not by day 0"),
        "{csv}"
    );
    // Every user's average: day 1 2 of 3, with its Wilson interval (0.20766–0.93851 for 2 of 3, by hand).
    let all_line = lines
        .iter()
        .find(|l| l.starts_with("All users,all,4,"))
        .expect("the average of every user");
    let cells: Vec<&str> = all_line.split(',').collect();
    let low: f64 = cells[5].parse().expect("a bound");
    let high: f64 = cells[6].parse().expect("a bound");
    assert!(
        (low - 0.207_660).abs() < 1e-5 && (high - 0.938_508).abs() < 1e-5,
        "{all_line}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("All users,all,4,")),
        "{csv}"
    );
}

/// The view's rolling option: day N counts 24-hour windows from each user's start, so u2's
/// payment 39 hours after its start is day 1 (calendar: day 2), and day 7 of the 06-01 cohort
/// waits for a full eighth window after u1's 23:58 start, which the log does not reach.
#[test]
fn rolling_windows_in_the_view_count_from_each_start() {
    let dir = tempfile::tempdir().expect("dir");
    let events = dir.path().join("events.csv");
    std::fs::write(&events, LOG).expect("write");
    let options = CohortOptions {
        period: Granularity::Day,
        days: vec![1, 6, 7],
        rolling: true,
        ..CohortOptions::default()
    };
    let log = EventSource::Table(load_event_table(&events, options.tz()).expect("loads"));
    let data = compute_cohorts(&log, &options, &BTreeMap::new(), None).expect("computed");
    let first = |data: &roi_lens_core::dashboard::CohortData| {
        data.by_channel
            .iter()
            .find(|r| r.group == "抖音")
            .cloned()
            .expect("抖音's 06-01 cohort")
    };
    let douyin = first(&data);
    assert_eq!(douyin.users, 2);
    assert_eq!(douyin.retention[1], Some(0.5), "u2 pays in its second day");
    assert_eq!(douyin.ltv[1], Some(6.25));
    assert_eq!(douyin.ltv[6], Some(21.25));
    assert_eq!(douyin.retention[7], None, "not a full eighth window yet");
    let calendar = compute_cohorts(
        &log,
        &CohortOptions {
            rolling: false,
            ..options
        },
        &BTreeMap::new(),
        None,
    )
    .expect("computed");
    assert_eq!(first(&calendar).ltv[1], Some(0.0));
    assert_eq!(first(&calendar).retention[7], Some(0.5));
}
