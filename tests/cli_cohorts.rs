//! `roi-lens cohorts`: cohort tables from event logs, counted by hand (the log of
//! crates/core/tests/support/event_log.rs), with brackets, intervals, rolling windows, a
//! user→channel file and the spend join.

use crate::cli::{fails_with, json_ok, roi_lens, write};
use crate::support::event_log;

/// `roi-lens cohorts`: per first-touch channel and daily cohort, retention and LTV on days 1
/// and 7 as counted by hand (see crates/core/tests/cohorts.rs for the log's story), immature
/// cells `null`, the duplicate noted on stderr.
#[test]
fn cohorts_from_an_event_log() {
    let dir = tempfile::tempdir().expect("temp dir");
    let events = write(dir.path(), "events.csv", event_log::LOG.as_bytes());
    let file = events.to_str().expect("utf-8");
    let out = roi_lens(&["cohorts", file, "--days", "1,7", "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("1 duplicate events"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let rows: Vec<String> = json
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {} {} {}",
                r["channel"].as_str().expect("channel"),
                r["cohort"].as_str().expect("cohort"),
                r["users"],
                r["retention_d1"],
                r["retention_d7"],
                r["ltv_d7"]
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            "快手 2024-06-02 1 1.0 0.0 0.0",
            "快手 2024-06-09 1 null null null",
            "快手 all 2 1.0 0.0 0.0",
            "抖音 2024-06-01 2 0.5 0.5 21.25",
            "抖音 all 2 0.5 0.5 21.25",
        ]
    );
    fails_with(
        &["cohorts", file, "--tz", "8"],
        &["expected a UTC offset like +08:00"],
    );
    // With spend joined on date and channel: 抖音 spent 20 on 06-01 (CPI 10, ROAS 2.125 on
    // day 7, paid back on day 7); 快手 spent 5 and 5 and never earned.
    let spend = write(
        dir.path(),
        "spend.csv",
        "日期,广告版位,花费(元)\n2024-06-01,抖音,20\n2024-06-02,快手,5\n2024-06-09,快手,5\n"
            .as_bytes(),
    );
    let json = json_ok(&[
        "cohorts",
        file,
        "--days",
        "1,7",
        "--spend",
        spend.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    let douyin = &json[3];
    assert_eq!(douyin["cohort"], "2024-06-01", "{json}");
    assert_eq!(douyin["cpi"].as_f64(), Some(10.0));
    assert_eq!(douyin["roas_d7"].as_f64(), Some(2.125));
    assert_eq!(douyin["payback_day"], 7);
    assert_eq!(json[2]["payback_day"], "not by day 7", "{json}");
}

/// `base` and then `more`: one command's arguments.
fn cohort_args<'a>(base: &[&'a str], more: &[&'a str]) -> Vec<&'a str> {
    [base, more].concat()
}

/// `roi-lens cohorts` with brackets, Wilson intervals, rolling windows and a user→channel file,
/// on the same hand-counted log (crates/core/tests/cohorts.rs works each number out).
#[test]
fn cohorts_brackets_intervals_windows_and_channels() {
    let dir = tempfile::tempdir().expect("temp dir");
    let events = write(dir.path(), "events.csv", event_log::LOG.as_bytes());
    let file = events.to_str().expect("utf-8");
    let base = ["cohorts", file, "--days", "1,7"];
    // D1 is the day-1 column already (shown once); D2–7 and D8–30 are their own.
    let json = json_ok(&cohort_args(
        &base,
        &["--brackets", "1,2-7,8-30", "--format", "json"],
    ));
    let douyin = &json[3];
    assert_eq!(douyin["cohort"], "2024-06-01", "{json}");
    assert_eq!(douyin["retention_d1"].as_f64(), Some(0.5));
    assert_eq!(douyin["retention_d2_7"].as_f64(), Some(1.0));
    assert!(douyin["retention_d8_30"].is_null(), "immature: {douyin}");
    assert!(
        douyin.get("retention_d1_low").is_none(),
        "per cohort: {douyin}"
    );
    // Wilson intervals on the averages: 1 of 2 is 0.0945–0.9055; 快手's 1 of 1 on day 1 is
    // 1 / (1 + z²) = 0.2065 to 1 and its 0 of 1 on day 7 is 0 to z² / (1 + z²) = 0.7935.
    let close =
        |v: &serde_json::Value, want: f64| v.as_f64().is_some_and(|v| (v - want).abs() < 1e-4);
    assert!(close(&json[4]["retention_d1_low"], 0.0945), "{}", json[4]);
    assert!(close(&json[4]["retention_d1_high"], 0.9055), "{}", json[4]);
    assert!(close(&json[2]["retention_d1_low"], 0.2065), "{}", json[2]);
    assert!(close(&json[2]["retention_d1_high"], 1.0), "{}", json[2]);
    assert!(close(&json[2]["retention_d7_low"], 0.0), "{}", json[2]);
    assert!(close(&json[2]["retention_d7_high"], 0.7935), "{}", json[2]);
    assert_eq!(json[2]["retention_d2_7"].as_f64(), Some(0.0), "a real 0");
    // CSV: the same columns, the intervals empty on cohort rows.
    let out = roi_lens(&cohort_args(
        &base,
        &["--brackets", "1,2-7,8-30", "--format", "csv"],
    ));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "channel,cohort,users,retention_d1,retention_d7,retention_d2_7,retention_d8_30,\
         retention_d1_low,retention_d1_high,retention_d7_low,retention_d7_high,ltv_d1,ltv_d7"
    );
    assert_eq!(lines[4], "抖音,2024-06-01,2,0.5,0.5,1,,,,,,0,21.25");
    let all: Vec<&str> = lines[5].split(',').collect();
    assert_eq!(all[..7], ["抖音", "all", "2", "0.5", "0.5", "1", ""]);
    assert!(
        all[7].starts_with("0.0945") && all[8].starts_with("0.9054"),
        "{}",
        lines[5]
    );
    // The table shows the brackets too.
    let out = roi_lens(&cohort_args(&base, &["--brackets", "2-7"]));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("retention_d2_7"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // Rolling 24-hour windows: u1's 00:03 return is 5 minutes after its 23:58 start (window
    // 0), u2's payment 39 hours after its start (window 1); day 7 is not yet seen whole.
    let json = json_ok(&[
        "cohorts",
        file,
        "--days",
        "1,6,7",
        "--windows",
        "rolling",
        "--format",
        "json",
    ]);
    let douyin = &json[3];
    assert_eq!(douyin["retention_d1"].as_f64(), Some(0.5), "{json}");
    assert_eq!(douyin["ltv_d1"].as_f64(), Some(6.25));
    assert_eq!(douyin["retention_d6"].as_f64(), Some(0.5));
    assert!(douyin["retention_d7"].is_null());
    // A user→channel file moves u2 to 快手; the others keep their first touch.
    let channels = write(
        dir.path(),
        "channels.csv",
        "用户ID,渠道\nu2,快手\n".as_bytes(),
    );
    let json = json_ok(&cohort_args(
        &base,
        &[
            "--channels",
            channels.to_str().expect("utf-8"),
            "--format",
            "json",
        ],
    ));
    let users: Vec<String> = json
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            format!(
                "{} {} {}",
                r["channel"].as_str().expect("channel"),
                r["cohort"].as_str().expect("cohort"),
                r["users"]
            )
        })
        .collect();
    assert_eq!(
        users,
        [
            "快手 2024-06-01 1",
            "快手 2024-06-02 1",
            "快手 2024-06-09 1",
            "快手 all 3",
            "抖音 2024-06-01 1",
            "抖音 all 1",
        ]
    );
    // What is wrong is said.
    fails_with(
        &cohort_args(&base, &["--brackets", "7-2"]),
        &["the bracket `7-2` ends before it starts"],
    );
    fails_with(
        &cohort_args(&base, &["--brackets", "x"]),
        &["expected a day or a range of days like 2-7"],
    );
    fails_with(
        &cohort_args(&base, &["--brackets", "1,2-7", "--mode", "on-or-after"]),
        &["would both be the column retention_d1"],
    );
    fails_with(&cohort_args(&base, &["--windows", "hourly"]), &["hourly"]);
    let no_channel = write(
        dir.path(),
        "nochannel.csv",
        "uid,campaign\nu1,x\n".as_bytes(),
    );
    fails_with(
        &cohort_args(&base, &["--channels", no_channel.to_str().expect("utf-8")]),
        &["nochannel.csv", "no channel column"],
    );
}

/// Headers the aliases do not know: the error says which headers there are and how to choose;
/// `--event-column` chooses them, and a column the log lacks can be left out.
#[test]
fn event_columns_are_chosen_on_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let events = write(
        dir.path(),
        "odd.csv",
        "member_no,下单时刻,action,paid\n\
         m1,2024-06-01 23:58,install,\n\
         m1,2024-06-02 00:03,pay,12.5\n\
         m2,2024-06-01 10:00,install,\n"
            .as_bytes(),
    );
    let file = events.to_str().expect("utf-8");
    fails_with(
        &["cohorts", file],
        &[
            "odd.csv",
            "no user column",
            "member_no, 下单时刻",
            "--event-column",
        ],
    );
    fails_with(
        &["cohorts", file, "--event-column", "user="],
        &["cannot do without its user column"],
    );
    let json = json_ok(&[
        "cohorts",
        file,
        "--by",
        "all",
        "--days",
        "1",
        "--event-column",
        "user=member_no",
        "--event-column",
        "time=下单时刻",
        "--event-column",
        "amount=paid",
        "--format",
        "json",
    ]);
    let all = json
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["cohort"] == "all")
        .expect("the average");
    // Both started on 1 June (+08:00); m1 came back at 00:03 on day 1 and paid 12.5.
    assert_eq!(all["users"], 2);
    assert_eq!(all["retention_d1"], 0.5);
    assert_eq!(all["ltv_d1"], 6.25);
}
