//! Dates at and past the calendar's limits: errors that name what is wrong, never a panic (a
//! panic is caught by the app and shown as an "internal error").

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use polars::prelude::*;
use roi_lens_core::data::{Dataset, LoadError, LoadOptions, Location, load_files};
use roi_lens_core::metrics::{
    Comparison, Filters, Granularity, GroupKey, MetricsError, Query, compare_periods,
    previous_range, summarize,
};

fn parquet(dir: &Path, name: &str, mut df: DataFrame) -> PathBuf {
    let path = dir.join(name);
    let file = std::fs::File::create(&path).expect("create");
    ParquetWriter::new(file)
        .finish(&mut df)
        .expect("write parquet");
    path
}

fn frame(date: Column) -> DataFrame {
    let height = date.len();
    let channels: Vec<String> = (0..height).map(|i| format!("C{i}")).collect();
    let spend: Vec<f64> = (0..height).map(|i| i as f64 + 1.0).collect();
    DataFrame::new(
        height,
        vec![
            date,
            Column::new("channel".into(), channels),
            Column::new("spend".into(), spend),
        ],
    )
    .expect("frame")
}

fn load(path: PathBuf) -> Result<Dataset, LoadError> {
    load_files(&[path], &LoadOptions::default())
}

fn expect_bad_date(err: LoadError, row: usize, value: &str) {
    let message = err.to_string();
    match err {
        LoadError::BadCell {
            location,
            column,
            value: got,
            ..
        } => {
            assert_eq!(location, Location::Row(row), "{message}");
            assert_eq!(column, "date", "{message}");
            assert!(got.contains(value), "{message}");
        }
        other => panic!("unexpected: {other}"),
    }
    for needle in ["far.parquet", "row", "\"date\"", value] {
        assert!(message.contains(needle), "{needle} missing: {message}");
    }
}

#[test]
fn a_parquet_date_far_out_of_range_is_an_error_naming_the_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dates = Int32Chunked::new("date".into(), &[19_783, i32::MAX])
        .into_date()
        .into_column();
    let err = load(parquet(dir.path(), "far.parquet", frame(dates))).expect_err("out of range");
    expect_bad_date(err, 2, "2147483647");

    // Within the calendar, but past the years a text export can write.
    let dates = Int32Chunked::new("date".into(), &[-10_000_000, 19_783])
        .into_date()
        .into_column();
    let err = load(parquet(dir.path(), "far.parquet", frame(dates))).expect_err("year -25000");
    expect_bad_date(err, 1, "-10000000");
}

#[test]
fn a_parquet_timestamp_whose_day_does_not_fit_is_an_error_not_a_null() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stamps = Int64Chunked::new("date".into(), &[1_709_251_200_000, i64::MIN])
        .into_datetime(TimeUnit::Milliseconds, None)
        .into_column();
    let err = load(parquet(dir.path(), "far.parquet", frame(stamps))).expect_err("out of range");
    expect_bad_date(err, 2, "milliseconds");
}

#[test]
fn the_first_and_last_loadable_days_load_and_summarise() {
    let dir = tempfile::tempdir().expect("temp dir");
    // 0000-01-01 and 9999-12-31, days since 1970-01-01.
    let dates = Int32Chunked::new("date".into(), &[-719_528, 2_932_896])
        .into_date()
        .into_column();
    let ds = load(parquet(dir.path(), "edges.parquet", frame(dates))).expect("loads");
    for granularity in [Granularity::Day, Granularity::Week, Granularity::Month] {
        let query = Query {
            group_by: vec![GroupKey::Period(granularity)],
            filters: Filters::default(),
        };
        let s = summarize(&ds, &query).expect("summary");
        assert_eq!(s.height(), 2);
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

#[test]
fn comparing_with_a_period_before_the_calendar_is_an_error_naming_the_dates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.csv");
    std::fs::write(
        &path,
        "date,channel,spend\n2024-03-01,A,1\n2024-03-02,B,2\n",
    )
    .expect("write");
    let ds = load(path).expect("loads");
    // A workspace can hold any date the calendar has, such as the year -200000.
    let from = date(-200_000, 1, 1);
    let to = date(2024, 3, 31);
    let filters = Filters {
        from: Some(from),
        to: Some(to),
        ..Filters::default()
    };
    let by_group = summarize(
        &ds,
        &Query {
            group_by: vec![GroupKey::Channel],
            filters: filters.clone(),
        },
    )
    .expect("summary");
    let err = compare_periods(
        &ds,
        &filters,
        GroupKey::Channel,
        &by_group,
        &Comparison::Previous,
    )
    .expect_err("no period before the calendar");
    assert!(
        matches!(err, MetricsError::PeriodOutOfRange { from: f, to: t } if f == from && t == to),
        "{err}"
    );
    let message = err.to_string();
    for needle in ["-200000-01-01", "2024-03-31"] {
        assert!(message.contains(needle), "{needle} missing: {message}");
    }
    // A chosen range needs no arithmetic and still works.
    let chosen = Comparison::Range {
        from: date(2024, 3, 1),
        to: date(2024, 3, 1),
    };
    let other = compare_periods(&ds, &filters, GroupKey::Channel, &by_group, &chosen)
        .expect("compared")
        .expect("dates");
    assert!(other.has_rows);
}

#[test]
fn previous_ranges_at_the_calendars_ends() {
    assert_eq!(
        previous_range(date(2024, 3, 8), date(2024, 3, 14)).expect("in range"),
        (date(2024, 3, 1), date(2024, 3, 7))
    );
    for (from, to) in [
        (NaiveDate::MIN, NaiveDate::MIN),
        (NaiveDate::MIN, NaiveDate::MAX),
        (date(-200_000, 1, 1), date(2024, 3, 31)),
        (date(-100_000, 1, 1), NaiveDate::MAX),
    ] {
        assert!(
            matches!(
                previous_range(from, to),
                Err(MetricsError::PeriodOutOfRange { .. })
            ),
            "{from} – {to}"
        );
    }
    // The other way round (from after to) moves forward; at the far end that is checked too.
    assert!(previous_range(NaiveDate::MAX, NaiveDate::MIN).is_err());
    assert!(previous_range(date(2024, 3, 8), date(2024, 3, 1)).is_ok());
}
