//! `roi-lens summary sample_data/<file> --format json` equals an independent hand calculation
//! (tests/support/hand_check.py, written out as literals in expected_samples.rs).

use serde_json::Value;

use crate::support::expected;

fn summary_json(file: &str) -> Vec<serde_json::Map<String, Value>> {
    summary_json_with(file, &[])
}

/// `roi-lens summary sample_data/<file> <extra>... --format json`, its rows.
fn summary_json_with(file: &str, extra: &[&str]) -> Vec<serde_json::Map<String, Value>> {
    let out = crate::cli::roi_lens_command()
        .arg("summary")
        .arg(format!("sample_data/{file}"))
        .args(extra)
        .args(["--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run roi-lens");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    json.as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_object().expect("objects").clone())
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-12)
}

fn check(file: &str, expected: expected::Summary) {
    let rows = summary_json(file);
    let channels: Vec<&str> = rows
        .iter()
        .map(|r| r["channel"].as_str().expect("channel is text"))
        .collect();
    let want: Vec<&str> = expected.iter().map(|(c, _)| *c).collect();
    assert_eq!(channels, want, "{file}: one row per channel, sorted");
    for (row, (channel, fields)) in rows.iter().zip(expected) {
        let mut keys: Vec<&str> = row.keys().map(String::as_str).collect();
        keys.retain(|k| *k != "channel");
        let want_keys: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            keys, want_keys,
            "{file} {channel}: the keys and their order"
        );
        for (key, value) in *fields {
            let got = &row[*key];
            match value {
                None => assert!(got.is_null(), "{file} {channel} {key}: {got}"),
                Some(v) => {
                    let g = got.as_f64().unwrap_or(f64::NAN);
                    assert!(close(g, *v), "{file} {channel} {key}: got {g}, hand {v}");
                }
            }
        }
    }
}

#[test]
fn english_sample_matches_hand_calculation() {
    check("campaigns_en.csv", expected::ENGLISH);
}

#[test]
fn tencent_gbk_sample_matches_hand_calculation() {
    check("tencent_ads_gbk.csv", expected::TENCENT);
}

#[test]
fn ocean_engine_bom_sample_matches_hand_calculation() {
    check("ocean_engine_utf8bom.csv", expected::OCEAN);
}

#[test]
fn sample_files_are_what_the_generator_writes() {
    let dir = tempfile::tempdir().expect("temp dir");
    roi_lens::sample::write_samples(dir.path()).expect("write samples");
    for file in roi_lens::sample::SAMPLE_FILES {
        let bundled = std::fs::read(format!("{}/sample_data/{file}", env!("CARGO_MANIFEST_DIR")))
            .expect("bundled sample");
        let fresh = std::fs::read(dir.path().join(file)).expect("generated sample");
        assert!(
            bundled == fresh,
            "{file} differs from the generator's output"
        );
    }
}

/// The sample workbook, every sheet its channel: sums per channel worked out by hand from the
/// generator's formulas (each plan's daily spend averages its base over two weeks, revenue is
/// spend × the plan's ROI), and every row equal to the generator's.
#[test]
fn sample_workbook_sheets_as_channels_match_hand_calculation() {
    let rows: Vec<(String, f64, f64)> = summary_json_with(
        roi_lens::sample::SAMPLE_WORKBOOK,
        &["--all-sheets", "--sheets-as-channels"],
    )
    .iter()
    .map(|r| {
        (
            r["channel"].as_str().expect("channel").to_owned(),
            r["spend"].as_f64().expect("spend"),
            r["revenue"].as_f64().expect("revenue"),
        )
    })
    .collect();
    // 快手: 900 × 14 + 600 × 14 = 21,000; 12,600 × 2.4 + 8,400 × 1.8 = 45,360.
    // 小红书: 500 × 14 + 300 × 14 = 11,200; 7,000 × 1.6 + 4,200 × 2.2 = 20,440.
    // B站: 400 × 14 + 250 × 14 = 9,100; 5,600 × 1.3 + 3,500 × 1.9 = 13,930.
    assert_eq!(
        rows,
        [
            ("B站".to_owned(), 9100.0, 13930.0),
            ("小红书".to_owned(), 11200.0, 20440.0),
            ("快手".to_owned(), 21000.0, 45360.0),
        ]
    );
    // Row by row, each sheet is what the generator meant to write.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample_data")
        .join(roi_lens::sample::SAMPLE_WORKBOOK);
    for (k, (sheet, _)) in roi_lens::sample::WORKBOOK_SHEETS.iter().enumerate() {
        let source = roi_lens::data::workbook::with_sheet(&path, sheet);
        let ds = roi_lens::data::load_files(&[source], &Default::default()).expect("loads");
        let expected = roi_lens::sample::workbook_rows(k);
        let spend: Vec<f64> = ds
            .frame
            .column("spend")
            .expect("spend")
            .f64()
            .expect("f64")
            .into_no_null_iter()
            .collect();
        let want: Vec<f64> = expected.iter().map(|r| r.spend).collect();
        assert_eq!(spend, want, "{sheet}");
        assert_eq!(ds.sources[0].totals_rows_dropped, 1, "{sheet}");
    }
}

/// The sample event log is the generator's, and its planted truths show: Video Accounts'
/// users come back on day 7 about twice as often as Douyin's; Mini Programs pays its cost
/// back within the first week, Video Accounts by day 7, Douyin not by day 30.
#[test]
fn sample_events_are_the_generators_and_show_their_truths() {
    use roi_lens::cohorts::{
        CohortSettings, Payback, attach_spend, cohort_table, daily_spend, spend_between,
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_data");
    let events = dir.join(roi_lens::sample::SAMPLE_EVENTS);
    let bundled = std::fs::read_to_string(&events).expect("bundled events");
    assert!(
        bundled == roi_lens::sample::events_csv(),
        "events.csv differs from the generator's"
    );
    let tz = chrono::FixedOffset::east_opt(8 * 3600).expect("offset");
    let log = roi_lens::data::events::load_events(&events, tz).expect("loads");
    let settings = CohortSettings {
        period: roi_lens::metrics::Granularity::Month,
        days: vec![7, 30],
        ..CohortSettings::default()
    };
    let mut rows = cohort_table(&log, &settings);
    let campaigns = roi_lens::data::load_files(
        &[dir.join("campaigns_en.csv")],
        &roi_lens::data::LoadOptions::default(),
    )
    .expect("campaigns");
    let daily = daily_spend(&campaigns);
    attach_spend(&mut rows, settings.period, |g, a, b| {
        spend_between(&daily, g, a, b)
    });
    let all = |channel: &str| {
        rows.iter()
            .find(|r| r.group == channel && r.cohort.is_none())
            .unwrap_or_else(|| panic!("{channel}"))
    };
    let d7 = |channel: &str| all(channel).retention[0].expect("mature");
    assert!(
        d7("Video Accounts") > 1.7 * d7("Douyin"),
        "{} vs {}",
        d7("Video Accounts"),
        d7("Douyin")
    );
    assert!(matches!(all("Mini Programs").payback(), Some(Payback::Day(d)) if d <= 7));
    assert_eq!(all("Video Accounts").payback(), Some(Payback::Day(7)));
    assert_eq!(all("Douyin").payback(), Some(Payback::NotBy(30)));
    // Every new user of the campaign export is a user of the log.
    let users: usize = rows
        .iter()
        .filter(|r| r.cohort.is_none())
        .map(|r| r.users)
        .sum();
    assert_eq!(users, 73_520);
}
