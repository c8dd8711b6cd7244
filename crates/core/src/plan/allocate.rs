//! Turning curves into a plan: split a daily budget to maximise total modelled revenue within
//! each group's bounds (greedy on a fine grid, with multi-step jumps for S-shaped curves), or
//! spend each group up to a target marginal ROI.

use super::curve::Curve;
use super::fit::{Fit, Refusal};

/// One group going into the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanInput {
    /// Today's daily spend (the mean daily spend over the range, unless the caller knows
    /// better). Non-finite or negative counts as 0.
    pub today: f64,
    /// The group's fit: a refused fit keeps the group at today's spend, with the reason shown.
    pub fit: Fit,
    /// Held at today's spend by the analyst.
    pub locked: bool,
}

/// What the plan aims for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Goal {
    /// Spend the same total as today, split better.
    CurrentTotal,
    /// Spend this total daily budget (held and locked groups included).
    Budget(f64),
    /// Spend each group up to the point where the next unit returns this much (e.g. 1.0: stop
    /// where another unit of spend brings back one unit of attributed revenue).
    TargetMroi(f64),
}

/// Plan knobs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanSettings {
    /// Each free group may move this fraction either way from today (0.3: 0.7–1.3× today).
    pub bounds: f64,
    /// The budget is handed out in steps of (budget for free groups) / `steps`.
    pub steps: usize,
}

impl Default for PlanSettings {
    fn default() -> Self {
        PlanSettings {
            bounds: 0.3,
            steps: 2000,
        }
    }
}

/// Why a group's row looks the way it does.
#[derive(Clone, Debug, PartialEq)]
pub enum RowStatus {
    /// Planned on its curve.
    Fitted,
    /// Has a curve but was locked at today's spend.
    Locked,
    /// No curve: held at today's spend (the reason says why).
    Refused(Refusal),
}

/// One group in the plan. Revenue and ROI figures are the model's, from the curve; `None`
/// where there is no curve (the caller shows observed figures instead).
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub spend_now: f64,
    pub spend_plan: f64,
    pub change: f64,
    /// The bounds the plan had to respect (equal to today for held groups).
    pub lo: f64,
    pub hi: f64,
    /// Model average ROI at today's spend, R(now)/now.
    pub roi_now: Option<f64>,
    pub mroi_now: Option<f64>,
    pub mroi_plan: Option<f64>,
    pub revenue_now: Option<f64>,
    pub revenue_plan: Option<f64>,
    /// The planned spend is beyond 1.2× the largest day the curve saw.
    pub extrapolated: bool,
    pub status: RowStatus,
}

/// Something the analyst must be told about the plan as a whole.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlanNote {
    /// The budget is below what held groups plus every free group's lower bound need: every
    /// free group is at its lower bound and the plan overspends by `overspend`.
    BelowMinimum { overspend: f64 },
    /// The budget is above every free group's upper bound: `unspent` is left over.
    AboveMaximum { unspent: f64 },
    /// The budget or target was not a usable number: everything is held at today.
    InvalidGoal,
}

impl PlanNote {
    /// The note in plain words.
    pub fn message(&self) -> String {
        match self {
            PlanNote::BelowMinimum { overspend } => crate::tr!(
                "plan-note-below-minimum",
                overspend = format!("{overspend:.2}")
            ),
            PlanNote::AboveMaximum { unspent } => {
                crate::tr!("plan-note-above-maximum", unspent = format!("{unspent:.2}"))
            }
            PlanNote::InvalidGoal => crate::tr!("plan-note-invalid-goal"),
        }
    }
}

/// A plan: per-group rows and totals. Revenue totals are over groups with a curve.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub rows: Vec<PlanRow>,
    pub total_now: f64,
    pub total_plan: f64,
    /// The budget aimed at (none in target mode, where the total is whatever results).
    pub budget: Option<f64>,
    pub revenue_now: f64,
    pub revenue_plan: f64,
    pub gain: f64,
    pub note: Option<PlanNote>,
}

fn clean(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 { x } else { 0.0 }
}

/// Make a plan for `inputs` towards `goal`. Groups without a curve, and locked groups, stay at
/// today's spend and take it out of the budget first.
pub fn plan(inputs: &[PlanInput], goal: Goal, settings: &PlanSettings) -> Plan {
    let bounds = if settings.bounds.is_finite() && settings.bounds >= 0.0 {
        settings.bounds
    } else {
        PlanSettings::default().bounds
    };
    let today: Vec<f64> = inputs.iter().map(|g| clean(g.today)).collect();
    let free: Vec<bool> = inputs
        .iter()
        .map(|g| g.fit.curve().is_some() && !g.locked)
        .collect();
    let lo: Vec<f64> = (0..inputs.len())
        .map(|i| {
            if free[i] {
                today[i] * (1.0 - bounds).max(0.0)
            } else {
                today[i]
            }
        })
        .collect();
    let hi: Vec<f64> = (0..inputs.len())
        .map(|i| {
            if free[i] {
                today[i] * (1.0 + bounds)
            } else {
                today[i]
            }
        })
        .collect();
    let mut x = today.clone();
    let mut note = None;
    let mut budget = None;
    match goal {
        Goal::TargetMroi(t) if t.is_nan() => note = Some(PlanNote::InvalidGoal),
        Goal::TargetMroi(target) => {
            for (i, g) in inputs.iter().enumerate() {
                if let (true, Some(c)) = (free[i], g.fit.curve()) {
                    x[i] = target_spend(c, lo[i], hi[i], target);
                }
            }
        }
        Goal::Budget(b) if !(b.is_finite() && b >= 0.0) => note = Some(PlanNote::InvalidGoal),
        Goal::CurrentTotal | Goal::Budget(_) => {
            let total = match goal {
                Goal::Budget(b) => b,
                _ => today.iter().sum(),
            };
            budget = Some(total);
            let held: f64 = (0..inputs.len())
                .filter(|&i| !free[i])
                .map(|i| today[i])
                .sum();
            let remaining = total - held;
            let sum_lo: f64 = (0..inputs.len()).filter(|&i| free[i]).map(|i| lo[i]).sum();
            let sum_hi: f64 = (0..inputs.len()).filter(|&i| free[i]).map(|i| hi[i]).sum();
            if remaining < sum_lo {
                x.clone_from(&lo);
                note = Some(PlanNote::BelowMinimum {
                    overspend: sum_lo - remaining,
                });
            } else if remaining > sum_hi {
                x.clone_from(&hi);
                note = Some(PlanNote::AboveMaximum {
                    unspent: remaining - sum_hi,
                });
            } else {
                let curves: Vec<Option<&Curve>> = inputs
                    .iter()
                    .enumerate()
                    .map(|(i, g)| g.fit.curve().filter(|_| free[i]))
                    .collect();
                let step = remaining / settings.steps.max(1) as f64;
                x = greedy(&curves, &lo, &hi, remaining - sum_lo, step);
                for i in 0..inputs.len() {
                    if !free[i] {
                        x[i] = today[i];
                    }
                }
            }
        }
    }
    rows(inputs, &today, &x, &lo, &hi, budget, note)
}

fn rows(
    inputs: &[PlanInput],
    today: &[f64],
    x: &[f64],
    lo: &[f64],
    hi: &[f64],
    budget: Option<f64>,
    note: Option<PlanNote>,
) -> Plan {
    let mut out = Plan {
        rows: Vec::with_capacity(inputs.len()),
        total_now: 0.0,
        total_plan: 0.0,
        budget,
        revenue_now: 0.0,
        revenue_plan: 0.0,
        gain: 0.0,
        note,
    };
    for (i, g) in inputs.iter().enumerate() {
        let (now, new) = (today[i], x[i]);
        let curve = g.fit.curve();
        let status = match (&g.fit, g.locked) {
            (Fit::Refused(r), _) => RowStatus::Refused(r.clone()),
            (Fit::Fitted(_), true) => RowStatus::Locked,
            (Fit::Fitted(_), false) => RowStatus::Fitted,
        };
        let row = PlanRow {
            spend_now: now,
            spend_plan: new,
            change: new - now,
            lo: lo[i],
            hi: hi[i],
            roi_now: curve.and_then(|c| c.average_roi(now)),
            mroi_now: curve.map(|c| c.marginal(now)),
            mroi_plan: curve.map(|c| c.marginal(new)),
            revenue_now: curve.map(|c| c.response(now)),
            revenue_plan: curve.map(|c| c.response(new)),
            extrapolated: curve.is_some_and(|c| c.extrapolated(new)),
            status,
        };
        out.total_now += now;
        out.total_plan += new;
        out.revenue_now += row.revenue_now.unwrap_or(0.0);
        out.revenue_plan += row.revenue_plan.unwrap_or(0.0);
        out.rows.push(row);
    }
    out.gain = out.revenue_plan - out.revenue_now;
    out
}

/// The best single move for one group at `x`: the amount `d` (a whole number of steps, or
/// whatever is left below `hi` or in the budget) with the largest average return
/// (R(x+d) − R(x))/d. Looking beyond one step lets a group below the steep part of an S-curve
/// show what a bigger move would earn instead of being starved at its flat start.
fn best_move(c: &Curve, x: f64, hi: f64, step: f64, left: f64) -> Option<(f64, f64)> {
    let cap = (hi - x).min(left);
    if !(cap > 0.0 && step > 0.0) {
        return None;
    }
    let base = c.response(x);
    let mut best: Option<(f64, f64)> = None;
    let mut consider = |d: f64| {
        let rate = (c.response(x + d) - base) / d;
        if rate.is_finite() && best.is_none_or(|(r, _)| rate > r) {
            best = Some((rate, d));
        }
    };
    // Every step count up to 64, then a geometric ladder (×1.15) up to the cap: about 120
    // evaluations however fine the steps.
    let mut k = 1.0f64;
    while k * step < cap {
        consider(k * step);
        k = if k < 64.0 {
            k + 1.0
        } else {
            (k * 1.15).floor()
        };
    }
    consider(cap);
    best
}

/// Greedy allocation of `amount` above the lower bounds, in steps of `step`, each move to the
/// group with the best average return. Groups with `None` do not take part.
fn greedy(curves: &[Option<&Curve>], lo: &[f64], hi: &[f64], amount: f64, step: f64) -> Vec<f64> {
    let mut x = lo.to_vec();
    let mut left = amount;
    let tiny = amount.abs() * 1e-13;
    let mut cache: Vec<Option<(f64, f64)>> = vec![None; curves.len()];
    let mut stale = vec![true; curves.len()];
    while left > tiny {
        let mut pick: Option<(usize, f64, f64)> = None;
        for (g, c) in curves.iter().enumerate() {
            let Some(c) = c else { continue };
            if stale[g] || cache[g].is_some_and(|(_, d)| d > left) {
                cache[g] = best_move(c, x[g], hi[g], step, left);
                stale[g] = false;
            }
            if let Some((rate, d)) = cache[g]
                && pick.is_none_or(|(_, r, _)| rate > r)
            {
                pick = Some((g, rate, d));
            }
        }
        let Some((g, _, d)) = pick else { break };
        x[g] = if d >= hi[g] - x[g] { hi[g] } else { x[g] + d };
        left -= d;
        stale[g] = true;
    }
    x
}

/// Target mode for one group: the largest spend in [lo, hi] whose marginal ROI is at least
/// `target`; `lo` if even `lo` falls short. The marginal ROI of an S-curve rises then falls,
/// so a fine grid is scanned from the top down for the last point at or above the target and
/// the crossing after it is refined by bisection.
fn target_spend(c: &Curve, lo: f64, hi: f64, target: f64) -> f64 {
    if hi.partial_cmp(&lo) != Some(std::cmp::Ordering::Greater) {
        return lo;
    }
    const GRID: usize = 256;
    let at = |i: usize| lo + (hi - lo) * i as f64 / GRID as f64;
    let Some(i) = (0..=GRID).rev().find(|&i| c.marginal(at(i)) >= target) else {
        return lo;
    };
    if i == GRID {
        return hi;
    }
    let (mut a, mut b) = (at(i), at(i + 1));
    for _ in 0..80 {
        let m = 0.5 * (a + b);
        if c.marginal(m) >= target {
            a = m;
        } else {
            b = m;
        }
    }
    a
}
