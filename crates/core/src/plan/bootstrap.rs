//! How sure the plan is: a moving-block bootstrap over days. Blocks of 7 consecutive days keep
//! weekly patterns; every group uses the same blocks in one resample so days move together
//! across channels; each group is refitted (same θ grid and AIC) on every resample, and the
//! fixed point-estimate plan is scored under the resampled curves.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use super::allocate::{Plan, RowStatus};
use super::fit::{Fit, FitSettings, Prepared};
use crate::stats::SplitMix64;

/// Bootstrap knobs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BootstrapSettings {
    pub resamples: usize,
    /// Same seed, same data: same intervals, on every machine and with any number of threads.
    pub seed: u64,
    /// Days per block (7 keeps the weekly pattern inside blocks).
    pub block: usize,
    /// Worker threads; 0 = one per core. Results do not depend on it.
    pub threads: usize,
}

impl Default for BootstrapSettings {
    fn default() -> Self {
        BootstrapSettings {
            resamples: 200,
            seed: 0x524F_494C_454E_5322, // "ROILENS\""
            block: 7,
            threads: 0,
        }
    }
}

/// A 90 % percentile interval (5th to 95th percentile, linear interpolation).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval90 {
    pub lo: f64,
    pub hi: f64,
}

impl Interval90 {
    pub fn contains(&self, x: f64) -> bool {
        self.lo <= x && x <= self.hi
    }
}

/// Intervals for one plan row; none where the group has no curve or no resample could be
/// fitted.
#[derive(Clone, Debug, PartialEq)]
pub struct RowIntervals {
    pub mroi_now: Option<Interval90>,
    pub mroi_plan: Option<Interval90>,
    /// Resamples in which this group could be fitted (the rest refused, e.g. too few days).
    pub draws: usize,
}

/// Intervals for a whole plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanIntervals {
    pub rows: Vec<RowIntervals>,
    /// The total gain of the fixed plan under resampled curves (a group that cannot be fitted
    /// in a resample adds 0 to that resample's gain). None when no group has a curve.
    pub gain: Option<Interval90>,
    pub resamples: usize,
}

/// The bootstrap was stopped by its progress callback before it finished; nothing is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stopped {
    pub done: usize,
}

/// Per group: (mROI at today, mROI at plan, revenue gain) under one resample's curve.
type Draw = Vec<Option<(f64, f64, f64)>>;

/// Bootstrap intervals for `plan`, made from `series[g] = (daily spend, daily revenue)` of the
/// same groups in the same order (and the same date range). `progress(done, total)` is called
/// on the calling thread before the first and after every resample; returning false stops the
/// run and gives [`Stopped`].
pub fn bootstrap(
    series: &[(Vec<f64>, Vec<f64>)],
    plan: &Plan,
    fit: &FitSettings,
    settings: &BootstrapSettings,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<PlanIntervals, Stopped> {
    bootstrap_until(series, plan, fit, settings, progress, &|| false)
}

/// [`bootstrap`], also asking `stop` before each group's refit, on whichever thread does it
/// (one resample of thousands of campaigns takes seconds): `true` stops the run. A caller may
/// wait in `stop` to pause the work, since only the bootstrap's own threads and the calling
/// one ask it.
pub fn bootstrap_until(
    series: &[(Vec<f64>, Vec<f64>)],
    plan: &Plan,
    fit: &FitSettings,
    settings: &BootstrapSettings,
    progress: &mut dyn FnMut(usize, usize) -> bool,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<PlanIntervals, Stopped> {
    let total = settings.resamples;
    // Groups with a curve in the point estimate, with today's and the planned spend.
    let groups: Vec<Option<(Prepared, f64, f64)>> = plan
        .rows
        .iter()
        .enumerate()
        .map(|(g, row)| {
            let (spend, revenue) = series.get(g)?;
            (!matches!(row.status, RowStatus::Refused(_)) && spend.len() == revenue.len()).then(
                || {
                    let mut prepared = Prepared::new(spend, revenue, fit);
                    prepared.learn_starts();
                    (prepared, row.spend_now, row.spend_plan)
                },
            )
        })
        .collect();
    let days = groups
        .iter()
        .flatten()
        .map(|(p, _, _)| p.len())
        .max()
        .unwrap_or(0);
    let draws = block_draws(days, settings, total);

    if !progress(0, total) {
        return Err(Stopped { done: 0 });
    }
    let mut results: Vec<Option<Draw>> = vec![None; total];
    let threads = match settings.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(total.max(1));
    let mut done = 0;
    if threads > 1 {
        let next = AtomicUsize::new(0);
        let halted = AtomicBool::new(false);
        let stopped = std::thread::scope(|scope| {
            let (tx, rx) = mpsc::channel::<(usize, Draw)>();
            for _ in 0..threads {
                let tx = tx.clone();
                let (next, halted, groups, draws) = (&next, &halted, &groups, &draws);
                // A thread that cannot be started is no error: the loop below does its share.
                let _ = std::thread::Builder::new().spawn_scoped(scope, move || {
                    loop {
                        let r = next.fetch_add(1, Ordering::Relaxed);
                        if r >= total || halted.load(Ordering::Relaxed) {
                            break;
                        }
                        let halt = || halted.load(Ordering::Relaxed) || stop();
                        let Some(draw) = one_resample(groups, &draws[r], &halt) else {
                            halted.store(true, Ordering::Relaxed);
                            break;
                        };
                        if tx.send((r, draw)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            for (r, draw) in rx {
                results[r] = Some(draw);
                done += 1;
                if !progress(done, total) {
                    halted.store(true, Ordering::Relaxed);
                    return true;
                }
            }
            halted.load(Ordering::Relaxed)
        });
        if stopped {
            return Err(Stopped { done });
        }
    }
    // One thread, or whatever the workers left undone.
    for (r, out) in results.iter_mut().enumerate() {
        if out.is_none() {
            let draw = one_resample(&groups, &draws[r], stop).ok_or(Stopped { done })?;
            *out = Some(draw);
            done += 1;
            if !progress(done, total) {
                return Err(Stopped { done });
            }
        }
    }
    Ok(summarise(&groups, &results, plan.rows.len(), total))
}

/// Day indices for every resample, drawn up front from one generator so that the result does
/// not depend on the order in which threads finish.
fn block_draws(days: usize, settings: &BootstrapSettings, total: usize) -> Vec<Vec<usize>> {
    let mut rng = SplitMix64::new(settings.seed);
    let block = settings.block.clamp(1, days.max(1));
    (0..total)
        .map(|_| {
            let mut idx = Vec::with_capacity(days);
            while idx.len() < days {
                let start = rng.below(days - block + 1);
                let take = block.min(days - idx.len());
                idx.extend(start..start + take);
            }
            idx
        })
        .collect()
}

/// One resample's draw of every group; `None` once `stop` says so.
fn one_resample(
    groups: &[Option<(Prepared, f64, f64)>],
    days: &[usize],
    stop: &dyn Fn() -> bool,
) -> Option<Draw> {
    groups
        .iter()
        .map(|g| {
            if stop() {
                return None;
            }
            let Some((prepared, now, new)) = g.as_ref() else {
                return Some(None);
            };
            Some(match prepared.fit_days(days) {
                Fit::Fitted(c) => Some((
                    c.marginal(*now),
                    c.marginal(*new),
                    c.response(*new) - c.response(*now),
                )),
                Fit::Refused(_) => None,
            })
        })
        .collect()
}

fn summarise(
    groups: &[Option<(Prepared, f64, f64)>],
    results: &[Option<Draw>],
    rows: usize,
    total: usize,
) -> PlanIntervals {
    let mut now: Vec<Vec<f64>> = vec![Vec::new(); rows];
    let mut new: Vec<Vec<f64>> = vec![Vec::new(); rows];
    let mut gains = Vec::with_capacity(results.len());
    for draw in results.iter().flatten() {
        let mut gain = 0.0;
        for (g, d) in draw.iter().enumerate() {
            if let Some((m_now, m_new, dg)) = d {
                now[g].push(*m_now);
                new[g].push(*m_new);
                gain += dg;
            }
        }
        gains.push(gain);
    }
    let any = groups.iter().any(Option::is_some);
    PlanIntervals {
        rows: (0..rows)
            .map(|g| RowIntervals {
                mroi_now: interval90(&mut now[g]),
                mroi_plan: interval90(&mut new[g]),
                draws: now[g].len(),
            })
            .collect(),
        gain: if any { interval90(&mut gains) } else { None },
        resamples: total,
    }
}

/// 5th and 95th percentiles with linear interpolation between order statistics; none
/// without draws. Non-finite draws are left out.
pub fn interval90(values: &mut Vec<f64>) -> Option<Interval90> {
    values.retain(|v| v.is_finite());
    values.sort_by(f64::total_cmp);
    Some(Interval90 {
        lo: percentile(values, 0.05)?,
        hi: percentile(values, 0.95)?,
    })
}

fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * p;
    let i = (h.floor() as usize).min(last);
    let j = (i + 1).min(last);
    Some(sorted[i] + (h - i as f64) * (sorted[j] - sorted[i]))
}
