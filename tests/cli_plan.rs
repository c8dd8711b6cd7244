//! `roi-lens plan`: average against marginal ROI on the English sample, budgets, locks and
//! targets, intervals, and what the planner refuses.

use crate::cli::{fails_with, json_ok, roi_lens};
use crate::support::expected;

/// A channel's hand-checked sum of `key` in the English sample.
fn english_sum(channel: &str, key: &str) -> f64 {
    expected::ENGLISH
        .iter()
        .find(|(c, _)| *c == channel)
        .and_then(|(_, values)| values.iter().find(|(k, _)| *k == key))
        .and_then(|(_, v)| *v)
        .unwrap_or_else(|| panic!("{channel} {key}"))
}

fn plan_rows(args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["plan", "sample_data/campaigns_en.csv", "--format", "json"];
    all.extend_from_slice(args);
    json_ok(&all).as_array().expect("an array").clone()
}

fn plan_row<'a>(rows: &'a [serde_json::Value], channel: &str) -> &'a serde_json::Value {
    rows.iter()
        .find(|r| r["channel"] == channel)
        .unwrap_or_else(|| panic!("{channel} missing"))
}

fn field(v: &serde_json::Value, key: &str) -> f64 {
    v[key].as_f64().unwrap_or_else(|| panic!("{key} in {v}"))
}

#[test]
fn plan_shows_average_against_marginal_roi_and_keeps_the_budget() {
    let rows = plan_rows(&["--bootstrap", "0"]);
    assert_eq!(rows.len(), 6);
    let keys: Vec<&str> = rows[0]
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "channel",
            "status",
            "spend_now",
            "spend_plan",
            "change",
            "roi",
            "mroi_now",
            "mroi_now_lo",
            "mroi_now_hi",
            "mroi_plan",
            "revenue_now",
            "revenue_plan",
            "extrapolated",
            "theta",
            "half_saturation",
            "shape",
            "r2"
        ]
    );
    // Today's spend is the mean daily spend over the 92 days; ROI the ratio of the sums.
    for r in &rows {
        let channel = r["channel"].as_str().expect("a name");
        let spend = english_sum(channel, "spend");
        assert!(
            (field(r, "spend_now") - spend / 92.0).abs() < 1e-6,
            "{channel}"
        );
        let roi = english_sum(channel, "revenue") / spend;
        assert!((field(r, "roi") - roi).abs() < 1e-9, "{channel}");
    }
    // The planted lesson: Mini Programs returns over 3 on average but under 1 for the next
    // yuan; Douyin returns under 2 on average and still about 1.5 for the next one.
    let mini = plan_row(&rows, "Mini Programs");
    assert!(
        field(mini, "roi") > 3.0 && field(mini, "mroi_now") < 1.0,
        "{mini}"
    );
    let douyin = plan_row(&rows, "Douyin");
    assert!(
        field(douyin, "roi") < 2.0 && field(douyin, "mroi_now") > 1.2,
        "{douyin}"
    );
    assert!(field(douyin, "change") > 0.0 && field(mini, "change") < 0.0);
    // WeChat Moments' fixed budget never varied: no curve, held at today's spend.
    let moments = plan_row(&rows, "WeChat Moments");
    assert_eq!(moments["status"], "too_little_variation");
    assert_eq!(moments["mroi_now"], serde_json::Value::Null);
    assert_eq!(field(moments, "spend_plan"), field(moments, "spend_now"));
    // Today's total, split again; every group within ±30 % of today.
    let total = |key: &str| rows.iter().map(|r| field(r, key)).sum::<f64>();
    assert!((total("spend_plan") - total("spend_now")).abs() < 1e-6);
    for r in &rows {
        let ratio = field(r, "spend_plan") / field(r, "spend_now");
        assert!((0.7 - 1e-9..=1.3 + 1e-9).contains(&ratio), "{r}");
    }
}

#[test]
fn plan_budget_locks_and_target_hold() {
    let rows = plan_rows(&["--bootstrap", "0", "--budget", "40000", "--lock", "Douyin"]);
    let planned: f64 = rows.iter().map(|r| field(r, "spend_plan")).sum();
    assert!((planned - 40_000.0).abs() < 1e-6, "{planned}");
    let douyin = plan_row(&rows, "Douyin");
    assert_eq!(douyin["status"], "locked");
    assert_eq!(field(douyin, "spend_plan"), field(douyin, "spend_now"));
    // Target mode: each group spends until the next yuan returns 1.0, within its bounds.
    let rows = plan_rows(&["--bootstrap", "0", "--target-mroi", "1.0"]);
    for r in rows.iter().filter(|r| r["status"] == "fitted") {
        let (now, plan, mroi) = (
            field(r, "spend_now"),
            field(r, "spend_plan"),
            field(r, "mroi_plan"),
        );
        let at_bound = (plan - 0.7 * now).abs() < 1e-6 || (plan - 1.3 * now).abs() < 1e-6;
        assert!((mroi - 1.0).abs() < 1e-3 || at_bound, "{r}");
        if (plan - 1.3 * now).abs() < 1e-6 {
            assert!(
                mroi >= 1.0 - 1e-9,
                "stopped at the upper bound while still above 1: {r}"
            );
        }
    }
    assert!(
        plan_row(&rows, "Mini Programs")["spend_plan"].as_f64()
            < plan_row(&rows, "Mini Programs")["spend_now"].as_f64()
    );
}

#[test]
fn plan_intervals_and_the_caveat() {
    let out = roi_lens(&[
        "plan",
        "sample_data/campaigns_en.csv",
        "--format",
        "json",
        "--bootstrap",
        "40",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("JSON");
    for r in rows.iter().filter(|r| r["status"] == "fitted") {
        let (lo, mid, hi) = (
            field(r, "mroi_now_lo"),
            field(r, "mroi_now"),
            field(r, "mroi_now_hi"),
        );
        assert!(lo <= mid && mid <= hi, "{r}");
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("90 % interval"), "{stderr}");
    assert!(stderr.contains("not incremental lift"), "{stderr}");
    assert!(
        stderr.contains("WeChat Moments: held at today's spend: spend never varied"),
        "{stderr}"
    );
}

#[test]
fn plan_refuses_what_it_cannot_do() {
    let en = "sample_data/campaigns_en.csv";
    fails_with(&["plan", en, "--by", "source"], &["channel or campaign"]);
    fails_with(&["plan", en, "--lock", "Nobody"], &["Nobody", "Douyin"]);
    fails_with(&["plan", en, "--budget=-1"], &["--budget"]);
    fails_with(
        &["plan", en, "--budget", "1", "--target-mroi", "1"],
        &["cannot be used with"],
    );
}
