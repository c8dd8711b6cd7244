//! What the check for rows with fewer or more fields than the header costs: the tokenizer's
//! pass over a whole file, against the whole load of the same file.
//!
//! ```text
//! cargo run --release -p roi-lens-core --example bench_layout -- 1000000
//! ```

use std::time::Instant;

use roi_lens_core::data::{LoadOptions, load_files, ragged_records};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() -> anyhow::Result<()> {
    let rows: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("bench.csv");
    roi_lens_core::sample::write_benchmark_file(&path, rows)?;
    let text = std::fs::read_to_string(&path)?;
    println!("{rows} rows, {:.1} MB", text.len() as f64 / 1e6);
    let (mut check, mut load) = (Vec::new(), Vec::new());
    for run in 1..=5 {
        let start = Instant::now();
        let ragged = ragged_records(&text, 0, b',');
        let a = start.elapsed().as_secs_f64();
        assert!(ragged.short.is_empty() && ragged.long.is_empty());
        let start = Instant::now();
        let dataset = load_files(std::slice::from_ref(&path), &LoadOptions::default())?;
        let b = start.elapsed().as_secs_f64();
        drop(dataset);
        println!("run {run}: ragged-row check {a:.3} s, whole load {b:.3} s");
        check.push(a);
        load.push(b);
    }
    let (a, b) = (median(check), median(load));
    println!(
        "median: ragged-row check {a:.3} s of a {b:.3} s load ({:.0} %)",
        a / b * 100.0
    );
    Ok(())
}
