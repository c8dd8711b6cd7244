//! The loader's quote handling through its one tokenizer: what Polars reads, the lines and
//! values error messages name.

use std::path::PathBuf;

use roi_lens_core::data::{Dataset, LoadError, LoadOptions, Location, load_files};

fn load(name: &str, text: &str) -> (tempfile::TempDir, Result<Dataset, LoadError>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path: PathBuf = dir.path().join(name);
    std::fs::write(&path, text).expect("write");
    let result = load_files(&[path], &LoadOptions::default());
    (dir, result)
}

fn spend(ds: &Dataset) -> Vec<Option<f64>> {
    ds.frame
        .column("spend")
        .expect("spend")
        .f64()
        .expect("f64")
        .iter()
        .collect()
}

#[test]
fn text_after_a_closing_quote_is_named_as_written() {
    let (_dir, result) = load("after.csv", "channel,campaign,spend\nA,\"ab\"c,1\nB,d,2\n");
    let message = result.expect_err("broken quoting").to_string();
    for needle in ["after.csv", "line 2", "\"campaign\"", "\"ab\"c"] {
        assert!(message.contains(needle), "{needle} missing: {message}");
    }
}

#[test]
fn an_unclosed_quote_names_the_line_it_opens_on() {
    let (_dir, result) = load("open.csv", "channel,spend\nA,1\n\"B,2\nC,3\n");
    let err = result.expect_err("unclosed");
    assert!(
        matches!(err, LoadError::UnclosedQuote { line: 3, .. }),
        "{err}"
    );
}

#[test]
fn numbers_are_sniffed_per_record_across_quoted_line_breaks() {
    let (_dir, result) = load(
        "notes.csv",
        "channel,note,spend\nA,\"two\nlines, 1\",5\nB,x,7\n",
    );
    let ds = result.expect("loads");
    assert_eq!(spend(&ds), [Some(5.0), Some(7.0)]);
}

#[test]
fn a_bad_cell_after_quoted_line_breaks_and_crlf_is_on_its_line() {
    let text = "channel,campaign,spend\r\nA,\"x\r\ny\",1\r\n\"B\",\"q \"\"z\"\"\",2\r\nC,w,abc\r\n";
    let (_dir, result) = load("crlf.csv", text);
    match result.expect_err("bad cell") {
        LoadError::BadCell {
            location, value, ..
        } => {
            assert_eq!(location, Location::Line(5));
            assert_eq!(value, "abc");
        }
        other => panic!("unexpected: {other}"),
    }
}
