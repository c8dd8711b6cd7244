//! Dashboard benchmark, headless (no window, no GPU): the time from opening an N-row export to
//! a drawn dashboard, the CPU time of one dashboard frame once it is loaded, and the time from
//! changing a filter to the new charts drawn (grouped by channel, then by campaign).
//!
//! ```text
//! cargo run --release --example bench_dashboard -- --rows 1000000
//! cargo run --release --example bench_dashboard -- --file big.csv --frames 200
//! cargo run --release --example bench_dashboard -- --file clickhouse://host/db/table
//! ```

use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::Parser;
use roi_lens::app::{Command, PendingWork, PlanWork, Prefs, RoiLensApp};
use roi_lens::dashboard::View;
use roi_lens::metrics::GroupKey;

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
    cpu_time_of("/proc/self/stat")
}

/// The CPU time of the calling thread alone: the frame without the workers (the planner's
/// intervals may still run beside the timed frames).
fn thread_cpu_time() -> Duration {
    cpu_time_of("/proc/thread-self/stat")
}

fn cpu_time_of(stat_path: &str) -> Duration {
    let stat = std::fs::read_to_string(stat_path).unwrap_or_default();
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

#[path = "../crates/core/examples/support/memory.rs"]
mod memory;
use memory::{peak_mb, reset_peak};

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
            roi_lens::sample::write_benchmark_file(&path, args.rows)?;
            path
        }
    };
    // A ClickHouse table (`--file clickhouse://…`) has no size here.
    let size_mb = std::fs::metadata(&file).map_or(0.0, |m| m.len() as f64 / 1e6);
    let ctx = egui::Context::default();
    let opened = Instant::now();
    let mut app = RoiLensApp::new(&ctx, Prefs::default(), vec![file.clone()])?;
    settle(&ctx, &mut app, Until::Charts)?;
    let to_dashboard = opened.elapsed();
    let open_peak = peak_mb();
    settle(&ctx, &mut app, Until::Idle)?;
    let to_statistics = opened.elapsed();
    settle(&ctx, &mut app, Until::Planned)?;
    let to_plan = opened.elapsed();
    let opened_peak = peak_mb();
    // Warm up (font atlas, layout caches), then time.
    for _ in 0..5 {
        frame(&ctx, &mut app);
    }
    let cpu_before = cpu_time();
    let thread_before = thread_cpu_time();
    let wall_before = Instant::now();
    for _ in 0..args.frames {
        frame(&ctx, &mut app);
    }
    let cpu = cpu_time() - cpu_before;
    let thread_cpu = thread_cpu_time() - thread_before;
    let wall = wall_before.elapsed();
    // Filter changes: each one a new view, timed until its charts are drawn.
    let mut latencies = Vec::new();
    for key in [GroupKey::Channel, GroupKey::Campaign] {
        reset_peak();
        let mut view = app.view.clone();
        view.group_by = key;
        app.push(Command::SetView(view.clone()));
        settle(&ctx, &mut app, Until::Idle)?;
        let (times, with_stats) = filter_changes(&ctx, &mut app, &view, Until::Idle)?;
        // Rapid changes: the next one comes as soon as the charts are drawn, while the last
        // view's statistics are still being computed (they must give way).
        let (rapid, _) = filter_changes(&ctx, &mut app, &view, Until::Charts)?;
        // The frames are timed with the plan's table drawn too (its intervals may still be
        // coming, on the planner's worker).
        settle(&ctx, &mut app, Until::Planned)?;
        let groups = app.dashboard.as_ref().map_or(0, |d| d.groups.len());
        let peak = peak_mb();
        let cpu_before = cpu_time();
        let thread_before = thread_cpu_time();
        for _ in 0..args.frames {
            frame(&ctx, &mut app);
        }
        let frames = f64::from(args.frames);
        let frame_ms = (cpu_time() - cpu_before).as_secs_f64() * 1000.0 / frames;
        let thread_ms = (thread_cpu_time() - thread_before).as_secs_f64() * 1000.0 / frames;
        latencies.push((
            key,
            groups,
            median_and_worst(times),
            median_and_worst(with_stats),
            median_and_worst(rapid),
            (frame_ms, thread_ms),
            peak,
        ));
    }
    println!(
        "file: {} ({size_mb:.1} MB, {} rows)",
        file.display(),
        app.facts.rows
    );
    println!(
        "open → dashboard drawn: {:.3} s, peak {open_peak} MB (statistics drawn at {:.3} s, \
         budget plan at {:.3} s, peak by then {opened_peak} MB)",
        to_dashboard.as_secs_f64(),
        to_statistics.as_secs_f64(),
        to_plan.as_secs_f64(),
    );
    println!(
        "dashboard frame: {:.2} ms CPU ({:.2} ms on the UI thread), {:.2} ms wall (mean of {} \
         frames, 1600×1000)",
        cpu.as_secs_f64() * 1000.0 / f64::from(args.frames),
        thread_cpu.as_secs_f64() * 1000.0 / f64::from(args.frames),
        wall.as_secs_f64() * 1000.0 / f64::from(args.frames),
        args.frames
    );
    for (key, groups, charts, stats, rapid, (frame_ms, thread_ms), peak) in latencies {
        println!(
            "by {} ({groups} groups): filter change → new charts drawn: median {:.0} ms, worst \
             {:.0} ms; statistics drawn: median {:.0} ms, worst {:.0} ms; changes while \
             statistics run → charts: median {:.0} ms, worst {:.0} ms (6 changes each); frame \
             {frame_ms:.2} ms CPU ({thread_ms:.2} ms on the UI thread); peak while changing \
             {peak} MB",
            key.name(),
            charts.0 * 1000.0,
            charts.1 * 1000.0,
            stats.0 * 1000.0,
            stats.1 * 1000.0,
            rapid.0 * 1000.0,
            rapid.1 * 1000.0,
        );
    }
    Ok(())
}

/// Six filter changes from `view`, alternating all channels but the first and all of them:
/// the seconds from each change to its charts drawn, and to `then` (when that is statistics
/// drawn) before the next change.
fn filter_changes(
    ctx: &egui::Context,
    app: &mut RoiLensApp,
    view: &View,
    then: Until,
) -> anyhow::Result<(Vec<f64>, Vec<f64>)> {
    let (mut charts, mut after) = (Vec::new(), Vec::new());
    for round in 0..6 {
        let mut view = view.clone();
        if round % 2 == 0 {
            view.filters.channels = app.facts.channels.iter().skip(1).cloned().collect();
        }
        let started = Instant::now();
        app.push(Command::SetView(view));
        settle(ctx, app, Until::Charts)?;
        charts.push(started.elapsed().as_secs_f64());
        settle(ctx, app, then)?;
        after.push(started.elapsed().as_secs_f64());
    }
    Ok((charts, after))
}

fn median_and_worst(mut times: Vec<f64>) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[times.len() - 1])
}

#[derive(Clone, Copy, PartialEq)]
enum Until {
    /// The charts are drawn (statistics may still be coming).
    Charts,
    /// The charts and their statistics are drawn (the budget planner may still be working).
    Idle,
    /// The budget plan is made too (its intervals may still be coming).
    Planned,
}

/// Frames until the app has reached `until`, then one more to draw the result.
/// While waiting, frames come as a 60 Hz display asks for them (eframe waits for vsync): a
/// loop drawing as fast as it can would take a core from the workers it waits for. Times are
/// therefore up to one frame late.
const FRAME: Duration = Duration::from_millis(16);

fn settle(ctx: &egui::Context, app: &mut RoiLensApp, until: Until) -> anyhow::Result<()> {
    frame(ctx, app);
    // The charts and their statistics; the budget planner's worker only for `Planned` (it
    // gives way to the charts, and its intervals by campaign take minutes).
    let reached = |app: &RoiLensApp| match (&app.pending, until) {
        (None, Until::Planned) => {
            app.plan.is_some() && !matches!(app.plan_pending, Some((_, PlanWork::Planning)))
        }
        (None, _) => app.dashboard.is_some(),
        (Some(p), Until::Charts) => matches!(p.what, PendingWork::Statistics),
        (Some(_), Until::Idle | Until::Planned) => false,
    };
    while !reached(app) {
        let started = Instant::now();
        frame(ctx, app);
        anyhow::ensure!(app.error.is_none(), "{:?}", app.error);
        std::thread::sleep(FRAME.saturating_sub(started.elapsed()));
    }
    frame(ctx, app);
    Ok(())
}
