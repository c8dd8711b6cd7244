//! Times the budget planner: fit + plan for 20 channels × 730 days (target: under 1 s in
//! release on a 2-core machine), then a 200-resample bootstrap for 5 channels × 365 days.
//!
//! `cargo run --release --example bench_plan`

use std::time::Instant;

use roi_lens_core::plan::{
    BootstrapSettings, Curve, FitSettings, Goal, PlanInput, PlanSettings, adstock, bootstrap, fit,
    plan,
};
use roi_lens_core::stats::SplitMix64;

/// Channels with known curves (some concave, some S-shaped, some with carry-over), daily spend
/// varying as a lognormal random walk, revenue with 8 % multiplicative noise.
fn simulate(channels: usize, days: usize, seed: u64) -> Vec<(Vec<f64>, Vec<f64>)> {
    let mut rng = SplitMix64::new(seed);
    (0..channels)
        .map(|g| {
            let mean = 500.0 * (1 + g % 7) as f64;
            let shape = [0.7, 1.0, 1.4, 2.2][g % 4];
            let theta = [0.0, 0.3, 0.6][g % 3];
            let truth = Curve::from_params(mean * 6.0, mean * (0.6 + 0.2 * (g % 5) as f64), shape);
            let mut walk = 0.0;
            let spend: Vec<f64> = (0..days)
                .map(|_| {
                    walk = 0.9 * walk + 0.25 * rng.normal();
                    mean * (walk + 0.35 * rng.normal()).exp()
                })
                .collect();
            let revenue = adstock(&spend, theta, 13)
                .iter()
                .map(|&a| truth.response(a) * (1.0 + 0.08 * rng.normal()))
                .collect();
            (spend, revenue)
        })
        .collect()
}

fn fit_and_plan(
    series: &[(Vec<f64>, Vec<f64>)],
    settings: &FitSettings,
) -> roi_lens_core::plan::Plan {
    let inputs: Vec<PlanInput> = series
        .iter()
        .map(|(spend, revenue)| PlanInput {
            today: spend.iter().sum::<f64>() / spend.len().max(1) as f64,
            fit: fit(spend, revenue, settings),
            locked: false,
        })
        .collect();
    plan(&inputs, Goal::CurrentTotal, &PlanSettings::default())
}

fn main() {
    let settings = FitSettings::default();

    let series = simulate(20, 730, 1);
    let mut times = Vec::new();
    let mut result = None;
    for _ in 0..5 {
        let start = Instant::now();
        result = Some(fit_and_plan(&series, &settings));
        times.push(start.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    if let Some(p) = &result {
        let fitted = p.rows.iter().filter(|r| r.mroi_now.is_some()).count();
        println!(
            "fit + plan, 20 channels × 730 days: median {:.1} ms (min {:.1}, max {:.1}); \
             {fitted}/20 fitted, gain {:.0}/day",
            times[2], times[0], times[4], p.gain
        );
    }

    let series = simulate(5, 365, 2);
    let p = fit_and_plan(&series, &settings);
    for threads in [1, 0] {
        let boot = BootstrapSettings {
            threads,
            ..BootstrapSettings::default()
        };
        let start = Instant::now();
        let out = bootstrap(&series, &p, &settings, &boot, &mut |_, _| true);
        let ms = start.elapsed().as_secs_f64() * 1e3;
        let label = if threads == 1 {
            "1 thread"
        } else {
            "all cores"
        };
        match out {
            Ok(iv) => println!(
                "bootstrap, 200 resamples × 5 channels × 365 days ({label}): {ms:.0} ms; gain 90 % \
                 interval {:?}",
                iv.gain
            ),
            Err(stopped) => println!("bootstrap stopped: {stopped:?}"),
        }
    }
}
