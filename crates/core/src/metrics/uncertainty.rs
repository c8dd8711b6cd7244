//! How sure each number is, and whether a group really differs from the baseline: 95 %
//! intervals on every rate and ratio, tests against a baseline group with Holm's correction.
//! Rates (CTR, CVR, retention) use the summed counts (Wilson interval, two-proportion z-test);
//! money ratios (ROI, CPA, CPC, CPM) use the bootstrap over days.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::data::{Dataset, Field};
use crate::metrics::metric::Metric;
use crate::metrics::query::{Filters, Granularity, GroupKey, Query};
use crate::metrics::summary::{MetricsError, Summary, Values, summarize_until};
use crate::stats::{
    self, Bootstrap, Direction, Interval, Ratio, bootstrap_difference_p, bootstrap_intervals,
};

/// Metrics whose intervals come from the bootstrap over days.
pub const BOOTSTRAPPED: [Metric; 4] = [Metric::Roi, Metric::Cpa, Metric::Cpc, Metric::Cpm];

impl Metric {
    /// Whether the metric is a proportion of counts (Wilson interval, z-test).
    pub fn is_proportion(self) -> bool {
        matches!(self, Metric::Ctr | Metric::Cvr | Metric::Retention(_))
    }

    /// Whether the metric has a 95 % interval.
    pub fn has_interval(self) -> bool {
        self.is_proportion() || BOOTSTRAPPED.contains(&self)
    }

    /// Whether the metric is tested against the baseline: the rates and ROI.
    pub fn is_tested(self) -> bool {
        self.is_proportion() || self == Metric::Roi
    }
}

/// One group's result against the baseline on one metric.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    pub direction: Direction,
    /// The p-value after Holm's correction across the groups compared.
    pub p: f64,
    /// The p-value of this comparison alone.
    pub raw_p: f64,
    /// How many groups were compared with the baseline on this metric (Holm's family).
    pub family: usize,
}

/// Intervals and baseline comparisons for the groups of a summary, in its row order.
#[derive(Clone, Debug, PartialEq)]
pub struct Uncertainty {
    pub groups: Vec<String>,
    /// Per metric, one interval per group.
    pub intervals: BTreeMap<Metric, Vec<Interval>>,
    /// Per metric, the interval of the overall total.
    pub total_intervals: BTreeMap<Metric, Interval>,
    /// Days with data per group (what the bootstrap resamples).
    pub days: Vec<usize>,
    /// The group the others are compared with (an index into `groups`).
    pub baseline: Option<usize>,
    /// Whether the baseline was picked as the group with the most spend.
    pub baseline_by_spend: bool,
    /// Per tested metric, one verdict per group (`None` for the baseline itself and where a
    /// test is impossible: no counts, or too few days for the bootstrap).
    pub versus: BTreeMap<Metric, Vec<Option<Verdict>>>,
    pub settings: Bootstrap,
}

impl Uncertainty {
    /// The interval of `metric` for group row `i`.
    pub fn interval(&self, metric: Metric, i: usize) -> Option<Interval> {
        self.intervals.get(&metric).and_then(|v| v.get(i).copied())
    }

    /// The verdict of group row `i` against the baseline on `metric`.
    pub fn verdict(&self, metric: Metric, i: usize) -> Option<Verdict> {
        self.versus
            .get(&metric)
            .and_then(|v| v.get(i).copied().flatten())
    }

    pub fn baseline_name(&self) -> Option<&str> {
        self.baseline.map(|i| self.groups[i].as_str())
    }
}

/// Computes intervals for every group of `by_group` (a summary grouped by `key` alone, over
/// `filters`) and its `totals`, and compares each group with `baseline` (a group name; the
/// group with the most spend when `None` or not among the groups).
pub fn uncertainty(
    ds: &Dataset,
    filters: &Filters,
    key: GroupKey,
    by_group: &Summary,
    totals: &Summary,
    baseline: Option<&str>,
    settings: Bootstrap,
) -> Result<Uncertainty, MetricsError> {
    uncertainty_until(
        ds,
        filters,
        key,
        (by_group, totals, None),
        baseline,
        settings,
        &|| false,
    )
}

/// [`uncertainty`], giving up with [`MetricsError::Stopped`] as soon as `stop` says so (it is
/// asked before each pass over the rows and each group's bootstrap and test): the app's
/// statistics for a view the user has already left should not keep a core busy. `daily`, when
/// given, is the summary by `key` and day over the same rows (the dashboard's daily trend):
/// the days are resampled from it instead of reading the rows again.
pub fn uncertainty_until(
    ds: &Dataset,
    filters: &Filters,
    key: GroupKey,
    (by_group, totals, daily): (&Summary, &Summary, Option<&Summary>),
    baseline: Option<&str>,
    settings: Bootstrap,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Uncertainty, MetricsError> {
    let groups = by_group.key_labels(key);
    let mut intervals = BTreeMap::new();
    let mut total_intervals = BTreeMap::new();
    for m in by_group.metrics.iter().filter(|m| m.is_proportion()) {
        intervals.insert(*m, wilson_intervals(by_group, *m));
        if let Some(t) = wilson_intervals(totals, *m).first() {
            total_intervals.insert(*m, *t);
        }
    }

    let ratios: Vec<Metric> = BOOTSTRAPPED
        .into_iter()
        .filter(|m| by_group.metrics.contains(m))
        .collect();
    let daily = if ds.has(Field::Date) && !key.is_time() {
        let day = GroupKey::Period(Granularity::Day);
        let computed;
        let s = match daily {
            Some(s) => s,
            None => {
                let query = Query {
                    group_by: vec![key, day],
                    filters: filters.clone(),
                };
                computed = summarize_until(ds, &query, Some(&ratios), stop)?;
                &computed
            }
        };
        Some(DailyTable::of(s, key, &groups, &ratios))
    } else {
        None
    };
    let days: Vec<usize> = match &daily {
        Some(t) => (0..groups.len()).map(|g| t.days_of(g).len()).collect(),
        None => vec![0; groups.len()],
    };
    if !ratios.is_empty() {
        let plan = ratio_plan(&ratios);
        // Groups are independent and each starts from the same seed, so running them on
        // every core gives the same numbers as running them in turn.
        let found: Vec<Vec<Interval>> = (0..groups.len())
            .into_par_iter()
            .map(|g| match &daily {
                _ if stop() => Vec::new(),
                Some(t) => bootstrap_intervals(&t.columns(g, &t.days_of(g)), &plan, settings),
                None => dateless_intervals(by_group, &ratios, g),
            })
            .collect();
        if stop() {
            return Err(MetricsError::Stopped);
        }
        let mut per_group = vec![Vec::new(); ratios.len()];
        for group in found {
            for (k, interval) in group.into_iter().enumerate() {
                per_group[k].push(interval);
            }
        }
        for (m, v) in ratios.iter().zip(per_group) {
            intervals.insert(*m, v);
        }
        let found = match &daily {
            Some(t) => bootstrap_intervals(&t.total_columns(), &plan, settings),
            None => dateless_intervals(totals, &ratios, 0),
        };
        for (m, interval) in ratios.iter().zip(found) {
            total_intervals.insert(*m, interval);
        }
    }

    let spend = by_group.values(Metric::Sum(Field::Spend));
    let by_spend = || {
        (0..groups.len())
            .filter(|i| spend[*i].is_some())
            .max_by(|a, b| {
                spend[*a]
                    .unwrap_or(0.0)
                    .total_cmp(&spend[*b].unwrap_or(0.0))
            })
    };
    let chosen = baseline.and_then(|b| groups.iter().position(|g| g == b));
    let baseline_index = chosen.or_else(by_spend);
    let mut versus = BTreeMap::new();
    if let Some(base) = baseline_index {
        for m in by_group.metrics.iter().filter(|m| m.is_tested()) {
            let values = by_group.values(*m);
            let parts = by_group.parts(*m);
            let raw: Vec<Option<(f64, f64)>> = (0..groups.len())
                .into_par_iter()
                .map(|g| {
                    if g == base || stop() {
                        return None;
                    }
                    let difference = values[g]? - values[base]?;
                    let p = test(*m, parts.as_ref(), g, base, daily.as_ref(), settings)?;
                    Some((p, difference))
                })
                .collect();
            if stop() {
                return Err(MetricsError::Stopped);
            }
            let adjusted = stats::holm(&raw.iter().map(|r| r.map(|(p, _)| p)).collect::<Vec<_>>());
            let family = raw.iter().flatten().count();
            let verdicts = raw
                .iter()
                .zip(adjusted)
                .map(|(r, adj)| {
                    let ((raw_p, difference), p) = (r.as_ref()?, adj?);
                    Some(Verdict {
                        direction: Direction::of(*difference, p),
                        p,
                        raw_p: *raw_p,
                        family,
                    })
                })
                .collect();
            versus.insert(*m, verdicts);
        }
    }
    Ok(Uncertainty {
        groups,
        intervals,
        total_intervals,
        days,
        baseline: baseline_index,
        baseline_by_spend: chosen.is_none(),
        versus,
        settings,
    })
}

/// The p-value of group `g` against `base` on `metric` (whose summed numerators and
/// denominators per group are `parts`), or `None` when it cannot be tested.
fn test(
    metric: Metric,
    parts: Option<&(Values, Values)>,
    g: usize,
    base: usize,
    daily: Option<&DailyTable>,
    settings: Bootstrap,
) -> Option<f64> {
    if metric.is_proportion() {
        let (num, den) = parts?;
        return stats::two_proportion_p(num[g]?, den[g]?, num[base]?, den[base]?);
    }
    // ROI: the bootstrap over the days either group has data, resampled together.
    let daily = daily?;
    let (own, other) = (daily.days_of(g), daily.days_of(base));
    if own.len() < settings.min_days || other.len() < settings.min_days {
        return None;
    }
    let union: Vec<usize> = own
        .iter()
        .chain(&other)
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let k = daily.ratios.iter().position(|m| *m == metric)?;
    let pick = |group| {
        let columns = daily.columns(group, &union);
        vec![columns[2 * k].clone(), columns[2 * k + 1].clone()]
    };
    let ratio = Ratio {
        num: 0,
        den: 1,
        ..ratio_plan(&[metric])[0]
    };
    bootstrap_difference_p(&pick(base), &pick(g), ratio, settings)
}

/// Wilson intervals of a proportion metric for each row of a summary.
fn wilson_intervals(s: &Summary, metric: Metric) -> Vec<Interval> {
    let Some((num, den)) = s.parts(metric) else {
        return vec![Interval::Missing; s.height()];
    };
    num.iter()
        .zip(&den)
        .map(
            |(x, n)| match x.zip(*n).and_then(|(x, n)| stats::wilson(x, n)) {
                Some((lo, hi)) => Interval::Range { lo, hi },
                None => Interval::Missing,
            },
        )
        .collect()
}

/// The ratios of the bootstrapped metrics over columns laid out as (num, den) pairs, with each
/// metric's factor (CPM's 1000).
fn ratio_plan(metrics: &[Metric]) -> Vec<Ratio> {
    metrics
        .iter()
        .enumerate()
        .map(|(k, m)| Ratio {
            num: 2 * k,
            den: 2 * k + 1,
            factor: m.ratio_parts().map_or(1.0, |(_, _, f)| f),
        })
        .collect()
}

/// Intervals for data without dates: no days to resample, so "too few days" wherever the
/// value itself exists.
fn dateless_intervals(s: &Summary, ratios: &[Metric], row: usize) -> Vec<Interval> {
    ratios
        .iter()
        .map(|m| match s.values(*m).get(row).copied().flatten() {
            Some(_) => Interval::TooFewDays { days: 0 },
            None => Interval::Missing,
        })
        .collect()
}

/// Each group's daily numerators and denominators of the bootstrapped ratios, on one shared
/// calendar of days.
struct DailyTable {
    ratios: Vec<Metric>,
    /// `values[group][2k or 2k+1][day]`: ratio k's numerator or denominator.
    values: Vec<Vec<Vec<f64>>>,
    /// Whether the group has any row on the day.
    present: Vec<Vec<bool>>,
    /// Every day's totals over all groups, for the overall interval.
    totals: Vec<Vec<f64>>,
}

impl DailyTable {
    /// From `s`, a summary by `key` and day with the parts of `ratios`.
    fn of(s: &Summary, key: GroupKey, groups: &[String], ratios: &[Metric]) -> DailyTable {
        let day = GroupKey::Period(Granularity::Day);
        let labels = s.key_texts(key);
        let dates = s.key_dates(day);
        let calendar: Vec<chrono::NaiveDate> = dates
            .iter()
            .flatten()
            .copied()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let day_index = |d: chrono::NaiveDate| calendar.binary_search(&d).ok();
        let group_index: BTreeMap<&str, usize> = groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.as_str(), i))
            .collect();
        let width = 2 * ratios.len();
        let mut values = vec![vec![vec![0.0; calendar.len()]; width]; groups.len()];
        let mut present = vec![vec![false; calendar.len()]; groups.len()];
        let mut totals = vec![vec![0.0; calendar.len()]; width];
        let parts: Vec<(Values, Values)> = ratios
            .iter()
            .map(|m| s.parts(*m).unwrap_or_default())
            .collect();
        for (row, (date, label)) in dates.iter().zip(&labels).enumerate() {
            let (Some(d), Some(g)) = (date.and_then(day_index), group_index.get(label)) else {
                continue;
            };
            present[*g][d] = true;
            for (k, (num, den)) in parts.iter().enumerate() {
                for (c, part) in [(2 * k, num), (2 * k + 1, den)] {
                    let v = part.get(row).copied().flatten().unwrap_or(0.0);
                    values[*g][c][d] += v;
                    totals[c][d] += v;
                }
            }
        }
        DailyTable {
            ratios: ratios.to_vec(),
            values,
            present,
            totals,
        }
    }

    /// The days (calendar indices) on which group `g` has rows.
    fn days_of(&self, g: usize) -> Vec<usize> {
        (0..self.present[g].len())
            .filter(|d| self.present[g][*d])
            .collect()
    }

    /// Group `g`'s columns restricted to `days`.
    fn columns(&self, g: usize, days: &[usize]) -> Vec<Vec<f64>> {
        self.values[g]
            .iter()
            .map(|c| days.iter().map(|d| c[*d]).collect())
            .collect()
    }

    /// Every day with data of any group, summed over the groups.
    fn total_columns(&self) -> Vec<Vec<f64>> {
        let days: Vec<usize> = (0..self.totals.first().map_or(0, Vec::len))
            .filter(|d| self.present.iter().any(|p| p[*d]))
            .collect();
        self.totals
            .iter()
            .map(|c| days.iter().map(|d| c[*d]).collect())
            .collect()
    }
}
