//! Workspaces: save → reopen round-trips every field and gives the same summary; a moved
//! folder still opens; damaged, truncated, newer and missing-source files each say what is
//! wrong; an interrupted save leaves the previous workspace whole; the shipped sample works
//! from a copy of the folder.

// Helpers here are test code too: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

use roi_lens::data::events::EventColumn;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Output;

use roi_lens::dashboard::{StatsView, TableSort, View};
use roi_lens::data::{Field, MappingOverrides};
use roi_lens::metrics::{Comparison, Filters, Granularity, GroupKey, Metric};
use roi_lens::workspace::{self, Source, SourceState, Workspace, WorkspaceError};

fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sample_data")
        .join(name)
}

fn roi_lens(args: &[&str]) -> Output {
    crate::cli::roi_lens_command()
        .args(args)
        .output()
        .expect("run roi-lens")
}

/// A folder with copies of two sample files.
fn folder_with_sources() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("campaigns_en.csv");
    let gbk = dir.path().join("tencent_ads_gbk.csv");
    std::fs::copy(sample("campaigns_en.csv"), &en).unwrap();
    std::fs::copy(sample("tencent_ads_gbk.csv"), &gbk).unwrap();
    (dir, en, gbk)
}

/// A workspace in which every field differs from its default.
fn everything(en: &Path, gbk: &Path) -> Workspace {
    let mut mapping = MappingOverrides::default();
    mapping.fields.insert(Field::Revenue, None);
    mapping.fields.insert(Field::Retained(7), None);
    Workspace {
        sources: vec![
            Source {
                path: en.to_path_buf(),
                mapping: MappingOverrides::default(),
                event_log: false,
            },
            Source {
                path: gbk.to_path_buf(),
                mapping,
                event_log: false,
            },
        ],
        view: View {
            filters: Filters {
                from: chrono::NaiveDate::from_ymd_opt(2024, 9, 1),
                to: chrono::NaiveDate::from_ymd_opt(2024, 9, 30),
                channels: vec!["Douyin".into(), "朋友圈".into()],
                campaigns: vec!["Autumn Launch".into()],
            },
            group_by: GroupKey::Campaign,
            granularity: Granularity::Week,
            trend_metric: Metric::Retention(1),
            stats: StatsView {
                intervals: false,
                significance: true,
                baseline: Some("抖音".into()),
                compare: Some(Comparison::Range {
                    from: chrono::NaiveDate::from_ymd_opt(2024, 8, 1).expect("date"),
                    to: chrono::NaiveDate::from_ymd_opt(2024, 8, 30).expect("date"),
                }),
            },
        },
        table_sort: TableSort {
            metric: Some(Metric::Cpa),
            descending: true,
        },
        hidden: BTreeSet::from(["Kuaishou".to_owned(), "视频号".to_owned()]),
        colors: BTreeMap::from([
            ("Douyin".to_owned(), [1, 2, 3]),
            ("抖音".to_owned(), [250, 128, 0]),
        ]),
        maximized: Some("trend".into()),
        dark: true,
        note: "Week 38 review — 双十一 prep".into(),
        planner: roi_lens::budget::PlannerSettings {
            budget: Some(41_250.5),
            target_mroi: None,
            bounds: 0.2,
            locked: BTreeSet::from(["Douyin".to_owned()]),
            resamples: 120,
        },
        channel_names: roi_lens::data::platforms::ChannelNames {
            aliases: BTreeMap::from([("朋友圈".to_owned(), "WeChat Moments".to_owned())]),
            display: roi_lens::data::platforms::DisplayNames::Chinese,
            files: BTreeMap::from([("meta.csv".to_owned(), "Facebook".to_owned())]),
        },
        lenient_files: BTreeSet::from(["campaigns_en.csv".to_owned()]),
        currencies: Some(roi_lens::data::currency::Conversion {
            report: "CNY".to_owned(),
            rates: BTreeMap::from([("USD".to_owned(), 7.1)]),
        }),
        currency_of: BTreeMap::from([("campaigns_en.csv".to_owned(), "CNY".to_owned())]),
        cohorts: roi_lens::dashboard::CohortOptions {
            period: Granularity::Month,
            days: vec![3, 14, 60],
            on_or_after: true,
            start: Some("register".into()),
            returns: Some("purchase".into()),
            utc_offset_minutes: -300,
            heatmap_channel: Some("小红书".into()),
            rolling: true,
            columns: [
                (EventColumn::User, Some("会员号".to_owned())),
                (EventColumn::Amount, None),
            ]
            .into_iter()
            .collect(),
        },
    }
}

fn canonical(ws: &Workspace) -> Workspace {
    let mut ws = ws.clone();
    for s in &mut ws.sources {
        s.path = std::fs::canonicalize(&s.path).unwrap();
    }
    ws
}

#[test]
fn save_and_reopen_round_trips_every_field() {
    let (dir, en, gbk) = folder_with_sources();
    let ws = everything(&en, &gbk);
    let file = dir.path().join("review.roilens");
    workspace::save(&ws, &file).expect("save");
    let opened = workspace::open(&file).expect("open");
    assert_eq!(canonical(&opened.workspace), canonical(&ws));
    assert_eq!(opened.states, vec![SourceState::Unchanged; 2]);
    // The file is readable JSON with a top-level version and paths relative to its folder.
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["sources"][1]["path"], "tencent_ads_gbk.csv");
    assert_eq!(
        json["sources"][1]["mapping"]["revenue"],
        serde_json::Value::Null
    );
    assert_eq!(json["sources"][1]["size"], 15890);
    assert_eq!(json["sources"][1]["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(json["view"]["trend_metric"], "retention_d1");
    assert_eq!(json["colors"]["抖音"], "#fa8000");
    // Saving the reopened workspace gives the same file.
    let again = dir.path().join("again.roilens");
    workspace::save(&opened.workspace, &again).unwrap();
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        std::fs::read_to_string(&again).unwrap()
    );
}

fn summary_json(args: &[&str]) -> serde_json::Value {
    let out = roi_lens(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn summary_from_a_workspace_equals_the_summary_from_its_files_and_filters() {
    let (dir, en, gbk) = folder_with_sources();
    let mut ws = everything(&en, &gbk);
    ws.sources[1].mapping = MappingOverrides::default();
    ws.view.filters.campaigns.clear();
    ws.channel_names = Default::default();
    let file = dir.path().join("review.roilens");
    workspace::save(&ws, &file).unwrap();
    let from_workspace = summary_json(&[
        "summary",
        "--workspace",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let by_hand = summary_json(&[
        "summary",
        en.to_str().unwrap(),
        gbk.to_str().unwrap(),
        "--by",
        "campaign",
        "--from",
        "2024-09-01",
        "--to",
        "2024-09-30",
        "--channel",
        "Douyin",
        "--channel",
        "朋友圈",
        "--format",
        "json",
    ]);
    assert!(by_hand.as_array().unwrap().len() > 2);
    assert_eq!(from_workspace, by_hand);
    // Options on the command line override the workspace's filters.
    let narrowed = summary_json(&[
        "summary",
        "--workspace",
        file.to_str().unwrap(),
        "--channel",
        "Douyin",
        "--format",
        "json",
    ]);
    assert_ne!(narrowed, from_workspace);
}

#[test]
fn a_workspace_mapping_applies_to_its_file_only() {
    let (dir, en, gbk) = folder_with_sources();
    let mut ws = everything(&en, &gbk);
    ws.view = View::default();
    ws.channel_names = Default::default();
    let file = dir.path().join("review.roilens");
    workspace::save(&ws, &file).unwrap();
    let rows = summary_json(&[
        "summary",
        "--workspace",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let row = |channel: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["channel"] == channel)
            .unwrap_or_else(|| panic!("{channel}"))
            .clone()
    };
    // The Tencent file's revenue is ignored: its channels have no ROI; the English ones do.
    assert!(
        row("朋友圈")
            .get("roi")
            .is_none_or(serde_json::Value::is_null)
    );
    assert!(row("Douyin")["roi"].as_f64().unwrap() > 1.0);
}

#[test]
fn a_moved_folder_still_opens() {
    let (dir, en, gbk) = folder_with_sources();
    let ws = everything(&en, &gbk);
    workspace::save(&ws, &dir.path().join("review.roilens")).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let moved = elsewhere.path().join("moved");
    std::fs::rename(dir.path(), &moved).unwrap();
    let opened = workspace::open(&moved.join("review.roilens")).expect("open");
    assert_eq!(opened.states, vec![SourceState::Unchanged; 2]);
    assert_eq!(
        std::fs::canonicalize(&opened.workspace.sources[1].path).unwrap(),
        std::fs::canonicalize(moved.join("tencent_ads_gbk.csv")).unwrap()
    );
    assert_eq!(opened.workspace.sources[1].mapping, ws.sources[1].mapping);
}

#[test]
fn a_changed_and_a_missing_source_are_named_and_their_settings_kept() {
    let (dir, en, gbk) = folder_with_sources();
    let ws = everything(&en, &gbk);
    let file = dir.path().join("review.roilens");
    workspace::save(&ws, &file).unwrap();
    // The English export is refreshed; the Tencent one is gone.
    let mut text = std::fs::read_to_string(&en).unwrap();
    text.push_str("2024-09-30,Douyin,Autumn Launch,100.00,1000,10,1,150.00,,,,\n");
    std::fs::write(&en, text).unwrap();
    std::fs::remove_file(&gbk).unwrap();
    let opened = workspace::open(&file).expect("open");
    assert_eq!(opened.states[0], SourceState::Changed);
    assert!(matches!(opened.states[1], SourceState::Missing { .. }));
    let notices: Vec<String> = opened.notices().iter().map(ToString::to_string).collect();
    let notices = notices.join("\n");
    assert!(notices.contains("campaigns_en.csv changed"), "{notices}");
    assert!(
        notices.contains("tencent_ads_gbk.csv is missing"),
        "{notices}"
    );
    // The missing source keeps its mapping; what can load is the rest.
    assert_eq!(opened.workspace.sources[1].mapping, ws.sources[1].mapping);
    assert_eq!(opened.loadable().sources.len(), 1);
    // The CLI refuses a workspace with a missing source, naming it (exit 2).
    let out = roi_lens(&["summary", "--workspace", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("tencent_ads_gbk.csv is missing"),
        "{stderr}"
    );
}

/// Writes `text` as a workspace and returns the error opening it gives, and the CLI's.
fn broken(text: &[u8]) -> (WorkspaceError, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.roilens");
    std::fs::write(&file, text).unwrap();
    let err = workspace::open(&file).expect_err("must not open");
    let out = roi_lens(&["summary", "--workspace", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "the CLI exits 2");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        stderr.contains(&err.to_string()),
        "the CLI gives the same message: {stderr} vs {err}"
    );
    (err, stderr)
}

#[test]
fn damaged_truncated_and_newer_files_each_say_so() {
    let good = std::fs::read_to_string(sample("sample.roilens")).unwrap();
    // Truncated: a save cut off half way.
    let (err, msg) = broken(&good.as_bytes()[..good.len() / 2]);
    assert!(matches!(err, WorkspaceError::Truncated { .. }), "{err}");
    assert!(msg.contains("cut short"), "{msg}");
    // Damaged: a stray character.
    let (err, msg) = broken(good.replacen("\"view\"", "\"view\" x", 1).as_bytes());
    assert!(matches!(err, WorkspaceError::Corrupt { .. }), "{err}");
    assert!(msg.contains("damaged at line"), "{msg}");
    // Newer format.
    let (err, msg) = broken(
        good.replacen("\"version\": 1", "\"version\": 7", 1)
            .as_bytes(),
    );
    assert!(
        matches!(err, WorkspaceError::NewerVersion { found: 7, .. }),
        "{err}"
    );
    assert!(msg.contains("newer ROI Lens"), "{msg}");
    // Not a workspace at all.
    let (err, _) = broken(b"[1, 2, 3]");
    assert!(matches!(err, WorkspaceError::NotAWorkspace { .. }), "{err}");
    let (err, _) = broken(b"\xff\xfe\x00garbage");
    assert!(matches!(err, WorkspaceError::NotAWorkspace { .. }), "{err}");
    let (err, msg) = broken(good.replacen("\"week\"", "\"fortnight\"", 1).as_bytes());
    assert!(matches!(err, WorkspaceError::NotAWorkspace { .. }), "{err}");
    assert!(msg.contains("fortnight"), "{msg}");
}

#[test]
fn workspace_errors_follow_the_language_and_name_the_file() {
    let good = std::fs::read_to_string(sample("sample.roilens")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("周报.roilens");
    std::fs::write(&file, good.replacen("\"view\"", "\"view\" x", 1)).unwrap();
    let path = file.to_str().unwrap();
    let stderr = |lang: &str| {
        let out = roi_lens(&["summary", "--workspace", path, "--lang", lang]);
        assert_eq!(out.status.code(), Some(2), "the CLI exits 2");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let line = match workspace::open(&file) {
        Err(WorkspaceError::Corrupt { line, column, .. }) => (line, column),
        other => panic!("damaged: {other:?}"),
    };
    let zh = stderr("zh");
    assert!(
        zh.contains(&format!(
            "工作区 {path} 在第 {} 行第 {} 列处已损坏",
            line.0, line.1
        )),
        "{zh}"
    );
    let ja = stderr("ja");
    assert!(
        ja.contains(&format!(
            "ワークスペース {path} の {} 行目、{} 列目が壊れています",
            line.0, line.1
        )),
        "{ja}"
    );
    std::fs::write(&file, good.replacen("\"version\": 1", "\"version\": 7", 1)).unwrap();
    let ja = stderr("ja");
    assert!(ja.contains(path) && ja.contains("形式バージョン 7"), "{ja}");
}

#[test]
fn an_older_file_with_fewer_fields_loads_with_defaults() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        sample("campaigns_en.csv"),
        dir.path().join("campaigns_en.csv"),
    )
    .unwrap();
    let file = dir.path().join("old.roilens");
    std::fs::write(
        &file,
        r#"{"version": 1, "sources": [{"path": "campaigns_en.csv"}], "view": {"group_by": "channel"}}"#,
    )
    .unwrap();
    let opened = workspace::open(&file).expect("open");
    assert_eq!(opened.workspace.sources.len(), 1);
    assert_eq!(opened.workspace.view, View::default());
    assert_eq!(opened.workspace.table_sort, TableSort::default());
    assert!(!opened.workspace.dark);
    assert_eq!(opened.states, vec![SourceState::Unchanged]);
}

#[test]
fn an_interrupted_save_leaves_the_previous_workspace_whole() {
    let (dir, en, gbk) = folder_with_sources();
    let first = everything(&en, &gbk);
    let file = dir.path().join("review.roilens");
    workspace::save(&first, &file).unwrap();
    let before = std::fs::read(&file).unwrap();
    // A save killed before its rename leaves only a partial temporary file beside the
    // workspace (saves never write into the workspace file itself).
    let partial = workspace::to_json(&Workspace::default(), &file).unwrap();
    let leftover = dir
        .path()
        .join(format!(".review.roilens.roi-lens-tmp-{}-99", 4242));
    std::fs::write(&leftover, &partial.as_bytes()[..partial.len() / 3]).unwrap();
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let opened = workspace::open(&file).expect("the old workspace opens");
    assert_eq!(canonical(&opened.workspace), canonical(&first));
    // A save that fails (the folder is gone) changes nothing either.
    let gone = dir.path().join("no-such-folder").join("review.roilens");
    assert!(matches!(
        workspace::save(&first, &gone),
        Err(WorkspaceError::Write { .. })
    ));
    // The next save still works and replaces the file whole.
    let mut second = first.clone();
    second.note = "after the crash".into();
    workspace::save(&second, &file).unwrap();
    assert_eq!(
        workspace::open(&file).unwrap().workspace.note,
        "after the crash"
    );
}

#[test]
fn the_shipped_sample_works_from_a_copy_of_the_folder() {
    let copy = tempfile::tempdir().unwrap();
    for name in [
        "campaigns_en.csv",
        "tencent_ads_gbk.csv",
        "ocean_engine_utf8bom.csv",
        "sample.roilens",
    ] {
        std::fs::copy(sample(name), copy.path().join(name)).unwrap();
    }
    let opened = workspace::open(&copy.path().join("sample.roilens")).expect("open");
    assert_eq!(
        opened.states,
        vec![SourceState::Unchanged; 3],
        "hashes match the shipped files"
    );
    let view = &opened.workspace.view;
    assert_ne!(*view, View::default());
    assert_eq!(view.group_by, GroupKey::Campaign);
    assert_eq!(view.granularity, Granularity::Week);
    assert!(!view.filters.channels.is_empty());
    let rows = summary_json(&[
        "summary",
        "--workspace",
        copy.path().join("sample.roilens").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|r| r.get("campaign").is_some())
    );
}

#[test]
fn a_workspace_s_channel_names_apply_to_the_cli() {
    let (dir, en, gbk) = folder_with_sources();
    let mut ws = everything(&en, &gbk);
    ws.view = View::default();
    ws.sources[1].mapping = MappingOverrides::default();
    ws.channel_names.display = roi_lens::data::platforms::DisplayNames::AsInData;
    let file = dir.path().join("merged.roilens");
    workspace::save(&ws, &file).unwrap();
    let rows = summary_json(&[
        "summary",
        "--workspace",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let names: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["channel"].as_str().unwrap())
        .collect();
    // 朋友圈 is shown as WeChat Moments (the saved alias): one row, the other names as written.
    assert!(
        names.contains(&"WeChat Moments") && !names.contains(&"朋友圈"),
        "{names:?}"
    );
    assert!(
        names.contains(&"视频号") && names.contains(&"Video Accounts"),
        "{names:?}"
    );
}
