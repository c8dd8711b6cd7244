//! The command line: exit codes and the messages a user sees for bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The roi-lens binary, in English whatever the machine's LANG (which it takes as a hint).
pub(crate) fn roi_lens_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_roi-lens"));
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command
}

pub(crate) fn roi_lens(args: &[&str]) -> Output {
    crate::cli::roi_lens_command()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run roi-lens")
}

pub(crate) fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

/// Runs a command that must succeed and returns its stdout parsed as JSON.
pub(crate) fn json_ok(args: &[&str]) -> serde_json::Value {
    let out = roi_lens(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "args {args:?}, stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON on stdout")
}

/// Runs and expects exit 2 with every `needle` in stderr.
pub(crate) fn fails_with(args: &[&str], needles: &[&str]) {
    let out = roi_lens(args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "args {args:?}, stderr: {stderr}"
    );
    assert!(out.stdout.is_empty(), "nothing on stdout on failure");
    for needle in needles {
        assert!(stderr.contains(needle), "`{needle}` missing from: {stderr}");
    }
}

/// `bad_spend.csv` in `dir`: six good days, then `abc` as the spend on line 8.
pub(crate) fn write_bad_spend(dir: &Path) -> PathBuf {
    let mut csv = String::from("date,channel,spend\n");
    for day in 1..=6 {
        csv.push_str(&format!("2024-03-0{day},Douyin,100\n"));
    }
    csv.push_str("2024-03-07,Douyin,abc\n"); // line 8
    write(dir, "bad_spend.csv", csv.as_bytes())
}

#[test]
fn bad_cell_names_file_line_column_and_value() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_bad_spend(dir.path());
    let p = path.to_str().expect("utf-8 path");
    fails_with(
        &["summary", p],
        &["bad_spend.csv", "line 8", "\"spend\"", "\"abc\"", "number"],
    );
}

#[test]
fn bad_cell_line_counts_preamble_and_gbk() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "报表\n\n日期,渠道,花费(元)\n2024-03-01,抖音,\"1,000\"\n2024-03-02,抖音,一百\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    let path = write(dir.path(), "gbk.csv", &gbk);
    fails_with(
        &["summary", path.to_str().expect("utf-8 path")],
        &["gbk.csv", "line 5", "花费(元)", "spend", "一百"],
    );
}

#[test]
fn bad_date_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "dates.csv",
        b"date,channel,spend\n2024-03-01,A,1\n2024-13-01,A,2\n",
    );
    fails_with(
        &["summary", path.to_str().expect("utf-8 path")],
        &["dates.csv", "line 3", "date", "2024-13-01"],
    );
}

#[test]
fn missing_spend_lists_headers_found() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "nospend.csv", b"Channel,Clicks,CTR\nA,1,2%\n");
    fails_with(
        &["summary", path.to_str().expect("utf-8 path")],
        &[
            "nospend.csv",
            "no spend column",
            "\"Channel\"",
            "\"Clicks\"",
            "\"CTR\"",
        ],
    );
}

#[test]
fn a_file_without_a_grouping_column_is_one_channel_named_after_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "nogroup.csv",
        b"date,spend\n2024-01-01,5\n2024-01-02,7\n",
    );
    let rows = json_ok(&[
        "summary",
        path.to_str().expect("utf-8 path"),
        "--format",
        "json",
    ]);
    assert_eq!(
        rows,
        serde_json::json!([{"channel": "nogroup", "spend": 12}])
    );
}

#[test]
fn empty_binary_and_missing_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = write(dir.path(), "empty.csv", b"");
    let blank = write(dir.path(), "blank.csv", b"\xEF\xBB\xBF \r\n\n");
    let binary = write(
        dir.path(),
        "report.csv",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
    );
    let missing = dir.path().join("nope.csv");
    fails_with(
        &["summary", empty.to_str().expect("path")],
        &["empty.csv", "empty"],
    );
    fails_with(
        &["summary", blank.to_str().expect("path")],
        &["blank.csv", "empty"],
    );
    fails_with(
        &["summary", binary.to_str().expect("path")],
        &["report.csv", "not a text table"],
    );
    fails_with(
        &["summary", missing.to_str().expect("path")],
        &["nope.csv", "cannot read"],
    );
}

#[test]
fn bad_options_exit_2() {
    fails_with(
        &["summary", "sample_data/campaigns_en.csv", "--by", "color"],
        &["color"],
    );
    fails_with(
        &[
            "summary",
            "sample_data/campaigns_en.csv",
            "--from",
            "yesterday",
        ],
        &["yesterday", "not a date"],
    );
    fails_with(
        &[
            "summary",
            "sample_data/campaigns_en.csv",
            "--map",
            "spend=Kosten",
        ],
        &["campaigns_en.csv", "spend=\"Kosten\"", "\"Spend\""],
    );
    fails_with(
        &[
            "summary",
            "sample_data/campaigns_en.csv",
            "--map",
            "colour=Spend",
        ],
        &["unknown field"],
    );
    fails_with(&["summary"], &["FILES"]);
}

#[test]
fn map_overrides_a_header() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "de.csv",
        b"Kanal,Kosten,Umsatz\nA,100,250\nA,100,50\nB,50,\n",
    );
    let p = path.to_str().expect("utf-8 path");
    let json = json_ok(&[
        "summary",
        p,
        "--map",
        "channel=Kanal",
        "--map",
        "spend=Kosten",
        "--map",
        "revenue=Umsatz",
        "--format",
        "json",
    ]);
    // A: 300 / 200 = 1.5; B has no revenue at all, so revenue and ROI are null.
    assert_eq!(
        json,
        serde_json::json!([
            {"channel": "A", "spend": 200, "revenue": 300, "roi": 1.5},
            {"channel": "B", "spend": 50, "revenue": null, "roi": null}
        ])
    );
}

#[test]
fn by_campaign_and_month_with_filters() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "f.csv",
        "date,channel,campaign,spend,clicks\n\
         2024-01-31,A,x,10,1\n2024-02-01,A,x,20,2\n2024-02-02,B,x,40,4\n2024-02-29,A,y,80,8\n\
         2024-03-01,A,x,160,16\n"
            .as_bytes(),
    );
    let p = path.to_str().expect("utf-8 path");
    let out = roi_lens(&[
        "summary",
        p,
        "--by",
        "campaign,month",
        "--from",
        "2024/2/1",
        "--to",
        "20240229",
        "--channel",
        "A",
        "--format",
        "csv",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "campaign,month,spend,clicks,cpc\nx,2024-02-01,20,2,10\ny,2024-02-01,80,8,10\n"
    );
}

#[test]
fn default_grouping_falls_back_to_campaign() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "plans.csv",
        "计划名称,消耗（元）\n计划A,1\n计划A,2\n计划B,4\n".as_bytes(),
    );
    let json = json_ok(&["summary", path.to_str().expect("path"), "--format", "json"]);
    assert_eq!(
        json,
        serde_json::json!([{"campaign": "计划A", "spend": 3}, {"campaign": "计划B", "spend": 4}])
    );
}

#[test]
fn table_output_aligns_chinese_names() {
    let out = roi_lens(&["summary", "sample_data/tencent_ads_gbk.csv"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8 output");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("channel"), "{text}");
    assert!(lines[2].starts_with("公众号"), "{text}");
    // Every row ends at the same display column.
    use unicode_width::UnicodeWidthStr;
    let widths: Vec<usize> = lines.iter().map(|l| l.width()).collect();
    assert!(
        widths.windows(2).all(|w| w[0] == w[1]),
        "{widths:?}\n{text}"
    );
}

#[test]
fn inspect_reports_encoding_header_line_and_mapping() {
    let json = json_ok(&["inspect", "sample_data/tencent_ads_gbk.csv", "--json"]);
    let source = &json[0];
    assert_eq!(source["encoding"], "Gbk");
    assert_eq!(source["header_line"], 4);
    assert_eq!(source["rows"], 180);
    assert_eq!(source["totals_rows_dropped"], 1);
    let mapping = source["mapping"].as_array().expect("mapping");
    let spend = mapping
        .iter()
        .find(|m| m["field"] == "spend")
        .expect("spend mapped");
    assert_eq!(spend["header"], "花费(元)");
    let d1 = mapping
        .iter()
        .find(|m| m["field"] == "retained_d1")
        .expect("d1 mapped");
    assert_eq!(
        (d1["header"].as_str(), d1["is_rate"].as_bool()),
        (Some("次留率"), Some(true))
    );
    assert!(
        mapping.iter().all(|m| m["header"] != "点击率"),
        "CTR is not clicks"
    );
}

#[test]
fn the_app_without_a_display_fails_cleanly() {
    let out = crate::cli::roi_lens_command()
        .arg("sample_data/campaigns_en.csv")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("run roi-lens");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("cannot start the window"), "{stderr}");
}

#[test]
fn mapping_a_retention_field_to_a_rate_column_keeps_it_a_rate() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "ret.csv",
        b"channel,spend,new users,D7 Ret\nA,1,200,35%\nA,1,100,\n",
    );
    let json = json_ok(&[
        "summary",
        path.to_str().expect("path"),
        "--map",
        "retained_d7=D7 Ret",
        "--format",
        "json",
    ]);
    // 200 × 35 % = 70 retained; the young cohort (blank) is left out: 70 / 200.
    assert_eq!(json[0]["retained_d7"], 70);
    assert_eq!(json[0]["retention_d7"], 0.35);
}

#[test]
fn rows_without_a_date_have_a_null_period() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "w.csv",
        b"date,channel,spend\n2024-03-04,A,5\n,A,3\n",
    );
    let json = json_ok(&[
        "summary",
        path.to_str().expect("path"),
        "--by",
        "week",
        "--format",
        "json",
    ]);
    assert_eq!(
        json,
        serde_json::json!([{"week": "2024-03-04", "spend": 5}, {"week": null, "spend": 3}])
    );
}

use crate::support::pictures;

#[test]
fn chart_writes_the_png_at_size_times_scale_with_every_channel() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("roi.png");
    let out_str = out.to_str().unwrap();
    let run = roi_lens(&[
        "chart",
        "sample_data/tencent_ads_gbk.csv",
        "sample_data/ocean_engine_utf8bom.csv",
        "--chart",
        "roi",
        "--out",
        out_str,
        "--width",
        "640",
        "--height",
        "400",
        "--scale",
        "2",
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("1280×800"));
    let image = pictures::open_png(&out);
    assert_eq!((image.width(), image.height()), (1280, 800));
    pictures::assert_not_blank(&image);
    // The channels and their colours, from the same core the app uses.
    let ds = roi_lens::data::load_files(
        &[
            PathBuf::from("sample_data/tencent_ads_gbk.csv"),
            PathBuf::from("sample_data/ocean_engine_utf8bom.csv"),
        ]
        .map(|p| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(p)),
        &roi_lens::data::LoadOptions::default(),
    )
    .unwrap();
    let data =
        roi_lens::dashboard::compute_charts(&ds, &roi_lens::dashboard::View::default().query())
            .unwrap();
    assert_eq!(data.groups.len(), 6);
    pictures::assert_colours_present(&image, &data.groups, 30);
}

#[test]
fn chart_with_filters_metric_and_grouping() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("trend.png");
    let run = roi_lens(&[
        "chart",
        "sample_data/campaigns_en.csv",
        "--chart",
        "trend",
        "--metric",
        "roi",
        "--by",
        "campaign",
        "--granularity",
        "week",
        "--from",
        "2024-08-01",
        "--channel",
        "Douyin",
        "--out",
        out.to_str().unwrap(),
        "--width",
        "500",
        "--height",
        "360",
        "--scale",
        "1",
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let image = pictures::open_png(&out);
    assert_eq!((image.width(), image.height()), (500, 360));
    pictures::assert_not_blank(&image);
}

#[test]
fn chart_bad_options_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.png");
    let out = out.to_str().unwrap();
    let en = "sample_data/campaigns_en.csv";
    fails_with(
        &["chart", en, "--chart", "pie", "--out", out],
        &["unknown chart `pie`", "dashboard"],
    );
    fails_with(
        &["chart", en, "--chart", "roi", "--out", out, "--scale", "4"],
        &["scale must be 1, 2 or 3"],
    );
    fails_with(
        &["chart", en, "--chart", "roi", "--out", out, "--width", "10"],
        &["width must be between 320 and 4096"],
    );
    fails_with(
        &[
            "chart",
            en,
            "--chart",
            "trend",
            "--out",
            out,
            "--metric",
            "retention_d99",
        ],
        &["retention_d99", "available: spend"],
    );
    fails_with(
        &["chart", en, "--chart", "roi", "--out", out, "--by", "month"],
        &["channel, campaign or source"],
    );
    fails_with(
        &[
            "chart",
            "sample_data/nope.csv",
            "--chart",
            "roi",
            "--out",
            out,
        ],
        &["nope.csv"],
    );
    fails_with(
        &[
            "chart",
            en,
            "--chart",
            "roi",
            "--out",
            "/nonexistent-dir/x.png",
        ],
        &["cannot write /nonexistent-dir/x.png"],
    );
    fails_with(&["chart", en, "--out", out], &["--chart"]);
    assert!(!Path::new(out).exists(), "a failed run wrote a file");
}

/// The row of `channel` in a JSON summary.
fn row<'a>(rows: &'a serde_json::Value, channel: &str) -> &'a serde_json::Value {
    rows.as_array()
        .expect("an array")
        .iter()
        .find(|r| r["channel"] == channel)
        .unwrap_or_else(|| panic!("no row for {channel}"))
}

fn num(v: &serde_json::Value) -> f64 {
    v.as_f64()
        .unwrap_or_else(|| panic!("expected a number, got {v}"))
}

/// The English sample's planted pairs: Video Accounts truly converts better than Douyin and
/// earns more per yuan; Kuaishou and Xiaohongshu share one profile, so they must not differ.
#[test]
fn baseline_finds_the_real_difference_and_not_the_noise() {
    let file = "sample_data/campaigns_en.csv";
    // Default baseline: the channel with the most spend (Douyin).
    let out = roi_lens(&["summary", file, "--baseline", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("baseline: Douyin (most spend)"), "{stderr}");
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(row(&rows, "Douyin")["roi_vs_baseline"], "baseline");
    assert_eq!(row(&rows, "Douyin")["roi_p"], serde_json::Value::Null);
    let va = row(&rows, "Video Accounts");
    assert_eq!(va["roi_vs_baseline"], "higher");
    assert_eq!(va["cvr_vs_baseline"], "higher");
    assert!(num(&va["roi_p"]) < 0.05 && num(&va["cvr_p"]) < 0.05);
    // No intervals or period columns unless asked for.
    assert!(va.get("roi_lo").is_none() && va.get("roi_prev").is_none());
    // CPA is not tested against the baseline.
    assert!(va.get("cpa_vs_baseline").is_none());

    // Kuaishou as the baseline: Xiaohongshu is not distinguishable on anything.
    let rows = json_ok(&[
        "summary",
        file,
        "--baseline",
        "Kuaishou",
        "--format",
        "json",
    ]);
    let xhs = row(&rows, "Xiaohongshu");
    for metric in [
        "roi",
        "ctr",
        "cvr",
        "retention_d1",
        "retention_d7",
        "retention_d30",
    ] {
        assert_eq!(xhs[format!("{metric}_vs_baseline")], "same", "{metric}");
        assert!(num(&xhs[format!("{metric}_p")]) >= 0.05, "{metric}");
    }
    // Holm-adjusted CVR p-values, from tests/support/stats_check.py.
    let expected = [
        ("Douyin", 1.699033006944108e-60, "lower"),
        ("Video Accounts", 4.254693642894481e-36, "higher"),
        ("WeChat Moments", 0.07403149302203667, "same"),
        ("Xiaohongshu", 0.5859437191740873, "same"),
    ];
    for (channel, p, word) in expected {
        let r = row(&rows, channel);
        assert!(
            (num(&r["cvr_p"]) - p).abs() < 1e-6,
            "{channel}: {}",
            r["cvr_p"]
        );
        assert_eq!(r["cvr_vs_baseline"], word, "{channel}");
    }
}

#[test]
fn ci_adds_bounds_that_hold_the_value() {
    let file = "sample_data/campaigns_en.csv";
    let args = ["summary", file, "--ci", "--format", "json"];
    let rows = json_ok(&args);
    // Reproducible: the bootstrap's seed is fixed.
    assert_eq!(rows, json_ok(&args));
    let va = row(&rows, "Video Accounts");
    // Wilson bounds of the summed clicks over impressions (tests/support/stats_check.py).
    assert!((num(&va["ctr_lo"]) - 0.014977920458318514).abs() < 1e-6);
    assert!((num(&va["ctr_hi"]) - 0.015078958124585252).abs() < 1e-6);
    for r in rows.as_array().expect("rows") {
        for metric in ["roi", "ctr", "cvr", "cpa", "cpc", "cpm", "retention_d7"] {
            let (lo, v, hi) = (
                num(&r[format!("{metric}_lo")]),
                num(&r[metric]),
                num(&r[format!("{metric}_hi")]),
            );
            assert!(lo < v && v < hi, "{}: {metric} {lo} {v} {hi}", r["channel"]);
        }
        // Sums have no interval.
        assert!(r.get("spend_lo").is_none());
    }

    // Six days are too few for a bootstrap: the money ratios get no interval, rates do.
    let out = roi_lens(&[
        "summary",
        file,
        "--ci",
        "--from",
        "2024-09-25",
        "--to",
        "2024-09-30",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("at least 7 days"), "{stderr}");
    assert!(stderr.contains("too uncertain"), "{stderr}");
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let douyin = row(&rows, "Douyin");
    assert!(douyin["roi"].is_number());
    assert_eq!(douyin["roi_lo"], serde_json::Value::Null);
    assert_eq!(douyin["cpa_hi"], serde_json::Value::Null);
    assert!(douyin["ctr_lo"].is_number());
}

#[test]
fn compare_previous_lines_up_the_equal_range_before() {
    let file = "sample_data/campaigns_en.csv";
    let now = json_ok(&[
        "summary",
        file,
        "--from",
        "2024-09-01",
        "--to",
        "2024-09-30",
        "--format",
        "json",
    ]);
    // 30 days before 2024-09-01.
    let before = json_ok(&[
        "summary",
        file,
        "--from",
        "2024-08-02",
        "--to",
        "2024-08-31",
        "--format",
        "json",
    ]);
    let out = roi_lens(&[
        "summary",
        file,
        "--from",
        "2024-09-01",
        "--to",
        "2024-09-30",
        "--compare-previous",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("2024-09-01 – 2024-09-30 compared with 2024-08-02 – 2024-08-31"),
        "{stderr}"
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    for channel in ["Douyin", "Video Accounts", "Xiaohongshu"] {
        let (r, n, b) = (
            row(&rows, channel),
            row(&now, channel),
            row(&before, channel),
        );
        for metric in ["spend", "roi", "ctr", "retention_d7"] {
            let (v, prev) = (num(&n[metric]), num(&b[metric]));
            assert!((num(&r[metric]) - v).abs() < 1e-9);
            assert!((num(&r[format!("{metric}_prev")]) - prev).abs() < 1e-9);
            assert!((num(&r[format!("{metric}_change")]) - (v - prev)).abs() < 1e-9);
            let pct = 100.0 * (v - prev) / prev;
            assert!((num(&r[format!("{metric}_change_pct")]) - pct).abs() < 1e-9);
        }
    }
    // A chosen range instead of the previous one.
    let chosen = json_ok(&[
        "summary",
        file,
        "--from",
        "2024-09-01",
        "--to",
        "2024-09-30",
        "--compare-from",
        "2024-08-02",
        "--compare-to",
        "2024-08-31",
        "--format",
        "json",
    ]);
    assert_eq!(chosen, rows);
}

#[test]
fn statistics_flags_refuse_what_they_cannot_do() {
    let file = "sample_data/campaigns_en.csv";
    fails_with(
        &["summary", file, "--baseline", "Weibo"],
        &["--baseline Weibo", "Douyin", "Xiaohongshu"],
    );
    fails_with(
        &["summary", file, "--by", "channel,week", "--ci"],
        &["one grouping"],
    );
    fails_with(
        &["summary", file, "--by", "date", "--baseline"],
        &["one grouping"],
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "no_dates.csv",
        b"channel,spend,revenue\nDouyin,100,250\nKuaishou,80,90\n",
    );
    let p = path.to_str().expect("utf-8 path");
    fails_with(&["summary", p, "--compare-previous"], &["date column"]);
    // Without dates the bootstrap has no days: money ratios have no interval, and no error.
    let rows = json_ok(&["summary", p, "--ci", "--baseline", "--format", "json"]);
    assert_eq!(row(&rows, "Douyin")["roi_lo"], serde_json::Value::Null);
    assert_eq!(
        row(&rows, "Kuaishou")["roi_vs_baseline"],
        serde_json::Value::Null
    );
}

use crate::support::workspaces;

#[test]
fn a_period_outside_the_calendar_is_a_message_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample_data/campaigns_en.csv");
    let ws = workspaces::from_long_ago(dir.path(), source);
    let ws = ws.to_str().unwrap();
    let out = dir.path().join("table.png");
    let out = out.to_str().unwrap();
    let needles = ["-200000-01-01", "calendar"];
    fails_with(
        &["chart", "--workspace", ws, "--chart", "table", "--out", out],
        &needles,
    );
    fails_with(
        &["summary", "--workspace", ws, "--compare-previous"],
        &needles,
    );
    for args in [
        &["chart", "--workspace", ws, "--chart", "table", "--out", out][..],
        &["summary", "--workspace", ws, "--compare-previous"][..],
    ] {
        let stderr = String::from_utf8_lossy(&roi_lens(args).stderr).into_owned();
        assert!(!stderr.contains("internal error"), "{stderr}");
    }
}

fn channel_sum(rows: &serde_json::Value, channel: &str, key: &str) -> f64 {
    rows.as_array()
        .expect("an array")
        .iter()
        .find(|r| r["channel"] == channel)
        .unwrap_or_else(|| panic!("{channel} missing from {rows}"))[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{channel} {key}"))
}

use crate::support::expected;

fn sample_sum(file: expected::Summary, channel: &str, key: &str) -> f64 {
    file.iter()
        .find(|(c, _)| *c == channel)
        .and_then(|(_, values)| values.iter().find(|(k, _)| *k == key))
        .and_then(|(_, v)| *v)
        .unwrap_or_else(|| panic!("{channel} {key}"))
}

#[test]
fn known_aliases_merge_a_tencent_export_with_an_english_report() {
    let en = "sample_data/campaigns_en.csv";
    let tencent = "sample_data/tencent_ads_gbk.csv";
    let rows = json_ok(&[
        "summary",
        en,
        tencent,
        "--known-aliases",
        "--format",
        "json",
    ]);
    let names: Vec<&str> = rows
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["channel"].as_str().expect("a name"))
        .collect();
    // 朋友圈 is WeChat Moments, 视频号 Video Accounts, 公众号 Official Accounts: one row each.
    assert_eq!(
        names,
        [
            "Douyin",
            "Kuaishou",
            "Mini Programs",
            "Official Accounts",
            "Video Accounts",
            "WeChat Moments",
            "Xiaohongshu"
        ]
    );
    for (merged, english, chinese) in [
        ("WeChat Moments", "WeChat Moments", "朋友圈"),
        ("Video Accounts", "Video Accounts", "视频号"),
    ] {
        for key in ["spend", "revenue", "clicks", "impressions"] {
            let hand = sample_sum(expected::ENGLISH, english, key)
                + sample_sum(expected::TENCENT, chinese, key);
            let got = channel_sum(&rows, merged, key);
            assert!((got - hand).abs() < 1e-6, "{merged} {key}: {got} vs {hand}");
        }
        // ROI of the merged channel: the ratio of the summed revenue to the summed spend.
        let roi = (sample_sum(expected::ENGLISH, english, "revenue")
            + sample_sum(expected::TENCENT, chinese, "revenue"))
            / (sample_sum(expected::ENGLISH, english, "spend")
                + sample_sum(expected::TENCENT, chinese, "spend"));
        assert!(
            (channel_sum(&rows, merged, "roi") - roi).abs() < 1e-12,
            "{merged}"
        );
    }
    // One alias by hand does the same for one channel, and leaves the others apart.
    let rows = json_ok(&[
        "summary",
        en,
        tencent,
        "--alias",
        "朋友圈=WeChat Moments",
        "--format",
        "json",
    ]);
    let hand = sample_sum(expected::ENGLISH, "WeChat Moments", "spend")
        + sample_sum(expected::TENCENT, "朋友圈", "spend");
    assert!((channel_sum(&rows, "WeChat Moments", "spend") - hand).abs() < 1e-6);
    assert!(channel_sum(&rows, "视频号", "spend") > 0.0);
}

#[test]
fn single_platform_downloads_are_channels_named_after_their_platform() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A Meta account billed in yuan (Meta exports in the account's currency).
    let meta = write(
        dir.path(),
        "meta_ads.csv",
        b"Campaign name,Reporting starts,Reporting ends,Amount spent (CNY),Impressions,Link clicks,Purchases conversion value\n\
          Spring,2024-09-01,2024-09-01,100.50,20000,300,250.00\n\
          Spring,2024-09-02,2024-09-02,120.25,22000,310,260.00\n",
    );
    let ocean = write(
        dir.path(),
        "juliang.csv",
        "日期,计划名称,消耗（元）,展示数,点击数,成交金额（元）\n\
         2024/9/1,双十一预热,\"1,000.00\",50000,800,\"¥2,000.00\"\n\
         2024/9/2,双十一预热,500.00,30000,400,900.00\n"
            .as_bytes(),
    );
    let (meta, ocean) = (
        meta.to_str().expect("utf-8"),
        ocean.to_str().expect("utf-8"),
    );
    let en = "sample_data/campaigns_en.csv";
    let rows = json_ok(&["summary", en, meta, ocean, "--format", "json"]);
    assert!((channel_sum(&rows, "Meta", "spend") - 220.75).abs() < 1e-9);
    assert!((channel_sum(&rows, "Ocean Engine", "spend") - 1500.0).abs() < 1e-9);
    assert!((channel_sum(&rows, "Ocean Engine", "revenue") - 2900.0).abs() < 1e-9);
    let douyin = sample_sum(expected::ENGLISH, "Douyin", "spend");
    assert!((channel_sum(&rows, "Douyin", "spend") - douyin).abs() < 1e-6);
    // The user's name wins; inspect says where each file's channel came from.
    let rows = json_ok(&[
        "summary",
        en,
        meta,
        ocean,
        "--channel-of",
        "meta_ads.csv=Facebook",
        "--format",
        "json",
    ]);
    assert!((channel_sum(&rows, "Facebook", "spend") - 220.75).abs() < 1e-9);
    let out = roi_lens(&["inspect", meta, ocean]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("one channel, Meta (recognised from its headers)"),
        "{text}"
    );
    assert!(text.contains("one channel, Ocean Engine"), "{text}");
    fails_with(
        &["summary", meta, "--channel-of", "nope.csv=X"],
        &["nope.csv"],
    );
}

/// A dollar file and a yuan file: without rates nothing adds them and stderr says why; with
/// `--currency CNY --rate USD=7.10` every dollar amount is converted before the sums.
#[test]
fn dollars_and_yuan_need_rates_and_are_converted_before_the_sums() {
    let dir = tempfile::tempdir().expect("temp dir");
    let meta = write(
        dir.path(),
        "meta_usd.csv",
        b"Campaign name,Reporting starts,Amount spent (USD),Purchases conversion value\n\
          Spring,2024-09-01,100.50,250.00\n\
          Spring,2024-09-02,120.25,260.00\n",
    );
    let tencent = write(
        dir.path(),
        "tencent.csv",
        "日期,广告版位,花费(元),下单金额(元)\n2024-09-01,朋友圈,\"1,000.00\",\"3,000.00\"\n"
            .as_bytes(),
    );
    let (meta, tencent) = (
        meta.to_str().expect("utf-8"),
        tencent.to_str().expect("utf-8"),
    );
    let out = roi_lens(&["summary", meta, tencent]);
    assert_ne!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "the files are in different currencies (meta_usd.csv: USD, tencent.csv: CNY): \
             amounts in different currencies are never added"
        ),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "no total is printed");
    let rows = json_ok(&[
        "summary",
        meta,
        tencent,
        "--currency",
        "CNY",
        "--rate",
        "USD=7.10",
        "--format",
        "json",
    ]);
    // Meta: (100.50 + 120.25) × 7.10 = 1,567.325 spend, (250 + 260) × 7.10 = 3,621 revenue.
    assert!(
        (channel_sum(&rows, "Meta", "spend") - 1567.325).abs() < 1e-9,
        "{rows}"
    );
    assert!(
        (channel_sum(&rows, "Meta", "revenue") - 3621.0).abs() < 1e-9,
        "{rows}"
    );
    assert!(
        (channel_sum(&rows, "朋友圈", "spend") - 1000.0).abs() < 1e-9,
        "{rows}"
    );
    let out = roi_lens(&[
        "inspect",
        meta,
        tencent,
        "--currency",
        "CNY",
        "--rate",
        "USD=7.10",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("currency:     USD (from the header unit of \"Amount spent (USD)\")")
            && text.contains("note: amounts converted from USD to CNY at 7.1"),
        "{text}"
    );
    fails_with(
        &["summary", meta, "--currency", "CNY", "--rate", "USD=-1"],
        &["must be a positive number"],
    );
}

/// Line 3 short (no revenue), line 4 long (the 99 is dropped).
const RAGGED_CSV: &[u8] = b"date,channel,spend,revenue\n\
2024-09-01,A,10,20\n\
2024-09-02,A,5\n\
2024-09-03,B,7,14,99\n";

#[test]
fn short_and_long_rows_warn_once_per_file_and_strict_refuses_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ragged = write(dir.path(), "ragged.csv", RAGGED_CSV);
    let ragged = ragged.to_str().expect("utf-8");
    let out = roi_lens(&["summary", ragged, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for warning in [
        format!(
            "warning: {ragged}: 1 row has fewer fields than the header: line 3 — its missing \
             values are empty\n"
        ),
        format!(
            "warning: {ragged}: 1 row has more fields than the header: line 4 — the extra \
             fields are ignored\n"
        ),
    ] {
        assert_eq!(
            stderr.matches(&warning).count(),
            1,
            "{warning} in: {stderr}"
        );
    }
    // A = 10 + 5 spend, 20 revenue (line 3 has none); B = 7 and 14 (the 99 is dropped).
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(channel_sum(&rows, "A", "spend"), 15.0);
    assert_eq!(channel_sum(&rows, "A", "revenue"), 20.0);
    assert_eq!(channel_sum(&rows, "B", "revenue"), 14.0);
    // inspect has them in its report, not as warnings.
    let out = roi_lens(&["inspect", ragged]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("  note: 1 row has fewer fields than the header: line 3"),
        "{text}"
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for command in ["summary", "inspect", "plan"] {
        fails_with(
            &[command, ragged, "--strict"],
            &[
                "ragged.csv: 1 row has fewer fields than the header: line 3",
                "1 row has more fields than the header: line 4",
            ],
        );
    }
    let dup = write(
        dir.path(),
        "dup.csv",
        b"date,channel,Spend,Spend\n2024-09-01,A,1,2\n",
    );
    let dup = dup.to_str().expect("utf-8");
    let out = roi_lens(&["summary", dup]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!(
            "warning: {dup}: column \"Spend\" appears 2 times (columns 3 and 4); the first is used"
        )),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    fails_with(
        &["summary", dup, "--strict"],
        &["dup.csv: column \"Spend\" appears 2 times"],
    );
}

#[test]
fn spend_in_fen_sums_in_yuan_and_inspect_shows_the_scale() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fen = write(
        dir.path(),
        "fen.csv",
        "日期,渠道,花费(分)\n2024-09-01,朋友圈,12345\n2024-09-02,朋友圈,100\n".as_bytes(),
    );
    let fen = fen.to_str().expect("utf-8");
    // 12345 + 100 fen = 124.45 yuan.
    let rows = json_ok(&["summary", fen, "--format", "json"]);
    assert!(
        (channel_sum(&rows, "朋友圈", "spend") - 124.45).abs() < 1e-9,
        "{rows}"
    );
    let out = roi_lens(&["inspect", fen]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("spend          ← \"花费(分)\" (values × 0.01)"),
        "{text}"
    );
}

#[test]
fn lenient_loads_a_file_with_a_bad_cell_and_lists_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "typo.csv",
        b"date,channel,spend,revenue\n2024-09-01,A,100,250\n2024-09-02,A,abc,300\n2024-09-03,A,50,90\n",
    );
    let path = path.to_str().expect("utf-8");
    // By default the bad cell stops the load, naming it.
    fails_with(
        &["summary", path],
        &["typo.csv", "line 3", "\"spend\"", "\"abc\""],
    );
    // Loaded anyway: the cell is empty (spend 150, revenue of every row 640), and listed.
    let out = roi_lens(&["summary", path, "--lenient", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(rows[0]["spend"], 150);
    assert_eq!(rows[0]["revenue"], 640);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "1 cell could not be read and was left empty: line 3, column \"spend\": \"abc\""
        ),
        "{stderr}"
    );
}

/// `inspect` says when revenue is a platform's ROI × spend, and suggests an unknown column
/// that looks like a field nothing feeds.
#[test]
fn inspect_says_revenue_from_roi_and_suggests_near_misses() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "alimama.csv",
        "日期,计划名称,花费,总成交笔数,投入产出比,Outbound clicks\n\
         2024-09-01,直通车,200,6,3.5,40\n"
            .as_bytes(),
    );
    let out = roi_lens(&["inspect", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "revenue        ← \"投入产出比\" (ROI × spend)",
        "maybe:        clicks ← \"Outbound clicks\"? (not recognised; --map clicks=\"Outbound clicks\" uses it)",
    ] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }
    // The summary's revenue is 200 × 3.5.
    let json = json_ok(&["summary", file.to_str().expect("utf-8"), "--format", "json"]);
    assert_eq!(json[0]["revenue"].as_f64(), Some(700.0), "{json}");
}

/// A workbook with a notes sheet and one sheet per channel: `inspect` lists the sheets and
/// marks the one read; `--all-sheets --sheets-as-channels` stacks the channel sheets, each
/// its channel; `FILE#SHEET` and `--sheet` read one.
#[test]
fn workbook_sheets_from_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = workbooks::channel_sheets(
        dir.path(),
        "channels.xlsx",
        &[("朋友圈", &[100.0, 200.0]), ("抖音", &[300.0, 50.0])],
        2.0,
    );
    let file = path.to_str().expect("utf-8");

    let out = roi_lens(&["inspect", file]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "  encoding:     workbook",
        "    说明           (1 rows, no recognisable header)",
        "    朋友圈         (2 rows: date, spend, revenue)  ← read",
        "    抖音           (2 rows: date, spend, revenue)\n",
        "  header row:   1",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }

    let json = json_ok(&[
        "summary",
        file,
        "--all-sheets",
        "--sheets-as-channels",
        "--format",
        "json",
    ]);
    let rows: Vec<(String, f64, f64)> = json
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["channel"].as_str().expect("channel").to_owned(),
                r["spend"].as_f64().expect("spend"),
                r["revenue"].as_f64().expect("revenue"),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("抖音".to_owned(), 350.0, 700.0),
            ("朋友圈".to_owned(), 300.0, 600.0)
        ]
    );
    let one = format!("{file}#抖音");
    let json = json_ok(&["summary", &one, "--format", "json"]);
    assert_eq!(json[0]["spend"].as_f64(), Some(350.0), "{json}");
    let json = json_ok(&["summary", file, "--sheet", "抖音", "--format", "json"]);
    assert_eq!(json[0]["spend"].as_f64(), Some(350.0), "{json}");
    fails_with(
        &["summary", file, "--sheet", "快手"],
        &["there is no sheet \"快手\""],
    );
}

use crate::support::workbooks;
