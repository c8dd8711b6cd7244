//! Fitting one group's curve: guardrails first (a curve needs days and needs spend that
//! varies), then for every θ on the grid a separable least-squares fit of the Hill curve —
//! β in closed form, (ln K, ln s) by Levenberg–Marquardt on the variable-projected residual —
//! and θ chosen by AIC.

use super::curve::{Curve, adstock};
use super::lm::{Scratch, levenberg};
use crate::metrics::GroupKey;

/// How curves are fitted. The defaults follow PLANNER.md.
#[derive(Clone, Debug, PartialEq)]
pub struct FitSettings {
    /// The adstock decays tried; the one with the lowest AIC wins.
    pub thetas: Vec<f64>,
    /// Longest carry-over in days (the adstock window is `max_lag + 1` days).
    pub max_lag: usize,
    /// Fewer days with spend than this: too few to see a curve.
    pub min_days: usize,
    /// Coefficient of variation of daily spend (over days with spend) below this: the local
    /// slope would be noise, so refuse.
    pub min_cv: f64,
}

impl Default for FitSettings {
    fn default() -> Self {
        FitSettings {
            thetas: (0..=8).map(|i| f64::from(i) / 10.0).collect(),
            max_lag: 13,
            min_days: 28,
            min_cv: 0.10,
        }
    }
}

/// Why a group has no curve.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// Fewer days with spend than [`FitSettings::min_days`].
    TooFewDays { days: usize },
    /// Daily spend hardly varied (coefficient of variation below [`FitSettings::min_cv`]).
    TooLittleVariation { cv: f64 },
    /// Revenue never rose with spend (all zero, or no positive fit).
    NoResponse,
    /// The spend and revenue series differ in length, so days cannot be paired.
    Mismatched { spend: usize, revenue: usize },
    /// The rows cover periods of up to this many days (Meta's reporting periods), not days.
    NotDaily { days: i64 },
}

impl Refusal {
    /// The reason in plain words, for the planner view.
    pub fn message(&self) -> String {
        match self {
            Refusal::TooFewDays { days } => crate::tr!(
                "plan-refusal-too-few-days",
                days = *days,
                days_text = days.to_string()
            ),
            Refusal::TooLittleVariation { cv } => crate::tr!(
                "plan-refusal-too-little-variation",
                variation = format!("{:.0}", cv * 100.0)
            ),
            Refusal::NoResponse => crate::tr!("plan-refusal-no-response"),
            Refusal::Mismatched { spend, revenue } => crate::tr!(
                "plan-refusal-mismatched",
                spend = spend.to_string(),
                revenue = revenue.to_string()
            ),
            Refusal::NotDaily { days } => {
                crate::tr!("plan-refusal-not-daily", days = days.to_string())
            }
        }
    }
}

/// The reasons several groups have no curve, one sentence per kind of reason: twelve groups
/// whose spend never varied are one sentence with the range of their variation, not twelve.
/// `noun` names a group in the plural (`channels`, `campaigns`; the message files name them
/// in their own words).
pub fn summarize_refusals(reasons: &[&Refusal], key: GroupKey) -> Vec<String> {
    let mut lines = Vec::new();
    let kinds: [fn(&Refusal) -> Option<f64>; 5] = [
        |r| match r {
            Refusal::TooFewDays { days } => Some(*days as f64),
            _ => None,
        },
        |r| match r {
            Refusal::TooLittleVariation { cv } => Some(cv * 100.0),
            _ => None,
        },
        |r| matches!(r, Refusal::NoResponse).then_some(0.0),
        |r| matches!(r, Refusal::Mismatched { .. }).then_some(0.0),
        |r| match r {
            Refusal::NotDaily { days } => Some(*days as f64),
            _ => None,
        },
    ];
    for (kind, of) in kinds.iter().enumerate() {
        let found: Vec<(&Refusal, f64)> = reasons
            .iter()
            .filter_map(|r| of(r).map(|v| (*r, v)))
            .collect();
        let Some((first, _)) = found.first() else {
            continue;
        };
        if found.len() == 1 {
            lines.push(first.message());
            continue;
        }
        let n = found.len().to_string();
        let lo = found.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min);
        let hi = found
            .iter()
            .map(|(_, v)| *v)
            .fold(f64::NEG_INFINITY, f64::max);
        let range = if (hi - lo).abs() < 0.5 {
            format!("{lo:.0}")
        } else {
            format!("{lo:.0}–{hi:.0}")
        };
        let noun = key.noun(found.len());
        let noun = noun.as_str();
        lines.push(match kind {
            0 => crate::tr!(
                "plan-refusals-too-few-days",
                n = n,
                noun = noun,
                range = range
            ),
            1 => crate::tr!(
                "plan-refusals-too-little-variation",
                n = n,
                noun = noun,
                range = range
            ),
            2 => crate::tr!("plan-refusals-no-response", n = n, noun = noun),
            3 => crate::tr!("plan-refusals-mismatched", n = n, noun = noun),
            _ => crate::tr!("plan-refusals-not-daily", n = n, noun = noun, range = range),
        });
    }
    lines
}

/// The outcome of fitting one group.
#[derive(Clone, Debug, PartialEq)]
pub enum Fit {
    Fitted(Curve),
    Refused(Refusal),
}

impl Fit {
    /// The curve, when there is one.
    pub fn curve(&self) -> Option<&Curve> {
        match self {
            Fit::Fitted(c) => Some(c),
            Fit::Refused(_) => None,
        }
    }

    /// Why there is no curve, in plain words (none when fitted).
    pub fn message(&self) -> Option<String> {
        match self {
            Fit::Fitted(_) => None,
            Fit::Refused(r) => Some(r.message()),
        }
    }
}

/// Fit one group's response curve from consecutive days of spend and revenue (missing days
/// already filled with 0). Non-finite values count as 0, negative spend as 0.
pub fn fit(spend: &[f64], revenue: &[f64], settings: &FitSettings) -> Fit {
    if spend.len() != revenue.len() {
        return Fit::Refused(Refusal::Mismatched {
            spend: spend.len(),
            revenue: revenue.len(),
        });
    }
    let days: Vec<usize> = (0..spend.len()).collect();
    Prepared::new(spend, revenue, settings).fit_days(&days)
}

/// One group's series with the adstock for every θ computed once, so that the bootstrap can
/// refit many resamples of days without recomputing carry-over. Resampling picks days *with*
/// their adstock from the real history, so carry-over is not broken at block joins.
pub(crate) struct Prepared {
    spend: Vec<f64>,
    revenue: Vec<f64>,
    /// Days that are this group's (see [`Prepared::new`]).
    present: Vec<bool>,
    thetas: Vec<f64>,
    /// `adstock[i][t]` for `thetas[i]`.
    adstock: Vec<Vec<f64>>,
    max_lag: usize,
    min_days: usize,
    min_cv: f64,
    /// Per θ, the (ln K, ln s) the fit on all days found: with [`Prepared::learn_starts`] the
    /// bootstrap starts each refit there (plus the median start) instead of from six cold
    /// starts, three times faster and nearer the optimum that matters.
    learned: Vec<Option<(f64, f64)>>,
}

/// The best fit for one θ on one window of days.
#[derive(Clone, Copy, Debug)]
struct ThetaFit {
    theta: f64,
    u: f64,
    v: f64,
    beta: f64,
    sse: f64,
}

impl Prepared {
    pub(crate) fn new(spend: &[f64], revenue: &[f64], settings: &FitSettings) -> Prepared {
        let n = spend.len().min(revenue.len());
        // A day whose spend or revenue is NaN is not a day of this group (outside the days its
        // data covers, in a bootstrap over several groups' calendar): it is left out of every
        // fit, and counts as no spend for the carry-over of the days after it.
        let present: Vec<bool> = (0..n)
            .map(|t| !spend[t].is_nan() && !revenue[t].is_nan())
            .collect();
        let spend: Vec<f64> = spend[..n]
            .iter()
            .map(|&x| if x.is_finite() && x > 0.0 { x } else { 0.0 })
            .collect();
        let revenue: Vec<f64> = revenue[..n]
            .iter()
            .map(|&y| if y.is_finite() { y } else { 0.0 })
            .collect();
        let mut thetas: Vec<f64> = settings
            .thetas
            .iter()
            .copied()
            .filter(|t| t.is_finite() && (0.0..1.0).contains(t))
            .collect();
        if thetas.is_empty() {
            thetas.push(0.0);
        }
        let adstock = thetas
            .iter()
            .map(|&t| adstock(&spend, t, settings.max_lag))
            .collect();
        Prepared {
            spend,
            revenue,
            present,
            thetas,
            adstock,
            max_lag: settings.max_lag,
            min_days: settings.min_days,
            min_cv: settings.min_cv,
            learned: Vec::new(),
        }
    }

    /// Fit on all days and remember each θ's optimum as the start of later refits.
    pub(crate) fn learn_starts(&mut self) {
        let days: Vec<usize> = (0..self.len()).collect();
        let (_, learned) = self.fit_window(&days);
        self.learned = learned;
    }

    pub(crate) fn len(&self) -> usize {
        self.spend.len()
    }

    /// Fit on a list of day indices (the identity for the point fit, a resample in the
    /// bootstrap; repeats count as repeated days).
    pub(crate) fn fit_days(&self, days: &[usize]) -> Fit {
        self.fit_window(days).0
    }

    /// [`Prepared::fit_days`], also giving each θ's optimum (none where θ could not be fitted).
    fn fit_window(&self, days: &[usize]) -> (Fit, Vec<Option<(f64, f64)>>) {
        let mut learned = vec![None; self.thetas.len()];
        let days: Vec<usize> = days
            .iter()
            .copied()
            .filter(|&d| self.present.get(d).copied().unwrap_or(false))
            .collect();
        let spent: Vec<f64> = days
            .iter()
            .map(|&d| self.spend[d])
            .filter(|&x| x > 0.0)
            .collect();
        if spent.len() < self.min_days.max(3) {
            return (
                Fit::Refused(Refusal::TooFewDays { days: spent.len() }),
                learned,
            );
        }
        let mean = spent.iter().sum::<f64>() / spent.len() as f64;
        let var = spent.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / spent.len() as f64;
        let cv = var.sqrt() / mean;
        if !(cv.is_finite() && cv >= self.min_cv) {
            let cv = if cv.is_finite() { cv } else { 0.0 };
            return (Fit::Refused(Refusal::TooLittleVariation { cv }), learned);
        }

        // θ > 0 drops the first `max_lag` days; to compare AIC fairly every θ is scored on those
        // same later days, and a winning θ = 0 is then refitted on all days.
        let lagged = self.thetas.iter().any(|&t| t > 0.0);
        let late: Vec<usize> = days
            .iter()
            .copied()
            .filter(|&d| d >= self.max_lag)
            .collect();
        let compare = if lagged && late.len() >= 8 {
            &late
        } else {
            &days
        };
        let mut best: Option<(f64, ThetaFit)> = None;
        for (i, &theta) in self.thetas.iter().enumerate() {
            if theta > 0.0 && compare.len() != late.len() {
                continue;
            }
            let Some(tf) = self.fit_theta(i, compare, None) else {
                continue;
            };
            learned[i] = Some((tf.u, tf.v));
            let n = compare.len() as f64;
            let k = if theta > 0.0 { 4.0 } else { 3.0 };
            let aic = n * (tf.sse / n).max(1e-300).ln() + 2.0 * k;
            if best.as_ref().is_none_or(|(b, _)| aic < *b) {
                best = Some((aic, tf));
            }
        }
        let Some((mut aic, mut chosen)) = best else {
            return (Fit::Refused(Refusal::NoResponse), learned);
        };
        let mut used: &[usize] = compare;
        if chosen.theta == 0.0 && compare.len() != days.len() {
            let i = self.thetas.iter().position(|&t| t == 0.0).unwrap_or(0);
            if let Some(tf) = self.fit_theta(i, &days, Some((chosen.u, chosen.v))) {
                let n = days.len() as f64;
                aic = n * (tf.sse / n).max(1e-300).ln() + 6.0;
                chosen = tf;
                used = &days;
            }
        }
        if !(chosen.beta.is_finite() && chosen.beta > 0.0) {
            return (Fit::Refused(Refusal::NoResponse), learned);
        }
        let i = self
            .thetas
            .iter()
            .position(|&t| t == chosen.theta)
            .unwrap_or(0);
        let mut curve = Curve {
            theta: chosen.theta,
            beta: chosen.beta,
            half_saturation: chosen.u.exp(),
            shape: chosen.v.exp(),
            r2: 0.0,
            mape: None,
            days_used: used.len(),
            max_observed: spent.iter().copied().fold(0.0, f64::max),
            min_observed: spent.iter().copied().fold(f64::INFINITY, f64::min),
            mean_spend: days.iter().map(|&d| self.spend[d]).sum::<f64>() / days.len() as f64,
            aic,
        };
        let (r2, mape) = self.goodness(&curve, i, used);
        curve.r2 = r2;
        curve.mape = mape;
        (Fit::Fitted(curve), learned)
    }

    /// R² about the mean revenue, and MAPE over days with revenue above zero.
    fn goodness(&self, curve: &Curve, i: usize, days: &[usize]) -> (f64, Option<f64>) {
        let n = days.len() as f64;
        let mean = days.iter().map(|&d| self.revenue[d]).sum::<f64>() / n;
        let (mut sse, mut sst, mut ape, mut pos) = (0.0, 0.0, 0.0, 0usize);
        for &d in days {
            let y = self.revenue[d];
            let fit = curve.response(self.adstock[i][d]);
            sse += (y - fit).powi(2);
            sst += (y - mean).powi(2);
            if y > 0.0 {
                ape += (y - fit).abs() / y;
                pos += 1;
            }
        }
        let r2 = if sst > 0.0 { 1.0 - sse / sst } else { 0.0 };
        (r2, (pos > 0).then(|| ape / pos as f64))
    }

    /// The best (K, s) for θ = `thetas[i]` on `days`, from the usual starts (or one warm start).
    fn fit_theta(&self, i: usize, days: &[usize], warm: Option<(f64, f64)>) -> Option<ThetaFit> {
        let theta = self.thetas[i];
        let a = &self.adstock[i];
        let mut la = Vec::with_capacity(days.len());
        let mut y = Vec::with_capacity(days.len());
        let mut zero_sse = 0.0;
        for &d in days {
            if a[d] > 0.0 {
                la.push(a[d].ln());
                y.push(self.revenue[d]);
            } else {
                // No adstock: the curve predicts 0 whatever K and s are.
                zero_sse += self.revenue[d] * self.revenue[d];
            }
        }
        if la.len() < 4 {
            return None;
        }
        let mut sorted = la.clone();
        sorted.sort_by(f64::total_cmp);
        let top = sorted[sorted.len() - 1];
        // K from a thousandth of the largest adstock (saturated everywhere) to a hundred times
        // it (practically a power law over the observed range).
        let bounds = (top - 1000f64.ln(), top + 100f64.ln());
        let pick = |p: f64| sorted[((sorted.len() - 1) as f64 * p).round() as usize];
        let learned = self.learned.get(i).copied().flatten();
        let starts: Vec<(f64, f64)> = match (warm, learned) {
            (Some(w), _) => vec![w],
            (None, Some(l)) => vec![l, (pick(0.5), 0.0)],
            (None, None) => [0.5, 0.25, 0.75]
                .iter()
                .flat_map(|&p| [(pick(p), 0.0), (pick(p), 2f64.ln())])
                .collect(),
        };
        let mut scratch = Scratch::default();
        let mut best: Option<ThetaFit> = None;
        for (u0, v0) in starts {
            let (u, v, e) = levenberg(&la, &y, (u0, v0), bounds, &mut scratch);
            let sse = e.sse + zero_sse;
            if sse.is_finite() && best.is_none_or(|b| sse < b.sse) {
                best = Some(ThetaFit {
                    theta,
                    u,
                    v,
                    beta: e.beta,
                    sse,
                });
            }
        }
        best
    }
}
