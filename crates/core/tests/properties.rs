//! Property tests: no workspace file and no day count makes the core panic (a panic is caught by
//! the app and shown as an "internal error"; these inputs deserve a message or a value).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use roi_lens_core::data::clean::{
    FIRST_DATE, LAST_DATE, date_from_epoch_days, date_from_epoch_days_i64, days_since_epoch,
    loadable_date, parse_date,
};
use roi_lens_core::data::{Dataset, LoadOptions, load_files};
use roi_lens_core::metrics::{Comparison, GroupKey, Query, compare_periods, summarize};
use roi_lens_core::workspace;
use serde_json::{Value, json};

/// A workspace as this build writes it, with every part filled in.
fn template() -> Value {
    json!({
        "version": 1,
        "note": "Q1 review",
        "sources": [{
            "path": "a.csv",
            "absolute": "/nonexistent/roi-lens/a.csv",
            "size": 120,
            "sha256": "00",
            "mapping": {"spend": "花费", "revenue": null}
        }],
        "view": {
            "from": "2024-03-01",
            "to": "2024-03-31",
            "channels": ["A"],
            "campaigns": [],
            "group_by": "channel",
            "granularity": "week",
            "trend_metric": "roi",
            "statistics": {
                "intervals": true,
                "significance": true,
                "baseline": "A",
                "compare": "range",
                "compare_from": "2024-02-01",
                "compare_to": "2024-02-29"
            }
        },
        "table_sort": {"metric": "spend", "descending": true},
        "hidden": ["B"],
        "colors": {"A": "#e6a000"},
        "layout": {"maximized": "roi"},
        "theme": "dark"
    })
}

/// Where a mutation lands: every leaf and container of [`template`], plus keys it lacks.
const POINTERS: &[&str] = &[
    "/version",
    "/note",
    "/sources",
    "/sources/0",
    "/sources/0/path",
    "/sources/0/absolute",
    "/sources/0/size",
    "/sources/0/sha256",
    "/sources/0/mapping",
    "/sources/0/mapping/spend",
    "/view",
    "/view/from",
    "/view/to",
    "/view/channels",
    "/view/campaigns",
    "/view/group_by",
    "/view/granularity",
    "/view/trend_metric",
    "/view/statistics",
    "/view/statistics/intervals",
    "/view/statistics/significance",
    "/view/statistics/baseline",
    "/view/statistics/compare",
    "/view/statistics/compare_from",
    "/view/statistics/compare_to",
    "/table_sort",
    "/table_sort/metric",
    "/table_sort/descending",
    "/hidden",
    "/colors",
    "/colors/A",
    "/layout/maximized",
    "/theme",
];

/// A date string, often far outside any export: years up to ±300,000 (past the calendar's
/// ±262,143), months and days past their ends.
fn date_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (-300_000_i32..300_000, 0_u32..14, 0_u32..33)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        (-300_000_i32..300_000).prop_map(|y| format!("{y:+}-01-01")),
        prop::sample::select(vec![
            "-200000-01-01",
            "+262142-12-31",
            "-262143-01-01",
            "-262144-01-01",
            "0000-01-01",
            "9999-12-31",
            "2024-02-30",
            "2024-3-1",
        ])
        .prop_map(str::to_owned),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    let names = prop::sample::select(vec![
        "previous",
        "range",
        "channel",
        "campaign",
        "source",
        "week",
        "month",
        "day",
        "roi",
        "spend",
        "retention_d1",
        "cpm",
        "#e6a000",
        "#zzzzzz",
        "dark",
        "",
        "A",
        "未知",
    ]);
    let leaf = prop_oneof![
        date_text().prop_map(Value::from),
        names.prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|x| serde_json::Number::from_f64(x).map_or(Value::Null, Value::from)),
        Just(Value::Null),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    Set(&'static str, Value),
    Remove(&'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let pointer = prop::sample::select(POINTERS.to_vec());
    prop_oneof![
        4 => (pointer.clone(), value()).prop_map(|(p, v)| Mutation::Set(p, v)),
        1 => pointer.prop_map(Mutation::Remove),
    ]
}

fn apply(mut ws: Value, mutations: &[Mutation]) -> Value {
    for m in mutations {
        match m {
            Mutation::Set(pointer, v) => {
                if let Some(slot) = ws.pointer_mut(pointer) {
                    *slot = v.clone();
                }
            }
            Mutation::Remove(pointer) => {
                let (parent, key) = pointer.rsplit_once('/').unwrap_or(("", pointer));
                if let Some(Value::Object(map)) = ws.pointer_mut(parent) {
                    map.remove(key);
                }
            }
        }
    }
    ws
}

/// A small dataset over March 2024 to run the parsed view's filters on.
fn dataset() -> &'static Dataset {
    static DS: OnceLock<(tempfile::TempDir, Dataset)> = OnceLock::new();
    &DS.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path: PathBuf = dir.path().join("a.csv");
        std::fs::write(
            &path,
            "date,channel,spend,revenue\n2024-03-01,A,10,30\n2024-03-15,B,5,4\n2024-02-10,A,7,9\n",
        )
        .expect("write");
        let ds = load_files(&[path], &LoadOptions::default()).expect("load");
        (dir, ds)
    })
    .1
}

/// Parses, and when the workspace is usable, saves it again and runs its filters, with the
/// period before them, on a dataset: none of it may panic.
fn exercise(bytes: &[u8]) {
    let file = Path::new("/nonexistent/roi-lens/ws.roilens");
    let Ok(opened) = workspace::parse(bytes, file) else {
        return;
    };
    let _ = opened.notices();
    let _ = workspace::to_json(&opened.workspace, file);
    let filters = &opened.workspace.view.filters;
    let query = Query {
        group_by: vec![GroupKey::Channel],
        filters: filters.clone(),
    };
    if let Ok(by_group) = summarize(dataset(), &query) {
        let _ = compare_periods(
            dataset(),
            filters,
            GroupKey::Channel,
            &by_group,
            &Comparison::Previous,
        );
    }
}

#[test]
fn the_template_is_a_valid_workspace() {
    let bytes = serde_json::to_vec(&template()).expect("json");
    let opened = workspace::parse(&bytes, Path::new("/nonexistent/roi-lens/ws.roilens"))
        .expect("the template parses");
    assert_eq!(opened.workspace.note, "Q1 review");
    assert!(opened.workspace.view.filters.from.is_some());
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        exercise(&bytes);
    }

    #[test]
    fn json_like_text_never_panics(text in r#"[{}\[\]",:0-9a-z\- .eE+\\]{0,200}"#) {
        exercise(text.as_bytes());
    }

    #[test]
    fn mutated_workspaces_never_panic(mutations in prop::collection::vec(mutation(), 1..6)) {
        let ws = apply(template(), &mutations);
        let bytes = serde_json::to_vec_pretty(&ws).expect("json");
        exercise(&bytes);
        // Cut short, as a crash mid-write would leave it (a save is atomic; a copy may not be).
        exercise(&bytes[..bytes.len() / 2]);
    }

    #[test]
    fn extreme_view_dates_never_panic(from in date_text(), to in date_text()) {
        let mut ws = template();
        if let Some(view) = ws.pointer_mut("/view") {
            view["from"] = Value::from(from);
            view["to"] = Value::from(to);
        }
        exercise(&serde_json::to_vec(&ws).expect("json"));
    }

    #[test]
    fn epoch_day_helpers_never_panic_on_any_i32(days in any::<i32>()) {
        if let Some(date) = date_from_epoch_days(days) {
            prop_assert_eq!(days_since_epoch(date), days);
        }
        prop_assert_eq!(date_from_epoch_days_i64(i64::from(days)), date_from_epoch_days(days));
    }

    #[test]
    fn epoch_day_helpers_never_panic_on_any_i64(days in any::<i64>()) {
        let date = date_from_epoch_days_i64(days);
        prop_assert_eq!(date.is_some(), i32::try_from(days).ok().and_then(date_from_epoch_days).is_some());
        if let Some(date) = loadable_date(days) {
            prop_assert!((FIRST_DATE..=LAST_DATE).contains(&date));
            prop_assert_eq!(i64::from(days_since_epoch(date)), days);
        }
    }

    #[test]
    fn every_calendar_day_round_trips(day in any::<i32>()) {
        if let Some(date) = NaiveDate::from_num_days_from_ce_opt(day) {
            let days = days_since_epoch(date);
            prop_assert_eq!(date_from_epoch_days(days), Some(date));
            prop_assert_eq!(
                loadable_date(i64::from(days)).is_some(),
                (0..=9999).contains(&date.year())
            );
        }
    }

    #[test]
    fn every_date_a_text_cell_can_hold_is_loadable(text in "[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?|.{0,16}") {
        if let Ok(Some(date)) = parse_date(&text) {
            prop_assert_eq!(loadable_date(i64::from(days_since_epoch(date))), Some(date));
        }
    }
}
