//! Cohort table timing on a synthetic event log: N events of N/5 users over 90 days, loaded
//! from CSV and tabled by channel and day.
//!
//! ```text
//! cargo run --release -p roi-lens-core --example bench_cohorts -- 10000000 [columns|rows] [FILE]
//! ```
//!
//! `columns` (the default) loads with `load_event_table` and tables with `cohort_table_of`;
//! `rows` goes through `load_events` and `cohort_table`, as the CLI does. The file is written
//! once (to `FILE`, kept for the next run, or to a temporary directory) without holding it in
//! memory, so the peak RSS measured with `/usr/bin/time -v` is the loading and the table's.
//! The digest line sums the rows, to compare results across versions.

use std::io::Write as _;
use std::time::Instant;

use roi_lens_core::cohorts::{CohortRow, CohortSettings, cohort_table, cohort_table_of};
use roi_lens_core::data::events::{load_event_table, load_events};

fn write_log(path: &std::path::Path, events: u64) -> anyhow::Result<u64> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(out, "user_id,event_time,event,amount,channel")?;
    let channels = [
        "Douyin",
        "Kuaishou",
        "Mini Programs",
        "Video Accounts",
        "Xiaohongshu",
    ];
    let mut seed = 0x5eed_u64;
    let users = (events / 5).max(1);
    for i in 0..events {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let user = (seed >> 20) % users;
        // A user's start day from its id; later events up to 30 days after.
        let day = (user % 90) as i64 + ((seed >> 40) % 31) as i64 * i64::from(!i.is_multiple_of(3));
        let at = 1_719_763_200 + day * 86_400 + ((seed >> 8) % 86_400) as i64;
        let amount = if seed.is_multiple_of(10) { "30.00" } else { "" };
        writeln!(
            out,
            "u{user},{at},{},{amount},{}",
            if i.is_multiple_of(3) {
                "install"
            } else {
                "open"
            },
            channels[(user % 5) as usize]
        )?;
    }
    out.flush()?;
    Ok(std::fs::metadata(path)?.len())
}

/// Users, returns and amounts over all rows: equal digests, equal tables.
fn digest(rows: &[CohortRow]) -> (usize, usize, f64) {
    let users = rows.iter().map(|r| r.users).sum();
    let back = rows
        .iter()
        .flat_map(|r| r.retained.iter().flatten())
        .map(|(b, _)| b)
        .sum();
    let amount = rows.iter().flat_map(|r| r.amount_through.iter()).sum();
    (users, back, amount)
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let events: u64 = args
        .next()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(1_000_000);
    let rows_path = match args.next().as_deref() {
        None | Some("columns") => false,
        Some("rows") => true,
        Some(other) => anyhow::bail!("columns or rows, not {other}"),
    };
    let dir = tempfile::tempdir()?;
    let path = args
        .next()
        .map_or_else(|| dir.path().join("events.csv"), std::path::PathBuf::from);
    let bytes = if path.exists() {
        std::fs::metadata(&path)?.len()
    } else {
        write_log(&path, events)?
    };
    println!("{events} events, {:.1} MB", bytes as f64 / 1e6);
    let tz = chrono::FixedOffset::east_opt(8 * 3600).expect("offset");
    for run in 1..=3 {
        let start = Instant::now();
        let (loaded, rows) = if rows_path {
            let log = load_events(&path, tz)?;
            let loaded = start.elapsed().as_secs_f64();
            (loaded, cohort_table(&log, &CohortSettings::default()))
        } else {
            let table = load_event_table(&path, tz)?;
            let loaded = start.elapsed().as_secs_f64();
            (loaded, cohort_table_of(&table, &CohortSettings::default()))
        };
        let total = start.elapsed().as_secs_f64();
        println!(
            "run {run}: loaded in {loaded:.2} s, table ({} rows) at {total:.2} s; digest {:?}",
            rows.len(),
            digest(&rows)
        );
    }
    Ok(())
}
