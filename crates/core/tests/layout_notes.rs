//! Nothing dropped silently: rows with fewer or more fields than the header and headers written
//! twice load as Polars reads them and are told in the file's notes; `strict` refuses them.

use std::path::PathBuf;

use roi_lens_core::data::{Dataset, LoadError, LoadOptions, load_files};

fn load(name: &str, text: &str, strict: bool) -> (tempfile::TempDir, Result<Dataset, LoadError>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path: PathBuf = dir.path().join(name);
    std::fs::write(&path, text).expect("write");
    let options = LoadOptions {
        strict,
        ..LoadOptions::default()
    };
    let result = load_files(&[path], &options);
    (dir, result)
}

/// The values of a numeric column, row by row.
fn values(ds: &Dataset, column: &str) -> Vec<Option<f64>> {
    ds.frame
        .column(column)
        .expect(column)
        .f64()
        .expect("f64")
        .iter()
        .collect()
}

/// Line 1 header; a record over lines 2–3; line 4 short; line 5 long (99 dropped); line 7
/// blank (nothing to lose); line 8 short; line 9 ends in an empty extra field (nothing lost).
const RAGGED: &str = "date,channel,note,spend,revenue\n\
2024-09-01,A,\"two\nlines\",10,20\n\
2024-09-01,B,x,5\n\
2024-09-02,A,y,7,14,99\n\
2024-09-02,B,,3,6\n\
\n\
2024-09-03,A,z,1\n\
2024-09-03,B,w,2,4,\n";

#[test]
fn short_and_long_rows_are_noted_with_their_lines_and_load_as_polars_reads_them() {
    let (_dir, result) = load("ragged.csv", RAGGED, false);
    let ds = result.expect("loads");
    assert_eq!(
        ds.sources[0].notes,
        vec![
            "2 rows have fewer fields than the header: lines 4, 8 — their missing values are \
             empty"
                .to_owned(),
            "1 row has more fields than the header: line 5 — the extra fields are ignored"
                .to_owned(),
        ]
    );
    assert_eq!(ds.sources[0].rows, 6);
    // Missing values are empty; the extra 99 is in no column.
    assert_eq!(
        values(&ds, "spend"),
        [10.0, 5.0, 7.0, 3.0, 1.0, 2.0].map(Some).to_vec()
    );
    assert_eq!(
        values(&ds, "revenue"),
        vec![Some(20.0), None, Some(14.0), Some(6.0), None, Some(4.0)]
    );
    // By hand: spend 10 + 5 + 7 + 3 + 1 + 2 = 28, revenue 20 + 14 + 6 + 4 = 44.
    let sum = |c: &str| values(&ds, c).into_iter().flatten().sum::<f64>();
    assert_eq!(sum("spend"), 28.0);
    assert_eq!(sum("revenue"), 44.0);
}

#[test]
fn a_file_that_fits_its_header_has_no_notes() {
    let (_dir, result) = load(
        "fits.csv",
        "date,channel,spend\n2024-09-01,A,1\n\n2024-09-02,A,\"2\"\n",
        false,
    );
    assert_eq!(
        result.expect("loads").sources[0].notes,
        Vec::<String>::new()
    );
}

#[test]
fn a_second_spend_column_is_noted_and_the_first_is_summed() {
    // `memo` twice feeds nothing, so nothing of it is lost and it is not noted.
    let text = "date,channel,Spend,memo,Spend,memo\n\
                2024-09-01,A,10,a,100,b\n\
                2024-09-02,A,20,c,200,d\n";
    let (_dir, result) = load("dup.csv", text, false);
    let ds = result.expect("loads");
    assert_eq!(
        ds.sources[0].notes,
        vec!["column \"Spend\" appears 2 times (columns 3 and 5); the first is used".to_owned()]
    );
    // 10 + 20, not 100 + 200.
    assert_eq!(values(&ds, "spend"), vec![Some(10.0), Some(20.0)]);
}

#[test]
fn a_synonym_of_a_mapped_header_is_noted_and_the_first_is_summed() {
    let text = "日期,渠道,花费,花费(元)\n2024-09-01,朋友圈,10,100\n2024-09-02,朋友圈,20,200\n";
    let (_dir, result) = load("synonym.csv", text, false);
    let ds = result.expect("loads");
    assert_eq!(
        ds.sources[0].notes,
        vec![
            "\"花费(元)\" also reads as spend; \"花费\" is used (pick another in the column \
             mapping)"
                .to_owned()
        ]
    );
    assert_eq!(values(&ds, "spend"), vec![Some(10.0), Some(20.0)]);
    let (_dir, result) = load("synonym.csv", text, true);
    let message = result.expect_err("strict").to_string();
    assert!(
        message.contains("synonym.csv: \"花费(元)\" also reads as spend"),
        "{message}"
    );
}

#[test]
fn strict_refuses_what_would_be_notes_naming_the_file_and_lines() {
    let (_dir, result) = load("ragged.csv", RAGGED, true);
    let err = result.expect_err("strict");
    assert!(matches!(&err, LoadError::Strict { path, .. } if path.ends_with("ragged.csv")));
    let message = err.to_string();
    for needle in [
        "ragged.csv: 2 rows have fewer fields than the header: lines 4, 8",
        "; 1 row has more fields than the header: line 5",
    ] {
        assert!(message.contains(needle), "{needle} missing: {message}");
    }
    let (_dir, result) = load(
        "dup.csv",
        "date,channel,spend,spend\n2024-09-01,A,1,2\n",
        true,
    );
    let message = result.expect_err("strict").to_string();
    assert!(
        message.contains("dup.csv: column \"spend\" appears 2 times (columns 3 and 4)"),
        "{message}"
    );
    // Strict loads a file that fits its header.
    let (_dir, result) = load("fits.csv", "date,channel,spend\n2024-09-01,A,1\n", true);
    result.expect("a regular file loads under strict");
}

#[test]
fn money_in_fen_is_scaled_to_yuan() {
    let text = "日期,渠道,花费(分),成交金额（分）,点击数\n\
                2024-09-01,朋友圈,12345,50000,7\n\
                2024-09-02,朋友圈,100,1,3\n";
    let (_dir, result) = load("fen.csv", text, false);
    let ds = result.expect("loads");
    // 123.45 + 1.00 yuan; 500.00 + 0.01 yuan; clicks untouched.
    assert_eq!(values(&ds, "spend"), vec![Some(123.45), Some(1.0)]);
    assert_eq!(values(&ds, "revenue"), vec![Some(500.0), Some(0.01)]);
    assert_eq!(values(&ds, "clicks"), vec![Some(7.0), Some(3.0)]);
    let scale = |field: &str| {
        ds.sources[0]
            .mapping
            .iter()
            .find(|m| m.field.name() == field)
            .map(|m| m.unit_scale)
    };
    assert_eq!(scale("spend"), Some(0.01));
    assert_eq!(scale("clicks"), Some(1.0));
}
