//! Property tests: no input makes the loader or the metrics panic. Random bytes, mutated real
//! exports (CSV in three encodings and Parquet) and random tables built from real headers and
//! awkward cells are each loaded and, when they load, summarised several ways.

use std::path::PathBuf;
use std::sync::OnceLock;

use polars::prelude::*;
use proptest::prelude::*;
use roi_lens::data::{LoadOptions, load_files};
use roi_lens::metrics::{Filters, Granularity, GroupKey, Query, daily_points, funnel, summarize};

fn exercise(bytes: &[u8], ext: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path: PathBuf = dir.path().join(format!("input.{ext}"));
    std::fs::write(&path, bytes).expect("write");
    match load_files(std::slice::from_ref(&path), &LoadOptions::default()) {
        Err(err) => {
            let message = err.to_string();
            assert!(
                message.contains("input."),
                "error names the file: {message}"
            );
        }
        Ok(ds) => {
            let queries = [
                vec![GroupKey::Channel],
                vec![GroupKey::Campaign, GroupKey::Period(Granularity::Week)],
                vec![GroupKey::Source, GroupKey::Period(Granularity::Month)],
                vec![],
            ];
            for group_by in queries {
                let query = Query {
                    group_by,
                    filters: Filters::default(),
                };
                if let Ok(s) = summarize(&ds, &query) {
                    let _ = roi_lens::report::Report::from_summary(&s).to_json();
                }
            }
            let _ = funnel(&ds, &Filters::default(), GroupKey::Channel);
            let _ = daily_points(&ds, &Filters::default(), GroupKey::Channel);
        }
    }
}

/// The first lines of each bundled sample, plus a small Parquet file.
fn seeds() -> &'static [(Vec<u8>, &'static str)] {
    static SEEDS: OnceLock<Vec<(Vec<u8>, &'static str)>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut seeds: Vec<(Vec<u8>, &'static str)> = roi_lens::sample::SAMPLE_FILES
            .iter()
            .map(|f| {
                let path = format!("{}/sample_data/{f}", env!("CARGO_MANIFEST_DIR"));
                let bytes = std::fs::read(path).expect("sample");
                (bytes[..bytes.len().min(2500)].to_vec(), "csv")
            })
            .collect();
        let mut df = df!(
            "date" => ["2024-03-01", "2024-03-02"],
            "channel" => ["抖音", "快手"],
            "spend" => [1.5f64, 2.0],
            "clicks" => [3i64, 4],
        )
        .expect("df");
        let mut buf = Vec::new();
        ParquetWriter::new(&mut buf)
            .finish(&mut df)
            .expect("parquet");
        seeds.push((buf, "parquet"));
        seeds
    })
}

#[derive(Clone, Debug)]
enum Edit {
    Set(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let awkward = prop_oneof![
        Just(b",".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"%".to_vec()),
        Just(b"\0".to_vec()),
        Just(vec![0xFF, 0xFE]),
        Just(vec![0xB5, 0xE3]),
        Just("合计".as_bytes().to_vec()),
        Just(b"1e308".to_vec()),
        Just(b"-".to_vec()),
        proptest::collection::vec(any::<u8>(), 1..6),
    ];
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Edit::Set(i, b)),
        (any::<usize>(), awkward).prop_map(|(i, b)| Edit::Insert(i, b)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Edit::Delete(i, n)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let len = bytes.len().max(1);
        match e {
            Edit::Set(i, b) => {
                if !bytes.is_empty() {
                    let i = i % bytes.len();
                    bytes[i] = *b;
                }
            }
            Edit::Insert(i, ins) => {
                let i = i % (bytes.len() + 1);
                bytes.splice(i..i, ins.iter().copied());
            }
            Edit::Delete(i, n) => {
                let i = i % len;
                let end = (i + n).min(bytes.len());
                if i < end {
                    bytes.drain(i..end);
                }
            }
            Edit::Truncate(i) => bytes.truncate(i % len),
        }
    }
    bytes
}

fn header() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("日期".to_owned()),
        Just("date".to_owned()),
        Just("渠道".to_owned()),
        Just("Channel".to_owned()),
        Just("计划名称".to_owned()),
        Just("花费(元)".to_owned()),
        Just("spend".to_owned()),
        Just("点击次数".to_owned()),
        Just("曝光".to_owned()),
        Just("转化数".to_owned()),
        Just("GMV".to_owned()),
        Just("新增用户".to_owned()),
        Just("次留率".to_owned()),
        Just("7日留存数".to_owned()),
        Just("D30 retention".to_owned()),
        Just("点击率".to_owned()),
        Just("".to_owned()),
        "[a-z]{1,6}",
    ]
}

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("-".to_owned()),
        Just("合计".to_owned()),
        Just("\"1,234.5\"".to_owned()),
        Just("¥88".to_owned()),
        Just("35.2%".to_owned()),
        Just("2024/3/1".to_owned()),
        Just("20240230".to_owned()),
        Just("抖音".to_owned()),
        Just("\"a\nb\"".to_owned()),
        Just("\"unterminated".to_owned()),
        (-1e6f64..1e6).prop_map(|v| format!("{v:.2}")),
        (0u32..10_000).prop_map(|v| v.to_string()),
        "[ -~]{0,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..1500),
        ext in prop_oneof![Just("csv"), Just("tsv"), Just("parquet"), Just("txt")],
    ) {
        exercise(&bytes, ext);
    }

    #[test]
    fn mutated_exports_never_panic(
        which in 0usize..4,
        edits in proptest::collection::vec(edit(), 1..10),
    ) {
        let (seed, ext) = &seeds()[which];
        exercise(&apply(seed.clone(), &edits), ext);
    }

    #[test]
    fn random_tables_never_panic(
        headers in proptest::collection::vec(header(), 1..9),
        rows in proptest::collection::vec(proptest::collection::vec(cell(), 0..10), 0..25),
        sep in prop_oneof![Just(","), Just("\t"), Just(";")],
        encoding in 0u8..3,
    ) {
        let mut text = headers.join(sep);
        text.push('\n');
        for row in &rows {
            text.push_str(&row.join(sep));
            text.push('\n');
        }
        let bytes = match encoding {
            0 => text.into_bytes(),
            1 => encoding_rs::GBK.encode(&text).0.into_owned(),
            _ => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        };
        exercise(&bytes, "csv");
    }
}

/// An event log's bytes through everything that reads one: the sniffing, both loaders (rows
/// and columns, which must agree on loading or not) and the Cohorts view's numbers.
fn exercise_events(bytes: &[u8], ext: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path: PathBuf = dir.path().join(format!("events.{ext}"));
    std::fs::write(&path, bytes).expect("write");
    let _ = roi_lens::data::kind::is_event_log(&path);
    let options = roi_lens::dashboard::CohortOptions {
        days: vec![0, 1, 2, 7],
        ..Default::default()
    };
    let rows = roi_lens::data::events::load_events(&path, options.tz());
    let columns = roi_lens::data::events::load_event_table(&path, options.tz());
    assert_eq!(rows.is_ok(), columns.is_ok(), "both loaders agree");
    match columns {
        Err(err) => {
            let message = err.to_string();
            assert!(message.contains("events."), "names the file: {message}");
        }
        Ok(table) => {
            let user_count = table.user_count();
            let table = roi_lens::data::events::EventSource::Table(table);
            for period in [Granularity::Day, Granularity::Week, Granularity::Month] {
                let options = roi_lens::dashboard::CohortOptions {
                    period,
                    on_or_after: period == Granularity::Week,
                    ..options.clone()
                };
                let data = roi_lens::dashboard::compute_cohorts(
                    &table,
                    &options,
                    &Default::default(),
                    None,
                )
                .expect("a table in memory computes");
                let _ = data.table().to_csv();
                let users: usize = data.averages().map(|r| r.users).sum();
                assert_eq!(users, user_count, "every user in one cohort");
            }
        }
    }
}

/// The hand-counted event log of the core's tests.
const EVENT_SEED: &str = include_str!("../crates/core/tests/support/event_log.rs");

fn event_seed() -> Vec<u8> {
    // The CSV between the first `"` and the closing `";` of the LOG constant, unescaped.
    let start = EVENT_SEED.find("= \"").expect("the LOG constant") + 3;
    let end = EVENT_SEED[start..].find("\";").expect("its end") + start;
    EVENT_SEED[start..end]
        .replace("\\n\\\n", "\n")
        .replace("\\n", "\n")
        .into_bytes()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_as_an_event_log_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..1500),
    ) {
        let mut with_header = b"user_id,event_time,event,amount,channel\n".to_vec();
        with_header.extend(&bytes);
        exercise_events(&bytes, "csv");
        exercise_events(&with_header, "csv");
        exercise_events(&bytes, "parquet");
    }

    #[test]
    fn mutated_event_logs_never_panic(edits in proptest::collection::vec(edit(), 1..10)) {
        exercise_events(&apply(event_seed(), &edits), "csv");
    }
}
