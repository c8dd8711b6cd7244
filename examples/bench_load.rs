//! Loader benchmark, in process: Polars' own CSV read of a file against ROI Lens' load of it
//! (encoding check, header mapping, cleaning), and the per-channel summary after it. Prints
//! every run, the medians, and our overhead over the raw read.
//!
//! ```text
//! cargo run --release --example bench_load -- --rows 1000000
//! cargo run --release --example bench_load -- --file big.csv --runs 7
//! ```

use std::path::PathBuf;
use std::time::Instant;

use clap::Parser;
use polars::prelude::*;
use roi_lens::data::{LoadOptions, load_files};
use roi_lens::metrics::{GroupKey, Query, summarize};

#[derive(Parser)]
struct Args {
    /// Generate an English-shaped file with this many rows (ignored with --file).
    #[arg(long, default_value_t = 1_000_000)]
    rows: usize,
    /// Use this export instead of generating one.
    #[arg(long)]
    file: Option<PathBuf>,
    /// Timed runs of each step (after one untimed warm-up).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Read text files in slices of this many MB (0 = whole; default: the loader's own).
    #[arg(long)]
    slice_mb: Option<usize>,
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

fn timed<T>(f: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<(f64, T)> {
    let start = Instant::now();
    let out = f()?;
    Ok((start.elapsed().as_secs_f64(), out))
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let dir = tempfile::tempdir()?;
    let file = match args.file {
        Some(f) => f,
        None => {
            let path = dir.path().join("bench.csv");
            roi_lens::sample::write_benchmark_file(&path, args.rows)?;
            path
        }
    };
    let size_mb = std::fs::metadata(&file)?.len() as f64 / 1e6;
    // Polars' raw read: the whole file, types inferred, nothing cleaned or checked.
    let raw = || {
        timed(|| {
            Ok(CsvReadOptions::default()
                .with_has_header(true)
                .try_into_reader_with_file_path(Some(file.clone()))?
                .finish()?
                .height())
        })
    };
    let options = LoadOptions {
        slice_bytes: args
            .slice_mb
            .map(|mb| if mb == 0 { usize::MAX } else { mb << 20 }),
        ..LoadOptions::default()
    };
    let ours = || timed(|| Ok(load_files(std::slice::from_ref(&file), &options)?));
    let query = Query {
        group_by: vec![GroupKey::Channel],
        filters: Default::default(),
    };
    let (_, rows) = raw()?;
    let (_, dataset) = ours()?;
    println!(
        "file: {} ({size_mb:.1} MB, {rows} rows), {} runs",
        file.display(),
        args.runs
    );
    let (mut t_raw, mut t_ours, mut t_summary) = (Vec::new(), Vec::new(), Vec::new());
    for run in 1..=args.runs {
        // Alternate so neither always runs with a warmer cache.
        let (a, _) = raw()?;
        let (b, ds) = ours()?;
        let (c, _) = timed(|| Ok(summarize(&ds, &query)?))?;
        println!("run {run}: polars raw read {a:.3} s, roi-lens load {b:.3} s, summary {c:.3} s");
        t_raw.push(a);
        t_ours.push(b);
        t_summary.push(c);
    }
    drop(dataset);
    let (raw_med, ours_med) = (median(t_raw), median(t_ours));
    println!("median: polars raw read {raw_med:.3} s");
    println!(
        "median: roi-lens load {ours_med:.3} s ({:+.0} % over the raw read; target <= +25 %)",
        (ours_med / raw_med - 1.0) * 100.0
    );
    println!("median: per-channel summary {:.3} s", median(t_summary));
    Ok(())
}
