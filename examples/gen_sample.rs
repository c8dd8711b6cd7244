//! Writes the bundled sample data, or a large English-shaped file for benchmarks.
//!
//! ```text
//! cargo run --example gen_sample                       # rewrite sample_data/
//! cargo run --release --example gen_sample -- --rows 1000000 --out big.csv
//! ```

use std::path::PathBuf;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// Write one English-shaped file with exactly this many data rows instead of the samples.
    #[arg(long)]
    rows: Option<usize>,
    /// Output directory (samples) or file (with --rows).
    #[arg(long)]
    out: Option<PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    match args.rows {
        None => {
            let dir = args.out.unwrap_or_else(|| PathBuf::from("sample_data"));
            roi_lens::sample::write_samples(&dir)?;
            eprintln!("wrote the sample files to {}", dir.display());
        }
        Some(rows) => {
            let out = args
                .out
                .unwrap_or_else(|| PathBuf::from(format!("campaigns_{rows}.csv")));
            roi_lens::sample::write_benchmark_file(&out, rows)?;
            eprintln!("wrote {rows} rows to {}", out.display());
        }
    }
    Ok(())
}
