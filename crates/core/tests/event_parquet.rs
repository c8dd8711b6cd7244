//! Event logs as Parquet: the same cohorts as the same log in CSV, typed columns (integer users,
//! timestamps, float amounts) placed on the right day, and a bad time named by its row.

use chrono::FixedOffset;
use polars::prelude::*;
use roi_lens_core::cohorts::{CohortSettings, cohort_table_of};
use roi_lens_core::data::events::load_event_table;
use roi_lens_core::data::kind::is_event_log;

use crate::event_log::LOG;

fn tz8() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).expect("offset")
}

fn write_parquet(path: &std::path::Path, mut frame: DataFrame) {
    let file = std::fs::File::create(path).expect("create");
    ParquetWriter::new(file)
        .finish(&mut frame)
        .expect("write parquet");
}

#[test]
fn a_parquet_log_gives_the_cohorts_of_the_same_log_in_csv() {
    let dir = tempfile::tempdir().expect("dir");
    let csv = dir.path().join("events.csv");
    std::fs::write(&csv, LOG).expect("write");
    // The same cells, as text columns.
    let lines: Vec<Vec<&str>> = LOG
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    let column = |k: usize, name: &str| {
        Column::new(
            name.into(),
            lines.iter().map(|cells| cells[k]).collect::<Vec<_>>(),
        )
    };
    let frame = DataFrame::new_infer_height(vec![
        column(0, "user_id"),
        column(1, "event_time"),
        column(2, "event"),
        column(3, "amount"),
        column(4, "channel"),
    ])
    .expect("frame");
    let parquet = dir.path().join("events.parquet");
    write_parquet(&parquet, frame);
    assert!(is_event_log(&parquet), "told from an export by its schema");
    let settings = CohortSettings {
        days: vec![1, 2, 7],
        ..CohortSettings::default()
    };
    let from_csv = load_event_table(&csv, tz8()).expect("csv");
    let from_parquet = load_event_table(&parquet, tz8()).expect("parquet");
    assert_eq!(from_parquet.duplicates, 1);
    assert_eq!(
        cohort_table_of(&from_parquet, &settings),
        cohort_table_of(&from_csv, &settings)
    );
}

#[test]
fn typed_parquet_columns_land_on_the_right_day_and_a_bad_time_names_its_row() {
    let dir = tempfile::tempdir().expect("dir");
    // Timestamps are taken as written in the log's zone, like naive times in CSV: a start at
    // 23:58 and a return at 00:03 paying 9.5 are days 0 and 1.
    let start = 1_717_286_280_000_i64; // 2024-06-01 23:58 as written
    let times = Column::new("ts".into(), vec![start, start + 5 * 60_000])
        .cast(&DataType::Datetime(TimeUnit::Milliseconds, None))
        .expect("datetime");
    let frame = DataFrame::new_infer_height(vec![
        Column::new("uid".into(), vec![42_i64, 42]),
        times,
        Column::new("pay_amount".into(), vec![0.0_f64, 9.5]),
    ])
    .expect("frame");
    let parquet = dir.path().join("typed.parquet");
    write_parquet(&parquet, frame);
    let table = load_event_table(&parquet, tz8()).expect("loads");
    let settings = CohortSettings {
        days: vec![1],
        by_channel: false,
        ..CohortSettings::default()
    };
    let rows = cohort_table_of(&table, &settings);
    assert_eq!(rows[0].cohort, chrono::NaiveDate::from_ymd_opt(2024, 6, 1));
    assert_eq!(rows[0].retention, vec![Some(1.0)]);
    assert_eq!(rows[0].ltv, vec![Some(9.5)]);

    let bad = DataFrame::new_infer_height(vec![
        Column::new("user_id".into(), vec!["a", "b"]),
        Column::new("event_time".into(), vec!["2024-06-01 10:00", "soon"]),
    ])
    .expect("frame");
    let path = dir.path().join("bad.parquet");
    write_parquet(&path, bad);
    let message = load_event_table(&path, tz8())
        .expect_err("a bad time")
        .to_string();
    for part in ["bad.parquet", "row 2", "event_time", "soon"] {
        assert!(message.contains(part), "{part} in: {message}");
    }
}
