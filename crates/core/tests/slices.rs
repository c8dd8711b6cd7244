//! A large text file is read in slices (`LoadOptions::slice_bytes`): the same columns, notes
//! and errors as a whole read, whatever falls on a slice's edge. Slices are made tiny here so
//! that small files cross many edges.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use roi_lens_core::data::{Dataset, LoadError, LoadOptions, load_files};

fn load_in(paths: &[PathBuf], slice_bytes: usize) -> Result<Dataset, LoadError> {
    let options = LoadOptions {
        slice_bytes: Some(slice_bytes),
        ..LoadOptions::default()
    };
    load_files(paths, &options)
}

/// Loads `paths` whole and in slices of each size; asserts the same dataset each way and
/// returns how many slices the first size read the first file in.
fn same_in_slices(paths: &[PathBuf], sizes: &[usize]) -> usize {
    let whole = load_in(paths, usize::MAX).expect("whole read");
    assert!(whole.sources.iter().all(|s| s.slices == 1));
    let mut slices = 0;
    for &size in sizes {
        let sliced = load_in(paths, size).expect("sliced read");
        assert!(
            sliced.frame.equals_missing(&whole.frame),
            "slices of {size} bytes:\n{}\nwhole:\n{}",
            sliced.frame,
            whole.frame
        );
        for (s, w) in sliced.sources.iter().zip(&whole.sources) {
            let mut s = s.clone();
            s.slices = 1;
            assert_eq!(&s, w, "slices of {size} bytes");
        }
        assert_eq!(sliced.raw_channels, whole.raw_channels);
        assert_eq!(sliced.currency, whole.currency);
        if slices == 0 {
            slices = sliced.sources[0].slices;
        }
    }
    slices
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

/// `rows` rows of a plain English export, each with a campaign name from `campaign(i)`.
fn export(rows: usize, campaign: impl Fn(usize) -> String) -> String {
    let mut text = String::from("date,channel,campaign,spend,clicks,revenue\n");
    for i in 0..rows {
        let _ = writeln!(
            text,
            "2024-07-{:02},{},{},{}.{:02},{},{}",
            1 + i % 28,
            ["朋友圈", "Douyin", "小红书"][i % 3],
            campaign(i),
            10 + i % 97,
            i % 100,
            i % 13,
            (i * 7) % 1000
        );
    }
    text
}

#[test]
fn the_samples_read_in_slices_as_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    roi_lens_core::sample::write_samples(dir.path()).expect("samples");
    for name in roi_lens_core::sample::SAMPLE_FILES {
        let path = dir.path().join(name);
        // GBK with a title above the header and a totals row; UTF-8 with a BOM; plain UTF-8.
        let slices = same_in_slices(std::slice::from_ref(&path), &[300, 4096]);
        assert!(slices > 10, "{name} read in {slices} slices");
    }
    let all: Vec<PathBuf> = roi_lens_core::sample::SAMPLE_FILES
        .iter()
        .map(|n| dir.path().join(n))
        .collect();
    same_in_slices(&all, &[1000]);
}

#[test]
fn quoted_newlines_and_quotes_across_slice_edges() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = export(400, |i| match i % 4 {
        0 => format!("\"Autumn\nLaunch {i}\""),
        1 => format!("\"Say \"\"hi\"\", {i}\""),
        _ => format!("Plan {i}"),
    });
    let path = write(dir.path(), "quoted.csv", text);
    let slices = same_in_slices(&[path], &[97, 256, 1000]);
    assert!(slices > 20);
}

#[test]
fn a_messy_number_far_down_reads_the_same() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Plain numbers in the first slices (parsed by Polars' reader), then `"1,234.50"` and a
    // blank line, which the cleaning reads.
    let mut text = export(300, |i| format!("Plan {i}"));
    text.push_str("2024-07-02,Douyin,Late,\"1,234.50\",3,9\n\n2024-07-03,Douyin,Late,5,1,2\n");
    let path = write(dir.path(), "messy.csv", text);
    let slices = same_in_slices(&[path], &[500]);
    assert!(slices > 5);
}

#[test]
fn a_totals_row_and_gbk_names_in_a_later_slice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = String::from("广告报表\n日期,广告版位,计划名称,花费(元),点击数\n");
    for i in 0..300 {
        let _ = writeln!(
            text,
            "2024-09-{:02},朋友圈,计划{i},\"1,2{:02}.5\",{i}",
            1 + i % 28,
            i % 100
        );
    }
    text.push_str("合计,,,\"99,999.0\",1\n");
    let (gbk, _, _) = encoding_rs::GBK.encode(&text);
    let path = write(dir.path(), "gbk.csv", gbk);
    let slices = same_in_slices(std::slice::from_ref(&path), &[400]);
    assert!(slices > 5);
    let ds = load_in(&[path], 400).expect("sliced");
    assert_eq!(ds.sources[0].totals_rows_dropped, 1);
    assert_eq!(ds.sources[0].rows, 300);
}

/// The errors of a sliced read are a whole read's, with the same line.
#[test]
fn errors_far_down_name_the_same_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = [
        ("bad_cell.csv", "2024-07-02,Douyin,Late,12abc,3,9\n"),
        ("stray_quote.csv", "2024-07-02,Douyin,La\"te,1,3,9\n"),
        ("bad_date.csv", "2024-13-45,Douyin,Late,1,3,9\n"),
    ];
    for (name, bad_row) in cases {
        let mut text = export(250, |i| format!("Plan {i}"));
        text.push_str(bad_row);
        text.push_str(&export(50, |i| format!("After {i}"))[43..]);
        let path = write(dir.path(), name, text);
        let whole = load_in(std::slice::from_ref(&path), usize::MAX).expect_err(name);
        let sliced = load_in(&[path], 300).expect_err(name);
        assert_eq!(sliced.to_string(), whole.to_string());
        assert!(whole.to_string().contains("252"), "{whole}");
    }
}

/// A row with fewer fields or another currency in a later slice: the notes and the currency
/// are those of the whole file.
#[test]
fn what_a_later_slice_says_is_said_for_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut short = export(300, |i| format!("Plan {i}"));
    short.push_str("2024-07-02,Douyin,Short,1\n");
    let short = write(dir.path(), "short.csv", short);
    same_in_slices(std::slice::from_ref(&short), &[300]);
    let ds = load_in(&[short], 300).expect("loads");
    assert_eq!(ds.sources[0].notes.len(), 1, "{:?}", ds.sources[0].notes);

    let mut currencies = String::from("date,channel,spend,currency\n");
    for i in 0..300 {
        let code = if i < 250 { "CNY" } else { "USD" };
        let _ = writeln!(currencies, "2024-07-{:02},A,{i},{code}", 1 + i % 28);
    }
    let currencies = write(dir.path(), "currencies.csv", currencies);
    same_in_slices(&[currencies], &[300]);
}

/// Loading tells how far it is by bytes: a large file moves on after each slice, a small one
/// when it is done, and the last word is every byte of every file.
#[test]
fn progress_moves_on_slice_by_slice() {
    use roi_lens_core::data::{LoadProgress, load_files_with_progress};

    let dir = tempfile::tempdir().expect("temp dir");
    let big = write(
        dir.path(),
        "big.csv",
        export(2_000, |i| format!("c{}", i % 7)),
    );
    let small = write(dir.path(), "small.csv", export(10, |_| "s".into()));
    let (big_size, small_size) = (
        std::fs::metadata(&big).expect("size").len(),
        std::fs::metadata(&small).expect("size").len(),
    );
    let options = LoadOptions {
        slice_bytes: Some(16 << 10),
        ..LoadOptions::default()
    };
    let mut seen: Vec<LoadProgress> = Vec::new();
    let ds =
        load_files_with_progress(&[big, small], &options, &mut |p| seen.push(p)).expect("loads");
    let slices = ds.sources[0].slices;
    assert!(slices > 3, "{slices} slices");
    let total = big_size + small_size;
    assert!(
        seen.iter()
            .all(|p| p.bytes_total == total && p.files_total == 2)
    );
    assert!(seen.windows(2).all(|w| w[0].bytes_done <= w[1].bytes_done));
    // Before the big file, after each of its slices, before the small one, at the end.
    assert_eq!(seen.len(), 1 + slices + 1 + 1, "{seen:?}");
    assert_eq!(seen[0].bytes_done, 0);
    assert_eq!(
        seen[slices].bytes_done, big_size,
        "the big file's last slice"
    );
    assert_eq!(seen[slices + 1].files_done, 1);
    let last = seen.last().expect("progress");
    assert_eq!((last.files_done, last.bytes_done), (2, total));
}
