//! Filter changes on a large export, in the core (what the app's chart worker runs): load the
//! file, then six filter changes by channel and six by campaign (all channels but the first,
//! then all, alternately, as `bench_dashboard` does), each timed to its charts computed and to
//! its statistics computed; and the process's peak memory.
//!
//! `cargo run --release -p roi-lens-core --example bench_filters -- FILE`

use std::time::Instant;

use roi_lens_core::dashboard::{
    ChartQuery, DatasetFacts, StatsRequest, View, compute_charts, compute_statistics,
};
use roi_lens_core::data::{LoadOptions, load_files};
use roi_lens_core::metrics::GroupKey;

#[path = "support/memory.rs"]
mod memory;
use memory::peak_mb;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> anyhow::Result<()> {
    let file = std::path::PathBuf::from(std::env::args().nth(1).expect("FILE"));
    let size_mb = std::fs::metadata(&file)?.len() / 1_000_000;
    let started = Instant::now();
    let ds = load_files(std::slice::from_ref(&file), &LoadOptions::default())?;
    let facts = DatasetFacts::of(&ds);
    let first = compute_charts(&ds, &View::default().query())?;
    println!(
        "{} ({size_mb} MB, {} rows): loaded and charted in {:.2} s, peak {} MB",
        file.display(),
        facts.rows,
        started.elapsed().as_secs_f64(),
        peak_mb()
    );
    drop(first);
    let stats = StatsRequest {
        uncertainty: true,
        baseline: None,
        compare: None,
    };
    for key in [GroupKey::Channel, GroupKey::Campaign] {
        let (mut charts, mut with_stats) = (Vec::new(), Vec::new());
        for round in 0..6 {
            let mut query = ChartQuery {
                group_by: key,
                ..ChartQuery::default()
            };
            if round % 2 == 0 {
                query.filters.channels = facts.channels.iter().skip(1).cloned().collect();
            }
            let t = Instant::now();
            let data = compute_charts(&ds, &query)?;
            charts.push(t.elapsed().as_secs_f64());
            compute_statistics(&ds, &data, &stats)?;
            with_stats.push(t.elapsed().as_secs_f64());
        }
        println!(
            "by {} : filter change → charts computed median {:.0} ms (worst {:.0}), with \
             statistics median {:.0} ms; peak so far {} MB",
            key.name(),
            median(charts.clone()) * 1000.0,
            charts.iter().copied().fold(0.0, f64::max) * 1000.0,
            median(with_stats) * 1000.0,
            peak_mb()
        );
    }
    Ok(())
}
