//! Cohort table timing on a synthetic event log: N events of N/5 users over 90 days, loaded
//! from CSV and tabled by channel and day.
//!
//! ```text
//! cargo run --release -p roi-lens-core --example bench_cohorts -- 1000000
//! ```

use std::fmt::Write as _;
use std::time::Instant;

use roi_lens_core::cohorts::{CohortSettings, cohort_table};
use roi_lens_core::data::events::load_events;

fn main() -> anyhow::Result<()> {
    let events: u64 = std::env::args()
        .nth(1)
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("events.csv");
    let mut text = String::from("user_id,event_time,event,amount,channel\n");
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
        let _ = writeln!(
            text,
            "u{user},{at},{},{amount},{}",
            if i.is_multiple_of(3) {
                "install"
            } else {
                "open"
            },
            channels[(user % 5) as usize]
        );
    }
    std::fs::write(&path, &text)?;
    println!("{events} events, {:.1} MB", text.len() as f64 / 1e6);
    drop(text);
    let tz = chrono::FixedOffset::east_opt(8 * 3600).expect("offset");
    for run in 1..=3 {
        let start = Instant::now();
        let log = load_events(&path, tz)?;
        let loaded = start.elapsed().as_secs_f64();
        let rows = cohort_table(&log, &CohortSettings::default());
        let total = start.elapsed().as_secs_f64();
        println!(
            "run {run}: loaded in {loaded:.2} s, table ({} rows) at {total:.2} s",
            rows.len()
        );
    }
    Ok(())
}
