//! The statistics behind "is this difference real?": Wilson score intervals for rates, the
//! two-proportion z-test, Holm's correction for comparing several channels at once, and a
//! bootstrap over days for ratios of sums (ROI, CPA, CPC, CPM). Pure arithmetic on numbers the
//! metrics core hands over; no Polars, no egui.

mod bootstrap;
mod rng;

pub use bootstrap::{Bootstrap, Ratio, bootstrap_difference_p, bootstrap_intervals};
pub use rng::SplitMix64;

/// The confidence level of every interval, and one minus the significance level of every test.
pub const CONFIDENCE: f64 = 0.95;

/// A difference counts as real when its Holm-adjusted p-value is below this.
pub const ALPHA: f64 = 0.05;

/// The two-sided 97.5 % quantile of the standard normal distribution.
pub const Z95: f64 = 1.959_963_984_540_054;

/// A 95 % interval, or why there is none.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Interval {
    Range {
        lo: f64,
        hi: f64,
    },
    /// Fewer days of data than a bootstrap needs ([`Bootstrap::min_days`]): too uncertain to
    /// print an interval.
    TooFewDays {
        days: usize,
    },
    /// The value itself cannot be computed (nothing in the denominator).
    Missing,
}

impl Interval {
    pub fn range(self) -> Option<(f64, f64)> {
        match self {
            Interval::Range { lo, hi } => Some((lo, hi)),
            _ => None,
        }
    }
}

/// The 95 % Wilson score interval of a proportion `successes / trials`. `None` when there are
/// no trials or the counts are impossible (negative, more successes than trials, not finite).
pub fn wilson(successes: f64, trials: f64) -> Option<(f64, f64)> {
    if !(successes.is_finite() && trials.is_finite())
        || trials <= 0.0
        || successes < 0.0
        || successes > trials
    {
        return None;
    }
    let p = successes / trials;
    let z2 = Z95 * Z95;
    let denom = 1.0 + z2 / trials;
    let centre = (p + z2 / (2.0 * trials)) / denom;
    let half = Z95 * (p * (1.0 - p) / trials + z2 / (4.0 * trials * trials)).sqrt() / denom;
    // Exact arithmetic puts p inside; rounding must not push it out at 0 % or 100 %.
    Some(((centre - half).clamp(0.0, p), (centre + half).clamp(p, 1.0)))
}

/// Two-sided p-value of a standard normal statistic `z`.
pub fn normal_two_sided_p(z: f64) -> f64 {
    libm::erfc(z.abs() / std::f64::consts::SQRT_2)
}

/// Two-sided p-value of the pooled two-proportion z-test of `x1 / n1` against `x2 / n2`.
/// `None` when either group has no trials or the counts are impossible; 1 when both
/// proportions are 0 % or both 100 % (no difference to test).
pub fn two_proportion_p(x1: f64, n1: f64, x2: f64, n2: f64) -> Option<f64> {
    wilson(x1, n1)?;
    wilson(x2, n2)?;
    let pooled = (x1 + x2) / (n1 + n2);
    let se = (pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2)).sqrt();
    if se == 0.0 {
        return Some(1.0);
    }
    Some(normal_two_sided_p((x1 / n1 - x2 / n2) / se))
}

/// Holm's step-down adjustment of several p-values tested together (family-wise error rate).
/// Missing p-values are left out of the family and stay missing.
pub fn holm(p_values: &[Option<f64>]) -> Vec<Option<f64>> {
    let mut present: Vec<(usize, f64)> = p_values
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.map(|p| (i, p)))
        .collect();
    present.sort_by(|a, b| a.1.total_cmp(&b.1));
    let m = present.len();
    let mut out = vec![None; p_values.len()];
    let mut running: f64 = 0.0;
    for (rank, (i, p)) in present.into_iter().enumerate() {
        running = running.max(((m - rank) as f64 * p).min(1.0));
        out[i] = Some(running);
    }
    out
}

/// How one group compares with the baseline on one metric.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Higher,
    Lower,
    /// Not distinguishable from the baseline at the 5 % level.
    Same,
}

impl Direction {
    /// The word the CLI writes: `higher`, `lower`, `same`.
    pub fn name(self) -> &'static str {
        match self {
            Direction::Higher => "higher",
            Direction::Lower => "lower",
            Direction::Same => "same",
        }
    }

    /// The direction [`name`](Direction::name) writes (`baseline` and other words: none).
    pub fn from_name(word: &str) -> Option<Direction> {
        [Direction::Higher, Direction::Lower, Direction::Same]
            .into_iter()
            .find(|d| d.name() == word)
    }

    /// From a difference (group − baseline) and its adjusted p-value.
    pub fn of(difference: f64, adjusted_p: f64) -> Direction {
        if adjusted_p >= ALPHA || difference == 0.0 {
            Direction::Same
        } else if difference > 0.0 {
            Direction::Higher
        } else {
            Direction::Lower
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_refuses_impossible_counts() {
        assert_eq!(wilson(1.0, 0.0), None);
        assert_eq!(wilson(11.0, 10.0), None);
        assert_eq!(wilson(-1.0, 10.0), None);
        assert_eq!(wilson(f64::NAN, 10.0), None);
        assert_eq!(two_proportion_p(0.0, 10.0, 0.0, 20.0), Some(1.0));
        assert_eq!(two_proportion_p(1.0, 0.0, 0.0, 20.0), None);
    }

    #[test]
    fn holm_keeps_missing_values_out_of_the_family() {
        // Two present values: the smaller is doubled, the larger kept (and never below it).
        let adjusted = holm(&[Some(0.02), None, Some(0.03)]);
        assert_eq!(adjusted[1], None);
        assert!((adjusted[0].unwrap_or(0.0) - 0.04).abs() < 1e-12);
        assert!((adjusted[2].unwrap_or(0.0) - 0.04).abs() < 1e-12);
    }

    #[test]
    fn direction_needs_significance() {
        assert_eq!(Direction::of(0.3, 0.01), Direction::Higher);
        assert_eq!(Direction::of(-0.3, 0.01), Direction::Lower);
        assert_eq!(Direction::of(0.3, 0.05), Direction::Same);
    }
}
