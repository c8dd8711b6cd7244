//! The bootstrap over days for ratios of sums. A channel's ROI is Σ revenue ÷ Σ spend over its
//! days; days are the unit that varies (a good Tuesday, a bad weekend), so the bootstrap
//! resamples whole days with replacement and recomputes the ratio of sums each time.

use super::{Interval, SplitMix64};

/// How the bootstrap runs. The same settings and data always give the same result: every
/// group's resampling starts from `seed`, so its interval does not depend on which other groups
/// are in view or in what order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bootstrap {
    pub resamples: usize,
    pub seed: u64,
    /// Fewer days than this: the interval is too uncertain to print.
    pub min_days: usize,
}

impl Default for Bootstrap {
    fn default() -> Self {
        Bootstrap {
            resamples: 2000,
            seed: 0x524F_494C_454E_5321, // "ROILENS!"
            min_days: 7,
        }
    }
}

/// A ratio of two daily columns: `factor × Σ columns[num] ÷ Σ columns[den]` (CPM has 1000).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ratio {
    pub num: usize,
    pub den: usize,
    pub factor: f64,
}

impl Ratio {
    fn of(self, sums: &[f64]) -> Option<f64> {
        let den = sums[self.den];
        (den != 0.0).then(|| self.factor * sums[self.num] / den)
    }
}

/// 95 % percentile intervals of several ratios over the same days, from one set of resamples.
/// `columns[k][d]` is the total of column k on day d (every column as long as the first).
pub fn bootstrap_intervals(
    columns: &[Vec<f64>],
    ratios: &[Ratio],
    settings: Bootstrap,
) -> Vec<Interval> {
    let days = columns.first().map_or(0, Vec::len);
    let totals: Vec<f64> = columns.iter().map(|c| c.iter().sum()).collect();
    if days < settings.min_days {
        return ratios
            .iter()
            .map(|r| match r.of(&totals) {
                Some(_) => Interval::TooFewDays { days },
                None => Interval::Missing,
            })
            .collect();
    }
    let mut samples: Vec<Vec<f64>> = vec![Vec::with_capacity(settings.resamples); ratios.len()];
    let mut rng = SplitMix64::new(settings.seed);
    let rows = by_day(columns, days);
    let width = columns.len();
    let mut sums = vec![0.0; width];
    for _ in 0..settings.resamples {
        sums.iter_mut().for_each(|s| *s = 0.0);
        for _ in 0..days {
            let d = rng.below(days);
            for (sum, v) in sums.iter_mut().zip(&rows[d * width..(d + 1) * width]) {
                *sum += v;
            }
        }
        for (out, ratio) in samples.iter_mut().zip(ratios) {
            if let Some(v) = ratio.of(&sums) {
                out.push(v);
            }
        }
    }
    ratios
        .iter()
        .zip(samples)
        .map(|(ratio, mut values)| {
            if ratio.of(&totals).is_none() || values.is_empty() {
                return Interval::Missing;
            }
            values.sort_by(f64::total_cmp);
            Interval::Range {
                lo: percentile(&values, (1.0 - super::CONFIDENCE) / 2.0),
                hi: percentile(&values, (1.0 + super::CONFIDENCE) / 2.0),
            }
        })
        .collect()
}

/// Two-sided bootstrap p-value for "the ratio differs between `a` and `b`". Both tables hold
/// the same days in the same order (zeros where a group had no rows that day), and the days are
/// resampled together, so a day that was good for every channel moves both. The p-value is
/// twice the smaller share of resampled differences on either side of zero, counted with the
/// observed data as one more sample so it is never 0. `None` when either ratio cannot be
/// computed.
pub fn bootstrap_difference_p(
    a: &[Vec<f64>],
    b: &[Vec<f64>],
    ratio: Ratio,
    settings: Bootstrap,
) -> Option<f64> {
    let days = a.first().map_or(0, Vec::len);
    let total = |t: &[Vec<f64>]| t.iter().map(|c| c.iter().sum()).collect::<Vec<f64>>();
    ratio.of(&total(a))?;
    ratio.of(&total(b))?;
    let mut rng = SplitMix64::new(settings.seed);
    let (mut below, mut above, mut valid) = (0usize, 0usize, 0usize);
    let (rows_a, rows_b) = (by_day(a, days), by_day(b, days));
    let (wa, wb) = (a.len(), b.len());
    let mut sums_a = vec![0.0; wa];
    let mut sums_b = vec![0.0; wb];
    for _ in 0..settings.resamples {
        sums_a.iter_mut().for_each(|s| *s = 0.0);
        sums_b.iter_mut().for_each(|s| *s = 0.0);
        for _ in 0..days {
            let d = rng.below(days);
            for (sum, v) in sums_a.iter_mut().zip(&rows_a[d * wa..(d + 1) * wa]) {
                *sum += v;
            }
            for (sum, v) in sums_b.iter_mut().zip(&rows_b[d * wb..(d + 1) * wb]) {
                *sum += v;
            }
        }
        if let (Some(x), Some(y)) = (ratio.of(&sums_a), ratio.of(&sums_b)) {
            valid += 1;
            let difference = y - x;
            if difference <= 0.0 {
                below += 1;
            }
            if difference >= 0.0 {
                above += 1;
            }
        }
    }
    if valid == 0 {
        return None;
    }
    let side = (below.min(above) + 1) as f64 / (valid + 1) as f64;
    Some((2.0 * side).min(1.0))
}

/// The columns laid out day by day (`rows[d * width + k]` is column k on day d), so one drawn
/// day's values sit together in memory.
fn by_day(columns: &[Vec<f64>], days: usize) -> Vec<f64> {
    (0..days)
        .flat_map(|d| columns.iter().map(move |c| c[d]))
        .collect()
}

/// The `q` quantile of sorted values, interpolating linearly between neighbours (the default
/// of R, NumPy and spreadsheets).
fn percentile(sorted: &[f64], q: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * q;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentile_interpolates() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(percentile(&v, 0.0), 1.0);
        assert_eq!(percentile(&v, 0.5), 3.0);
        assert_eq!(percentile(&v, 0.125), 1.5);
        assert_eq!(percentile(&v, 1.0), 5.0);
    }

    #[test]
    fn too_few_days_give_no_interval() {
        let columns = vec![vec![1.0; 6], vec![2.0; 6]];
        let r = Ratio {
            num: 1,
            den: 0,
            factor: 1.0,
        };
        assert_eq!(
            bootstrap_intervals(&columns, &[r], Bootstrap::default()),
            vec![Interval::TooFewDays { days: 6 }]
        );
        let zero = vec![vec![0.0; 10], vec![2.0; 10]];
        assert_eq!(
            bootstrap_intervals(&zero, &[r], Bootstrap::default()),
            vec![Interval::Missing]
        );
    }

    #[test]
    fn constant_days_give_a_point_interval() {
        // Every day has ROI 2, so every resample does too.
        let columns = vec![vec![100.0; 10], vec![200.0; 10]];
        let r = Ratio {
            num: 1,
            den: 0,
            factor: 1.0,
        };
        let got = bootstrap_intervals(&columns, &[r], Bootstrap::default());
        assert_eq!(got, vec![Interval::Range { lo: 2.0, hi: 2.0 }]);
    }
}
