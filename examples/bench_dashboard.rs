//! Dashboard benchmark, headless (no window, no GPU): the time from opening an N-row export to
//! a drawn dashboard, and the CPU time of one dashboard frame once it is loaded.
//!
//! ```text
//! cargo run --release --example bench_dashboard -- --rows 1000000
//! cargo run --release --example bench_dashboard -- --file big.csv --frames 200
//! ```

use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::Parser;
use roi_lens::app::{Prefs, RoiLensApp};

#[derive(Parser)]
struct Args {
    /// Generate an English-shaped file with this many rows (ignored with --file).
    #[arg(long, default_value_t = 1_000_000)]
    rows: usize,
    /// Use this export instead of generating one.
    #[arg(long)]
    file: Option<PathBuf>,
    /// Frames to time once loaded.
    #[arg(long, default_value_t = 100)]
    frames: u32,
}

fn cpu_time() -> Duration {
    // User + system CPU time of this process, from /proc (Linux).
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks: u64 = fields.get(11).and_then(|v| v.parse().ok()).unwrap_or(0)
        + fields.get(12).and_then(|v| v.parse().ok()).unwrap_or(0);
    Duration::from_millis(ticks * 10)
}

fn frame(ctx: &egui::Context, app: &mut RoiLensApp) {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1600.0, 1000.0),
        )),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.frame(ui));
    // No GPU here: the font atlas updates have nowhere to go.
    output.textures_delta.clear();
    // Tessellation is part of a frame's CPU cost.
    let shapes = std::mem::take(&mut output.shapes);
    let _ = ctx.tessellate(shapes, output.pixels_per_point);
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let dir = tempfile::tempdir()?;
    let file = match args.file {
        Some(f) => f,
        None => {
            let path = dir.path().join("bench.csv");
            let rows = roi_lens::sample::english_rows(Some(args.rows));
            std::fs::write(&path, roi_lens::sample::english_csv(&rows))?;
            path
        }
    };
    let size_mb = std::fs::metadata(&file)?.len() as f64 / 1e6;
    let ctx = egui::Context::default();
    let opened = Instant::now();
    let mut app = RoiLensApp::new(&ctx, Prefs::default(), vec![file.clone()])?;
    while app.is_busy() || app.dashboard.is_none() {
        frame(&ctx, &mut app);
        std::thread::sleep(Duration::from_millis(1));
        anyhow::ensure!(app.error.is_none(), "{:?}", app.error);
    }
    frame(&ctx, &mut app);
    let to_dashboard = opened.elapsed();
    // Warm up (font atlas, layout caches), then time.
    for _ in 0..5 {
        frame(&ctx, &mut app);
    }
    let cpu_before = cpu_time();
    let wall_before = Instant::now();
    for _ in 0..args.frames {
        frame(&ctx, &mut app);
    }
    let cpu = cpu_time() - cpu_before;
    let wall = wall_before.elapsed();
    println!(
        "file: {} ({size_mb:.1} MB, {} rows)",
        file.display(),
        app.facts.rows
    );
    println!(
        "open → dashboard drawn: {:.3} s",
        to_dashboard.as_secs_f64()
    );
    println!(
        "dashboard frame: {:.2} ms CPU, {:.2} ms wall (mean of {} frames, 1600×1000)",
        cpu.as_secs_f64() * 1000.0 / f64::from(args.frames),
        wall.as_secs_f64() * 1000.0 / f64::from(args.frames),
        args.frames
    );
    Ok(())
}
