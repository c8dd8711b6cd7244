//! Event tables in ClickHouse: the sample event log split row by row across the two shards of
//! the test cluster (see `clickhouse.rs`), under a `Distributed` table. The cohort matrix is
//! computed in ClickHouse and must give the file's cohorts exactly, in every mode; only the
//! matrix travels; names from users stay names.

use std::time::{Duration, Instant};

use chrono::FixedOffset;
use egui_kittest::kittest::Queryable;
use roi_lens::cohorts::CohortSettings;
use roi_lens::data::clickhouse::{TableUrl, open_events, remember_password};
use roi_lens::data::events::{EventMapping, parse_time};

use crate::app::{harness, has_label, sample, settle};
use crate::clickhouse::{PASSWORD, admin, cluster, fails, list_tables_in_the_form, stdout_ok, url};

const EVENTS: &str = "sample_data/events.csv";

/// Creates the event tables on both shards and the distributed one, and fills them with the
/// sample log (its ISO and epoch-millisecond times as instants), rows alternating between the
/// shards. Returns the bytes inserted.
pub(crate) fn load_events(http: [u16; 2]) -> usize {
    for port in http {
        admin(
            port,
            "CREATE TABLE default.events_local (`user_id` String, `event_time` DateTime, \
             `event` String, `amount` Nullable(Decimal(18, 2)), `channel` String) \
             ENGINE = MergeTree ORDER BY (user_id, event_time)",
            None,
        );
    }
    admin(
        http[0],
        "CREATE TABLE default.events AS default.events_local \
         ENGINE = Distributed(roi_lens_pair, default, events_local)",
        None,
    );
    let csv = std::fs::read_to_string(sample("events.csv")).expect("sample events");
    let tz = FixedOffset::east_opt(8 * 3600).expect("+08:00");
    let mut shards = [String::new(), String::new()];
    for (i, line) in csv.lines().skip(1).enumerate() {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), 5, "{line}");
        let at = parse_time(cells[1], tz).expect("a time");
        let amount = if cells[3].is_empty() { "\\N" } else { cells[3] };
        let shard = &mut shards[i % 2];
        shard.push_str(&format!(
            "{}\t{at}\t{}\t{amount}\t{}\n",
            cells[0], cells[2], cells[4]
        ));
    }
    for (port, rows) in http.iter().zip(&shards) {
        admin(
            *port,
            "INSERT INTO default.events_local FORMAT TabSeparated",
            Some(rows),
        );
    }
    shards.iter().map(String::len).sum()
}

fn events_url() -> String {
    url(cluster().http[0], "events")
}

#[test]
fn cohorts_of_the_distributed_event_table_are_the_logs() {
    let table = events_url();
    // Every mode the core has: periods, on or on-or-after, brackets, start and return
    // events, rolling windows, another time zone, every user together, spend joined. Counts
    // are the same users; the amounts are summed per user then per cohort in another order,
    // yet the sample's amounts (whole yuan) sum exactly in any order.
    let cases: [&[&str]; 6] = [
        &[],
        &[
            "--period",
            "week",
            "--mode",
            "on-or-after",
            "--brackets",
            "2-7,8-30",
        ],
        &[
            "--windows",
            "rolling",
            "--start",
            "install",
            "--by",
            "all",
            "--tz=-05:00",
        ],
        &[
            "--period",
            "month",
            "--return",
            "pay",
            "--days",
            "0,1,3,14,60",
        ],
        &[
            "--windows",
            "rolling",
            "--mode",
            "on-or-after",
            "--brackets",
            "1-3",
        ],
        &[
            "--period",
            "week",
            "--spend",
            "sample_data/campaigns_en.csv",
        ],
    ];
    for case in cases {
        for format in ["csv", "table"] {
            let run = |input: &str| {
                let mut args = vec!["cohorts", input, "--format", format];
                args.extend_from_slice(case);
                stdout_ok(&args)
            };
            let (remote, file) = (run(&table), run(EVENTS));
            assert!(file.lines().count() > 8, "{case:?}: {file}");
            assert_eq!(remote, file, "{case:?} {format}");
        }
    }
    // The chart of the Cohorts view, from the table and the campaign exports.
    let dir = tempfile::tempdir().expect("temp dir");
    let png = dir.path().join("cohorts.png");
    stdout_ok(&[
        "chart",
        "sample_data/campaigns_en.csv",
        &table,
        "--chart",
        "cohorts",
        "--out",
        png.to_str().expect("UTF-8 path"),
    ]);
    assert!(std::fs::metadata(&png).is_ok_and(|m| m.len() > 10_000));
}

#[test]
fn only_the_cohort_matrix_travels() {
    let cluster = cluster();
    let table = TableUrl::parse(&events_url())
        .expect("a URL")
        .expect("valid");
    remember_password(&table, PASSWORD);
    let tz = FixedOffset::east_opt(8 * 3600).expect("+08:00");
    let events = open_events(&table, tz, &EventMapping::new()).expect("opened");
    assert_eq!(events.events, 132_003, "the sample's events");
    assert_eq!(events.channels.len(), 6);
    assert_eq!(events.event_names, ["install", "open", "pay"]);
    let settings = CohortSettings::default();
    let (matrix, pushed) = events
        .matrix(&settings)
        .expect("computed")
        .expect("not empty");
    // One cell per channel × start day: 6 channels over 92 days.
    assert_eq!(pushed.groups, 6 * 92);
    assert_eq!(matrix.cells.len(), pushed.groups);
    assert_eq!(
        matrix.cells.iter().map(|(_, _, s)| s.users).sum::<usize>(),
        73_520,
        "every user once"
    );
    assert!(
        pushed.received_bytes * 20 < cluster.event_bytes as u64,
        "received {} bytes of a {} byte table",
        pushed.received_bytes,
        cluster.event_bytes
    );
}

#[test]
fn names_from_users_stay_names_in_event_queries() {
    let table = events_url();
    // A start event that would end the literal: no user starts with it, and nothing else
    // happens.
    for evil in ["install' OR 1=1 --", "x\\' OR 1=1) --", "a`b\"c"] {
        let out = stdout_ok(&["cohorts", &table, "--start", evil, "--format", "csv"]);
        assert_eq!(out.lines().count(), 1, "{evil}: only the header: {out}");
    }
    fails(
        PASSWORD,
        &[
            "cohorts",
            &table,
            "--event-column",
            "user=user_id`; DROP TABLE events_local; --",
        ],
        &["does not have", "user_id"],
    );
    // The tables are all still there, their rows too.
    let count = admin(
        cluster().http[0],
        "SELECT count() FROM default.events",
        None,
    );
    assert_eq!(count.trim(), "132003");
}

#[test]
fn an_unreadable_time_is_named_with_the_column_and_value() {
    let port = cluster().http[1];
    admin(
        port,
        "CREATE TABLE default.bad_times (`uid` String, `ts` String) ENGINE = Memory",
        None,
    );
    admin(
        port,
        "INSERT INTO default.bad_times FORMAT TabSeparated",
        Some("u1\t2024-07-01 10:00:00\nu2\tyesterday noon\nu3\t1719793947000\n"),
    );
    fails(
        PASSWORD,
        &["cohorts", &url(port, "bad_times")],
        &[
            "bad_times",
            "\"ts\"",
            "1 values are not times",
            "yesterday noon",
        ],
    );
}

#[test]
fn the_app_opens_an_event_table_into_the_cohorts_view() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    list_tables_in_the_form(&mut h);
    // The list says which tables are event logs.
    h.get_by_label("events  (event log: opens in Cohorts)")
        .click();
    h.run_steps(2);
    assert!(
        has_label(&h, "campaigns"),
        "the campaign table is listed plainly"
    );
    h.get_by_label("Add to the analysis").click();
    settle(&mut h);
    let started = Instant::now();
    while h.state().cohorts.data.is_none() || h.state().cohorts.is_busy() {
        h.step();
        assert!(started.elapsed() < Duration::from_secs(60), "no cohorts");
        std::thread::sleep(Duration::from_millis(20));
    }
    h.state_mut().push(roi_lens::app::Command::Maximize(Some(
        roi_lens::views::ViewRef::cohorts(),
    )));
    settle(&mut h);
    assert_eq!(h.state().error, None);
    assert_eq!(h.state().sources, vec![sample("campaigns_en.csv")]);
    assert_eq!(
        h.state().cohorts.paths,
        vec![std::path::PathBuf::from(events_url())]
    );
    // The planted truths of the sample, as from the file, with spend joined.
    assert!(has_label(
        &h,
        "Cohorts by week of first event · 73,520 users"
    ));
    crate::app_cohorts::assert_planted_paybacks(&h);
}
