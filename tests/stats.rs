//! The statistics core against values computed independently: Python's standard library
//! (`tests/support/stats_check.py`, statistics.NormalDist and math.erfc) for Wilson bounds,
//! z-test p-values and Holm's adjustment; simulations for the bootstrap.

use roi_lens::stats::{
    self, Bootstrap, Interval, Ratio, SplitMix64, bootstrap_difference_p, bootstrap_intervals,
};

fn close(got: f64, want: f64) {
    assert!(
        (got - want).abs() < 1e-6,
        "got {got}, expected {want} (difference {})",
        got - want
    );
}

/// The standard normal CDF by Simpson's rule on the density from 0 (the error on [0, 2] with
/// 4,000 intervals is below 1e-14), independent of any erf in the code under test.
fn normal_cdf(z: f64) -> f64 {
    let density = |t: f64| (-t * t / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt();
    let n = 4000;
    let h = z / f64::from(n);
    let inner: f64 = (1..n)
        .map(|i| {
            let weight = if i % 2 == 1 { 4.0 } else { 2.0 };
            weight * density(f64::from(i) * h)
        })
        .sum();
    0.5 + h / 3.0 * (density(0.0) + inner + density(z))
}

#[test]
fn z95_is_the_normal_quantile() {
    // Z95 is the 97.5 % quantile: 2.5 % of the normal lies above it.
    let p = normal_cdf(stats::Z95);
    assert!((p - 0.975).abs() < 1e-9, "Φ(Z95) = {p}");
    // The tolerance tells quantiles apart: the rounded 1.96 is already off by 2e-6.
    assert!((normal_cdf(1.96) - 0.975).abs() > 1e-6);
}

#[test]
fn wilson_bounds_match_the_reference() {
    let cases: [(f64, f64, f64, f64); 7] = [
        (0.0, 10.0, 0.0, 0.27753279986288915),
        (1.0, 10.0, 0.017876213095072896, 0.40415002679523837),
        (5.0, 10.0, 0.23659309051256405, 0.763406909487436),
        (10.0, 10.0, 0.7224672001371109, 1.0),
        (81.0, 263.0, 0.2552885198782743, 0.3662095769828001),
        (9659.0, 324872.0, 0.029153200319522798, 0.03032134039134694),
        (12603.0, 635091.0, 0.01950429131123249, 0.020190317766229662),
    ];
    for (x, n, lo, hi) in cases {
        let (got_lo, got_hi) = stats::wilson(x, n).expect("an interval");
        close(got_lo, lo);
        close(got_hi, hi);
        assert!(got_lo <= x / n && x / n <= got_hi);
    }
}

#[test]
fn two_proportion_p_values_match_the_reference() {
    let cases: [(f64, f64, f64, f64, f64); 5] = [
        (30.0, 1000.0, 20.0, 1000.0, 0.15207808079297527),
        (9659.0, 324872.0, 12603.0, 635091.0, 1.0141060859112561e-203),
        (9116.0, 365277.0, 9047.0, 361491.0, 0.847344552042228),
        (15.0, 200.0, 9.0, 180.0, 0.31714064424443944),
        (300.0, 10000.0, 380.0, 10000.0, 0.0018000416917641605),
    ];
    for (x1, n1, x2, n2, p) in cases {
        close(
            stats::two_proportion_p(x1, n1, x2, n2).expect("a p-value"),
            p,
        );
        // The test is symmetric.
        close(
            stats::two_proportion_p(x2, n2, x1, n1).expect("a p-value"),
            p,
        );
    }
}

#[test]
fn holm_matches_the_reference() {
    let cases: [(&[f64], &[f64]); 3] = [
        (&[0.01, 0.04, 0.03, 0.005], &[0.03, 0.06, 0.06, 0.02]),
        (&[0.2, 0.01, 0.04], &[0.2, 0.03, 0.08]),
        (&[0.5, 0.6], &[1.0, 1.0]),
    ];
    for (raw, want) in cases {
        let got = stats::holm(&raw.iter().map(|p| Some(*p)).collect::<Vec<_>>());
        for (g, w) in got.iter().zip(want) {
            close(g.expect("adjusted"), *w);
        }
    }
}

const ROI: Ratio = Ratio {
    num: 1,
    den: 0,
    factor: 1.0,
};

/// `days` days of (spend, revenue) whose true ROI is `roi`: spend varies by day and revenue is
/// spend × roi × noise with mean 1, so E[revenue] ÷ E[spend] = roi.
fn simulated_days(rng: &mut SplitMix64, days: usize, roi: f64) -> Vec<Vec<f64>> {
    let mut spend = Vec::with_capacity(days);
    let mut revenue = Vec::with_capacity(days);
    for _ in 0..days {
        let s = 1000.0 * (0.5 + rng.uniform());
        spend.push(s);
        revenue.push(s * roi * (1.0 + 0.3 * rng.normal()).max(0.0));
    }
    vec![spend, revenue]
}

#[test]
fn the_bootstrap_is_reproducible() {
    let mut rng = SplitMix64::new(7);
    let days = simulated_days(&mut rng, 30, 2.0);
    let once = bootstrap_intervals(&days, &[ROI], Bootstrap::default());
    let again = bootstrap_intervals(&days, &[ROI], Bootstrap::default());
    assert_eq!(once, again);
    let Interval::Range { lo, hi } = once[0] else {
        panic!("expected an interval, got {:?}", once[0]);
    };
    let point = days[1].iter().sum::<f64>() / days[0].iter().sum::<f64>();
    assert!(lo < point && point < hi, "{lo} < {point} < {hi}");
    // Another seed moves the bounds a little, not much.
    let other = bootstrap_intervals(
        &days,
        &[ROI],
        Bootstrap {
            seed: 99,
            ..Bootstrap::default()
        },
    );
    let (lo2, hi2) = other[0].range().expect("an interval");
    assert!(lo2 != lo || hi2 != hi);
    assert!((lo2 - lo).abs() < 0.03 && (hi2 - hi).abs() < 0.03);
    // The p-value is reproducible too.
    let b = simulated_days(&mut rng, 30, 2.0);
    assert_eq!(
        bootstrap_difference_p(&days, &b, ROI, Bootstrap::default()),
        bootstrap_difference_p(&days, &b, ROI, Bootstrap::default())
    );
}

#[test]
fn bootstrap_intervals_cover_the_true_roi_at_about_95_percent() {
    let mut rng = SplitMix64::new(20_241_124);
    let trials = 400;
    let settings = Bootstrap {
        resamples: 1000,
        ..Bootstrap::default()
    };
    let covered = (0..trials)
        .filter(|_| {
            let days = simulated_days(&mut rng, 30, 2.0);
            let (lo, hi) = bootstrap_intervals(&days, &[ROI], settings)[0]
                .range()
                .expect("an interval");
            lo <= 2.0 && 2.0 <= hi
        })
        .count();
    let rate = covered as f64 / trials as f64;
    eprintln!("bootstrap coverage over {trials} simulated datasets: {rate}");
    // Percentile intervals on 30 days run slightly narrow; ±1 % is one standard error here.
    assert!((0.90..=0.98).contains(&rate), "coverage {rate}");
}

#[test]
fn the_bootstrap_test_finds_real_differences_and_rarely_invents_them() {
    let mut rng = SplitMix64::new(4242);
    let settings = Bootstrap {
        resamples: 1000,
        ..Bootstrap::default()
    };
    let trials = 200;
    let false_alarms = (0..trials)
        .filter(|_| {
            let a = simulated_days(&mut rng, 30, 2.0);
            let b = simulated_days(&mut rng, 30, 2.0);
            bootstrap_difference_p(&a, &b, ROI, settings).expect("a p-value") < stats::ALPHA
        })
        .count();
    let rate = false_alarms as f64 / trials as f64;
    eprintln!("equal pairs called different: {false_alarms} of {trials}");
    assert!(
        rate <= 0.10,
        "{false_alarms} of {trials} equal pairs called different"
    );
    let found = (0..50)
        .filter(|_| {
            let a = simulated_days(&mut rng, 30, 2.0);
            let b = simulated_days(&mut rng, 30, 2.6);
            bootstrap_difference_p(&a, &b, ROI, settings).expect("a p-value") < stats::ALPHA
        })
        .count();
    assert!(
        found >= 45,
        "only {found} of 50 real 30 % differences found"
    );
}
