//! The budget planner against hand values, finite differences, brute force and data simulated
//! from known curves.

use std::sync::atomic::{AtomicUsize, Ordering};

use roi_lens_core::metrics::GroupKey;
use roi_lens_core::plan::{
    BootstrapSettings, Curve, Fit, FitSettings, Goal, PlanInput, PlanNote, PlanSettings, Refusal,
    RowStatus, adstock, bootstrap, bootstrap_until, fit, plan, summarize_refusals,
};
use roi_lens_core::stats::SplitMix64;

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs().max(1e-12)
}

/// Daily spend around `mean`: lognormal with a slow random walk, so it varies a lot.
fn simulate_spend(rng: &mut SplitMix64, days: usize, mean: f64) -> Vec<f64> {
    let mut walk = 0.0;
    (0..days)
        .map(|_| {
            walk = 0.9 * walk + 0.25 * rng.normal();
            mean * (walk + 0.35 * rng.normal() - 0.1).exp()
        })
        .collect()
}

/// Revenue from a known curve with carry-over θ and multiplicative noise.
fn simulate_revenue(
    rng: &mut SplitMix64,
    spend: &[f64],
    curve: &Curve,
    theta: f64,
    noise: f64,
) -> Vec<f64> {
    adstock(spend, theta, 13)
        .iter()
        .map(|&a| curve.response(a) * (1.0 + noise * rng.normal()))
        .collect()
}

fn fitted(fit: &Fit) -> &Curve {
    match fit {
        Fit::Fitted(c) => c,
        Fit::Refused(r) => panic!("refused: {}", r.message()),
    }
}

fn input(today: f64, curve: Curve) -> PlanInput {
    PlanInput {
        today,
        fit: Fit::Fitted(curve),
        locked: false,
    }
}

#[test]
fn planner_md_test_vector() {
    let c = Curve::from_params(100_000.0, 10_000.0, 1.5);
    assert!((c.response(15_000.0) - 64_752.955).abs() < 1e-3);
    let (b, k, s) = (15_000.0f64, 10_000.0f64, 1.5f64);
    let hand = 100_000.0 * b.powf(s) / (b.powf(s) + k.powf(s));
    assert!((c.response(15_000.0) - hand).abs() < 1e-6);
    // Hand value: β·s·B^(s−1)·K^s / (B^s + K^s)².
    let hand = 100_000.0 * s * b.powf(s - 1.0) * k.powf(s) / (b.powf(s) + k.powf(s)).powi(2);
    assert!((c.marginal(15_000.0) - hand).abs() < 1e-9);
    assert!((c.marginal(15_000.0) - 2.282350).abs() < 1e-6);
    let avg = c.average_roi(15_000.0).expect("spend above zero");
    assert!((avg - 4.316864).abs() < 1e-6);
    assert_eq!(c.average_roi(0.0), None);
}

#[test]
fn derivative_matches_central_difference() {
    for s in [0.6, 1.0, 1.5, 2.8] {
        let c = Curve::from_params(50_000.0, 4_000.0, s);
        for b in [200.0, 1_500.0, 4_000.0, 9_000.0, 40_000.0] {
            let h = b * 1e-5;
            let numeric = (c.response(b + h) - c.response(b - h)) / (2.0 * h);
            assert!(
                close(c.marginal(b), numeric, 1e-6),
                "s={s} b={b}: {} vs {numeric}",
                c.marginal(b)
            );
        }
    }
    // The limits at zero spend.
    assert_eq!(Curve::from_params(1.0, 2.0, 1.0).marginal(0.0), 0.5);
    assert_eq!(Curve::from_params(1.0, 2.0, 2.0).marginal(0.0), 0.0);
}

#[test]
fn adstock_hand_values() {
    // Constant spend: once the window is full, adstock equals the spend.
    let constant = vec![250.0; 40];
    for theta in [0.0, 0.3, 0.8] {
        let a = adstock(&constant, theta, 13);
        assert!(a[13..].iter().all(|&v| close(v, 250.0, 1e-12)), "θ={theta}");
    }
    // θ = 0: identity.
    let x = [5.0, 0.0, 7.5, 1.0];
    assert_eq!(adstock(&x, 0.0, 13), x.to_vec());
    // θ = 0.5, L = 2: weights 1, 0.5, 0.25 over 1.75.
    let a = adstock(&[100.0, 200.0, 50.0], 0.5, 2);
    let hand = [
        100.0 / 1.75,
        (200.0 + 50.0) / 1.75,
        (50.0 + 100.0 + 25.0) / 1.75,
    ];
    for (got, want) in a.iter().zip(hand) {
        assert!(close(*got, want, 1e-12), "{got} vs {want}");
    }
}

#[test]
fn recovers_known_curves() {
    // (θ, β, K, s, noise): concave without carry-over, S-shaped with carry-over.
    let cases = [
        (0.0, 60_000.0, 9_000.0, 1.0, 0.05),
        (0.5, 80_000.0, 6_000.0, 1.6, 0.05),
        (0.3, 30_000.0, 2_000.0, 0.8, 0.08),
    ];
    for (seed, &(theta, beta, k, s, noise)) in cases.iter().enumerate() {
        let mut rng = SplitMix64::new(seed as u64 + 11);
        let spend = simulate_spend(&mut rng, 365, 5_000.0);
        let truth = Curve::from_params(beta, k, s);
        let revenue = simulate_revenue(&mut rng, &spend, &truth, theta, noise);
        let c = fitted(&fit(&spend, &revenue, &FitSettings::default())).clone();
        let today = spend.iter().sum::<f64>() / spend.len() as f64;
        assert!(close(c.mean_spend, today, 1e-12));
        assert!(
            close(c.marginal(today), truth.marginal(today), 0.10),
            "case {seed}: mROI {} vs truth {}",
            c.marginal(today),
            truth.marginal(today)
        );
        if noise <= 0.05 {
            assert_eq!(c.theta, theta, "case {seed}");
        }
        let lag = if c.theta > 0.0 { 13 } else { 0 };
        assert_eq!(c.days_used, 365 - lag);
        // Least squares should explain the days it used at least as well as the truth does.
        let truth_fit = adstock(&spend, theta, 13);
        let used = 365 - c.days_used..365;
        let mean = revenue[used.clone()].iter().sum::<f64>() / c.days_used as f64;
        let sst: f64 = revenue[used.clone()]
            .iter()
            .map(|y| (y - mean).powi(2))
            .sum();
        let sse: f64 = used
            .map(|t| (revenue[t] - truth.response(truth_fit[t])).powi(2))
            .sum();
        let truth_r2 = 1.0 - sse / sst;
        assert!(
            c.r2 >= truth_r2 - 0.01 && c.r2 <= 1.0,
            "R² {} vs truth {truth_r2}",
            c.r2
        );
        assert!(c.mape.is_some_and(|m| m < 0.15), "MAPE {:?}", c.mape);
    }
}

/// The best split of `budget` over three groups on a fine grid.
fn brute_force(curves: &[Curve], lo: &[f64], hi: &[f64], budget: f64) -> f64 {
    let n = 600;
    let mut best = f64::NEG_INFINITY;
    for i in 0..=n {
        let x0 = lo[0] + (hi[0] - lo[0]) * i as f64 / n as f64;
        for j in 0..=n {
            let x1 = lo[1] + (hi[1] - lo[1]) * j as f64 / n as f64;
            let x2 = budget - x0 - x1;
            if x2 < lo[2] || x2 > hi[2] {
                continue;
            }
            let r = curves[0].response(x0) + curves[1].response(x1) + curves[2].response(x2);
            best = best.max(r);
        }
    }
    best
}

#[test]
fn greedy_matches_brute_force() {
    let concave = vec![
        Curve::from_params(30_000.0, 2_000.0, 0.8),
        Curve::from_params(50_000.0, 6_000.0, 1.0),
        Curve::from_params(20_000.0, 1_000.0, 1.2),
    ];
    // The third group sits well below its steep part: one step at a time it looks worthless.
    let s_shaped = vec![
        Curve::from_params(30_000.0, 2_000.0, 0.8),
        Curve::from_params(50_000.0, 6_000.0, 1.0),
        Curve::from_params(90_000.0, 4_000.0, 3.0),
    ];
    let today = [1_500.0, 3_000.0, 2_600.0];
    for (curves, bounds) in [(&concave, 0.3), (&s_shaped, 0.3), (&s_shaped, 0.6)] {
        for scale in [0.8, 1.0, 1.2] {
            let inputs: Vec<PlanInput> = curves
                .iter()
                .zip(today)
                .map(|(c, t)| input(t, c.clone()))
                .collect();
            let budget = today.iter().sum::<f64>() * scale;
            let settings = PlanSettings {
                bounds,
                ..PlanSettings::default()
            };
            let p = plan(&inputs, Goal::Budget(budget), &settings);
            assert_eq!(p.note, None);
            let lo: Vec<f64> = p.rows.iter().map(|r| r.lo).collect();
            let hi: Vec<f64> = p.rows.iter().map(|r| r.hi).collect();
            let brute = brute_force(curves, &lo, &hi, budget);
            assert!(
                p.revenue_plan >= brute - 1e-5 * brute,
                "bounds {bounds} scale {scale}: greedy {} < brute {brute}",
                p.revenue_plan
            );
        }
    }
}

#[test]
fn bounds_locks_and_budget_hold() {
    let refused = Fit::Refused(Refusal::TooFewDays { days: 5 });
    let inputs = vec![
        input(1_000.0, Curve::from_params(30_000.0, 2_000.0, 0.8)),
        input(2_000.0, Curve::from_params(10_000.0, 500.0, 1.0)),
        PlanInput {
            today: 3_000.0,
            fit: Fit::Fitted(Curve::from_params(90_000.0, 4_000.0, 1.5)),
            locked: true,
        },
        PlanInput {
            today: 700.0,
            fit: refused.clone(),
            locked: false,
        },
        input(4_000.0, Curve::from_params(200_000.0, 9_000.0, 2.0)),
    ];
    let settings = PlanSettings::default();
    let total: f64 = inputs.iter().map(|g| g.today).sum();
    for budget in [total * 0.9, total, total * 1.1] {
        let p = plan(&inputs, Goal::Budget(budget), &settings);
        assert_eq!(p.note, None);
        assert!(
            close(p.total_plan, budget, 1e-12),
            "{} vs {budget}",
            p.total_plan
        );
        for (row, g) in p.rows.iter().zip(&inputs) {
            if g.locked || g.fit.curve().is_none() {
                assert_eq!(row.spend_plan, g.today);
            } else {
                assert!(close(row.lo, 0.7 * g.today, 1e-12) && close(row.hi, 1.3 * g.today, 1e-12));
                assert!(row.lo <= row.spend_plan && row.spend_plan <= row.hi);
            }
        }
        assert_eq!(p.rows[2].status, RowStatus::Locked);
        assert_eq!(
            p.rows[3].status,
            RowStatus::Refused(Refusal::TooFewDays { days: 5 })
        );
        assert_eq!(p.rows[3].revenue_now, None);
        assert!(close(p.gain, p.revenue_plan - p.revenue_now, 1e-12));
    }
    // Same total as today: the gain can only be positive (today is a feasible split).
    let same = plan(&inputs, Goal::CurrentTotal, &settings);
    assert!(close(same.total_plan, total, 1e-12));
    assert!(same.gain >= 0.0);
    // Below every lower bound: everyone free at lo, the overspend reported.
    let low = plan(&inputs, Goal::Budget(total * 0.5), &settings);
    let held = 3_000.0 + 700.0;
    let sum_lo = 0.7 * (1_000.0 + 2_000.0 + 4_000.0);
    match low.note {
        Some(PlanNote::BelowMinimum { overspend }) => {
            assert!(close(overspend, held + sum_lo - total * 0.5, 1e-12));
        }
        other => panic!("{other:?}"),
    }
    assert!(low.rows.iter().all(|r| r.spend_plan == r.lo));
    // Above every upper bound: everyone free at hi, the surplus unspent.
    let high = plan(&inputs, Goal::Budget(total * 2.0), &settings);
    match high.note {
        Some(PlanNote::AboveMaximum { unspent }) => {
            assert!(close(unspent, total * 2.0 - high.total_plan, 1e-12));
        }
        other => panic!("{other:?}"),
    }
    assert!(high.rows.iter().all(|r| r.spend_plan == r.hi));
}

#[test]
fn target_mode_stops_at_the_target() {
    let concave = Curve::from_params(50_000.0, 6_000.0, 1.0);
    let today = 3_000.0;
    let settings = PlanSettings::default();
    // Interior: the target lies between mROI at hi and at lo.
    let target = concave.marginal(today * 1.1);
    let p = plan(
        &[input(today, concave.clone())],
        Goal::TargetMroi(target),
        &settings,
    );
    assert!(close(p.rows[0].spend_plan, today * 1.1, 1e-9));
    assert!(close(p.rows[0].mroi_plan.expect("curve"), target, 1e-9));
    assert_eq!(p.budget, None);
    // Out of reach either way: at a bound.
    let p = plan(
        &[input(today, concave.clone())],
        Goal::TargetMroi(100.0),
        &settings,
    );
    assert_eq!(p.rows[0].spend_plan, 0.7 * today);
    let p = plan(&[input(today, concave)], Goal::TargetMroi(0.01), &settings);
    assert_eq!(p.rows[0].spend_plan, 1.3 * today);
    // S-shaped: mROI rises then falls; the largest spend with mROI ≥ target is the falling
    // crossing, not the rising one.
    let s_curve = Curve::from_params(100_000.0, 3_000.0, 3.0);
    let wide = PlanSettings {
        bounds: 0.9,
        ..settings
    };
    let target = s_curve.marginal(4_000.0);
    assert!(s_curve.marginal(1_000.0) < target && s_curve.marginal(2_500.0) > target);
    let p = plan(&[input(3_000.0, s_curve)], Goal::TargetMroi(target), &wide);
    assert!(
        close(p.rows[0].spend_plan, 4_000.0, 1e-6),
        "{}",
        p.rows[0].spend_plan
    );
}

#[test]
fn guardrails_refuse() {
    let settings = FitSettings::default();
    let spend = vec![1_000.0; 120];
    let revenue: Vec<f64> = (0..120).map(|d| 3_000.0 + (d % 7) as f64 * 100.0).collect();
    let f = fit(&spend, &revenue, &settings);
    match &f {
        Fit::Refused(Refusal::TooLittleVariation { cv }) => assert_eq!(*cv, 0.0),
        other => panic!("{other:?}"),
    }
    assert!(f.message().expect("refused").contains("spend never varied"));

    let mut rng = SplitMix64::new(3);
    let spend = simulate_spend(&mut rng, 20, 1_000.0);
    let revenue: Vec<f64> = spend.iter().map(|x| 3.0 * x).collect();
    assert_eq!(
        fit(&spend, &revenue, &settings),
        Fit::Refused(Refusal::TooFewDays { days: 20 })
    );
    // Plenty of days, but only 20 with spend.
    let mut padded = vec![0.0; 100];
    padded.extend(&spend);
    let revenue = vec![1.0; 120];
    assert_eq!(
        fit(&padded, &revenue, &settings),
        Fit::Refused(Refusal::TooFewDays { days: 20 })
    );
}

type Series = Vec<(Vec<f64>, Vec<f64>)>;

/// Each series fitted, at its mean spend, unlocked.
fn inputs_of(series: &Series, settings: &FitSettings) -> Vec<PlanInput> {
    series
        .iter()
        .map(|(s, r)| {
            let f = fit(s, r, settings);
            PlanInput {
                today: fitted(&f).mean_spend,
                fit: f,
                locked: false,
            }
        })
        .collect()
}

fn clean_case(groups: usize, days: usize) -> Series {
    let mut rng = SplitMix64::new(77);
    let mut series = Vec::new();
    for g in 0..groups {
        let mean = 2_000.0 * (g + 1) as f64;
        let truth = Curve::from_params(mean * 8.0, mean * (1.0 + 0.4 * g as f64), 1.0);
        let spend = simulate_spend(&mut rng, days, mean);
        let revenue = simulate_revenue(&mut rng, &spend, &truth, 0.0, 0.05);
        series.push((spend, revenue));
    }
    series
}

#[test]
fn bootstrap_is_deterministic_stoppable_and_covers_the_estimate() {
    let series = clean_case(3, 200);
    let settings = FitSettings::default();
    let inputs = inputs_of(&series, &settings);
    let p = plan(&inputs, Goal::CurrentTotal, &PlanSettings::default());
    let boot = BootstrapSettings {
        resamples: 60,
        ..BootstrapSettings::default()
    };
    let one = bootstrap(&series, &p, &settings, &boot, &mut |_, _| true).expect("not stopped");
    let two = bootstrap(&series, &p, &settings, &boot, &mut |_, _| true).expect("not stopped");
    assert_eq!(one, two);
    let serial = BootstrapSettings { threads: 1, ..boot };
    let three = bootstrap(&series, &p, &settings, &serial, &mut |_, _| true).expect("ran");
    assert_eq!(one, three);
    let other_seed = BootstrapSettings { seed: 1, ..boot };
    let four = bootstrap(&series, &p, &settings, &other_seed, &mut |_, _| true).expect("ran");
    assert_ne!(one, four);

    for row in one.rows.iter().zip(&p.rows) {
        let (iv, point) = row;
        let now = iv.mroi_now.expect("fitted");
        assert!(
            now.contains(point.mroi_now.expect("curve")),
            "{now:?} {point:?}"
        );
        let new = iv.mroi_plan.expect("fitted");
        assert!(
            new.contains(point.mroi_plan.expect("curve")),
            "{new:?} {point:?}"
        );
        assert_eq!(iv.draws, 60);
    }
    let gain = one.gain.expect("groups with curves");
    assert!(gain.contains(p.gain), "{gain:?} vs {}", p.gain);

    for threads in [1, 2] {
        let mut calls = Vec::new();
        let stopped = bootstrap(
            &series,
            &p,
            &settings,
            &BootstrapSettings { threads, ..boot },
            &mut |done, total| {
                calls.push((done, total));
                done < 3
            },
        );
        assert_eq!(stopped, Err(roi_lens_core::plan::Stopped { done: 3 }));
        assert_eq!(calls, vec![(0, 60), (1, 60), (2, 60), (3, 60)]);
    }

    // `stop` is asked before every group's refit, on every thread: a caller that waits in it
    // pauses the run without changing a digit, and a `true` stops it mid-resample.
    for threads in [1, 2] {
        let settings_t = BootstrapSettings { threads, ..boot };
        let asked = AtomicUsize::new(0);
        let paused = bootstrap_until(
            &series,
            &p,
            &settings,
            &settings_t,
            &mut |_, _| true,
            &|| {
                if asked.fetch_add(1, Ordering::SeqCst).is_multiple_of(50) {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                false
            },
        )
        .expect("not stopped");
        assert_eq!(paused, one);
        assert_eq!(
            asked.load(Ordering::SeqCst),
            60 * 3,
            "3 groups × 60 resamples"
        );
        let asked = AtomicUsize::new(0);
        let stopped = bootstrap_until(
            &series,
            &p,
            &settings,
            &settings_t,
            &mut |_, _| true,
            &|| asked.fetch_add(1, Ordering::SeqCst) >= 10,
        );
        assert!(stopped.is_err(), "threads {threads}");
    }
}

#[test]
fn no_panic_on_garbage() {
    let settings = FitSettings::default();
    let mut rng = SplitMix64::new(9);
    let good = simulate_spend(&mut rng, 60, 100.0);
    let nasty: Vec<Vec<f64>> = vec![
        vec![],
        vec![f64::NAN; 60],
        vec![f64::INFINITY; 60],
        vec![-5.0; 60],
        vec![0.0; 60],
        vec![1e300; 60],
        vec![1e-300; 60],
        good.iter()
            .enumerate()
            .map(|(i, &x)| match i % 4 {
                0 => f64::NAN,
                1 => -x,
                2 => f64::NEG_INFINITY,
                _ => x * 1e250,
            })
            .collect(),
        good.clone(),
        good.iter().map(|x| x * 1e-200).collect(),
    ];
    let mut fits = Vec::new();
    for spend in &nasty {
        for revenue in &nasty {
            let f = fit(spend, revenue, &settings);
            if spend.len() != revenue.len() {
                assert!(matches!(f, Fit::Refused(Refusal::Mismatched { .. })));
            }
            if let Fit::Fitted(c) = &f {
                assert!(c.beta.is_finite() && c.half_saturation > 0.0 && c.shape > 0.0);
            }
            let _ = f.message();
            fits.push(f);
        }
    }
    // All-zero revenue against good spend: no curve.
    assert_eq!(
        fit(&good, &vec![0.0; 60], &settings),
        Fit::Refused(Refusal::NoResponse)
    );
    let odd_settings = [
        FitSettings {
            thetas: vec![],
            max_lag: usize::MAX,
            min_days: 0,
            min_cv: f64::NAN,
        },
        FitSettings {
            thetas: vec![f64::NAN, -1.0, 2.0, 0.99],
            max_lag: 0,
            min_days: usize::MAX,
            min_cv: -1.0,
        },
    ];
    for s in &odd_settings {
        let _ = fit(&good, &good, s);
    }
    let inputs: Vec<PlanInput> = fits
        .iter()
        .zip(
            [f64::NAN, -1.0, 0.0, f64::INFINITY, 100.0, 1e300]
                .iter()
                .cycle(),
        )
        .map(|(f, &today)| PlanInput {
            today,
            fit: f.clone(),
            locked: false,
        })
        .chain([input(100.0, Curve::from_params(f64::NAN, -1.0, 0.0))])
        .collect();
    let goals = [
        Goal::CurrentTotal,
        Goal::Budget(f64::NAN),
        Goal::Budget(-1.0),
        Goal::Budget(f64::INFINITY),
        Goal::Budget(0.0),
        Goal::Budget(1e6),
        Goal::TargetMroi(f64::NAN),
        Goal::TargetMroi(f64::INFINITY),
        Goal::TargetMroi(-3.0),
        Goal::TargetMroi(1.0),
    ];
    let odd_plans = [
        PlanSettings::default(),
        PlanSettings {
            bounds: f64::NAN,
            steps: 0,
        },
        PlanSettings {
            bounds: 5.0,
            steps: 1,
        },
    ];
    for goal in goals {
        for ps in &odd_plans {
            let _ = plan(&inputs, goal, ps);
            let _ = plan(&[], goal, ps);
        }
    }
    let p = plan(&inputs, Goal::CurrentTotal, &PlanSettings::default());
    let boot = BootstrapSettings {
        resamples: 3,
        ..BootstrapSettings::default()
    };
    let series: Vec<(Vec<f64>, Vec<f64>)> =
        nasty.iter().map(|s| (s.clone(), good.clone())).collect();
    let _ = bootstrap(&series, &p, &settings, &boot, &mut |_, _| true);
    let _ = bootstrap(&[], &p, &settings, &boot, &mut |_, _| true);
    let none = BootstrapSettings {
        resamples: 0,
        block: 0,
        ..boot
    };
    let empty = bootstrap(&series, &p, &settings, &none, &mut |_, _| true).expect("ran");
    assert_eq!(empty.gain, None);
}

#[test]
fn extrapolation_and_held_groups_in_target_mode() {
    let mut c = Curve::from_params(50_000.0, 6_000.0, 1.0);
    c.max_observed = 1_000.0;
    let wide = PlanSettings {
        bounds: 0.5,
        ..PlanSettings::default()
    };
    // Target 0: spend up to hi = 1,500 > 1.2 × 1,000.
    let inputs = vec![
        input(1_000.0, c.clone()),
        PlanInput {
            today: 1_000.0,
            fit: Fit::Fitted(c.clone()),
            locked: true,
        },
        PlanInput {
            today: 1_000.0,
            fit: Fit::Refused(Refusal::TooLittleVariation { cv: 0.02 }),
            locked: false,
        },
    ];
    let p = plan(&inputs, Goal::TargetMroi(0.0), &wide);
    assert_eq!(p.rows[0].spend_plan, 1_500.0);
    assert!(p.rows[0].extrapolated);
    assert_eq!(
        (p.rows[1].spend_plan, p.rows[1].extrapolated),
        (1_000.0, false)
    );
    assert_eq!(p.rows[2].spend_plan, 1_000.0);
    assert_eq!(p.rows[2].mroi_now, None);
    assert!(close(p.total_plan, 3_500.0, 1e-12));
    // Locked groups still get model figures; only fitted groups count in revenue totals.
    assert!(close(p.revenue_now, 2.0 * c.response(1_000.0), 1e-12));
    let roi = p.rows[1].roi_now.expect("curve");
    assert!(close(roi, c.response(1_000.0) / 1_000.0, 1e-12));
    assert!(
        Fit::Refused(Refusal::TooLittleVariation { cv: 0.02 })
            .message()
            .expect("refused")
            .contains("never varied")
    );
}

/// Days marked NaN are not the group's: left out of the fit, and in a bootstrap over groups
/// covering different dates, each resample still draws the same calendar days for all.
#[test]
fn days_outside_a_group_are_left_out_of_fits_and_resamples() {
    let series = clean_case(2, 200);
    let settings = FitSettings::default();
    let (spend, revenue) = &series[1];
    let own = fit(spend, revenue, &settings);
    // The same 200 days with 60 days of nothing-known before them fit the same curve.
    let pad = |v: &Vec<f64>| {
        let mut out = vec![f64::NAN; 60];
        out.extend_from_slice(v);
        out
    };
    let padded = fit(&pad(spend), &pad(revenue), &settings);
    let (a, b) = (fitted(&own), fitted(&padded));
    assert!(close(
        a.marginal(a.mean_spend),
        b.marginal(b.mean_spend),
        1e-9
    ));
    assert_eq!(a.days_used, b.days_used);
    // Two groups on one 260-day calendar, one covering only its last 200 days.
    let first: (Vec<f64>, Vec<f64>) = {
        let mut rng = SplitMix64::new(5);
        let truth = Curve::from_params(16_000.0, 2_000.0, 1.0);
        let spend = simulate_spend(&mut rng, 260, 2_000.0);
        let revenue = simulate_revenue(&mut rng, &spend, &truth, 0.0, 0.05);
        (spend, revenue)
    };
    let both = vec![first, (pad(spend), pad(revenue))];
    let inputs = inputs_of(&both, &settings);
    let p = plan(&inputs, Goal::CurrentTotal, &PlanSettings::default());
    let boot = BootstrapSettings {
        resamples: 40,
        ..BootstrapSettings::default()
    };
    let iv = bootstrap(&both, &p, &settings, &boot, &mut |_, _| true).expect("ran");
    for (row, interval) in p.rows.iter().zip(&iv.rows) {
        let mroi = row.mroi_now.expect("fitted");
        let range = interval.mroi_now.expect("an interval");
        assert!(range.lo <= mroi && mroi <= range.hi, "{range:?} vs {mroi}");
        // Nearly every resample has enough of the group's days to refit.
        assert!(interval.draws >= 36, "{}", interval.draws);
    }
}

/// Twelve groups refused for the same reason are one sentence, with the range of their
/// numbers; one group keeps its own sentence; different reasons stay apart.
#[test]
fn refusals_of_many_groups_are_summarized_per_reason() {
    let reasons: Vec<Refusal> = (3..=9)
        .map(|p| Refusal::TooLittleVariation {
            cv: f64::from(p) / 100.0,
        })
        .chain([
            Refusal::TooFewDays { days: 12 },
            Refusal::NoResponse,
            Refusal::NoResponse,
        ])
        .collect();
    let refs: Vec<&Refusal> = reasons.iter().collect();
    let lines = summarize_refusals(&refs, GroupKey::Channel);
    assert_eq!(
        lines,
        vec![
            Refusal::TooFewDays { days: 12 }.message(),
            "spend never varied in 7 channels (day-to-day variation 3–9 %), so their response \
             cannot be measured"
                .to_owned(),
            "revenue did not rise with spend in 2 channels".to_owned(),
        ]
    );
    assert!(summarize_refusals(&[], GroupKey::Channel).is_empty());
}
