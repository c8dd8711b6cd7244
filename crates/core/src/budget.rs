//! The budget planner over a dataset: each group's daily spend and platform-attributed revenue
//! in the range in view, a response curve per group ([`crate::plan::fit`]), a plan
//! ([`crate::plan::plan`]) and its 90 % intervals ([`crate::plan::bootstrap`]). The CLI's
//! `plan`, the app's Budget plan view and its picture all come from here.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::data::{Dataset, Field};
use crate::metrics::{
    Filters, Granularity, GroupKey, Metric, MetricsError, Query, Summary, summarize_only,
};
use crate::plan::{
    BootstrapSettings, Fit, FitSettings, Goal, Plan, PlanInput, PlanIntervals, PlanSettings,
    RowStatus, Stopped,
};
use crate::report::{Cell, NumberFormat, Report, ReportColumn};

/// What every planner view and the CLI say, in the language in force: the model cannot tell
/// more (platform-attributed revenue, not incremental lift).
pub fn caveat() -> String {
    crate::tr!("plan-caveat")
}

/// What the analyst asks of the plan; saved in the workspace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlannerSettings {
    /// Total daily budget; `None` = today's total. Ignored in target mode.
    pub budget: Option<f64>,
    /// Spend each group until its marginal ROI falls to this value (sets the total).
    pub target_mroi: Option<f64>,
    /// How far either way each group may move from today's spend (0.3 = ±30 %).
    pub bounds: f64,
    /// Groups held at today's spend.
    pub locked: BTreeSet<String>,
    /// Bootstrap resamples for the intervals (0 = none).
    pub resamples: usize,
}

impl Default for PlannerSettings {
    fn default() -> Self {
        PlannerSettings {
            budget: None,
            target_mroi: None,
            bounds: PlanSettings::default().bounds,
            locked: BTreeSet::new(),
            resamples: BootstrapSettings::default().resamples,
        }
    }
}

impl PlannerSettings {
    /// The settings with every number usable (a hand-edited workspace can hold anything):
    /// resamples at most [`MAX_RESAMPLES`], bounds finite and not negative, budget and target
    /// finite and not negative (else today's total / no target).
    pub fn sanitized(mut self) -> Self {
        let usable = |v: &f64| v.is_finite() && *v >= 0.0;
        self.resamples = self.resamples.min(MAX_RESAMPLES);
        if !usable(&self.bounds) {
            self.bounds = PlannerSettings::default().bounds;
        }
        self.budget = self.budget.filter(usable);
        self.target_mroi = self.target_mroi.filter(usable);
        self
    }

    /// The plan's goal.
    pub fn goal(&self) -> Goal {
        match (self.target_mroi, self.budget) {
            (Some(target), _) => Goal::TargetMroi(target),
            (None, Some(budget)) => Goal::Budget(budget),
            (None, None) => Goal::CurrentTotal,
        }
    }
}

/// One group's days and its curve.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupCurve {
    pub name: String,
    /// Its first day with a row; `spend` and `revenue` run day by day from here to its last
    /// day with a row (days between without rows count as 0). Files covering different dates
    /// are not read as channels that paused.
    pub first_day: NaiveDate,
    pub spend: Vec<f64>,
    pub revenue: Vec<f64>,
    /// Mean daily spend over those days: "today's" spend.
    pub today: f64,
    /// Σ revenue ÷ Σ spend over those days (the average ROI the dashboard shows).
    pub observed_roi: Option<f64>,
    /// Mean daily revenue over those days (what a group without a curve keeps).
    pub observed_revenue: f64,
    pub fit: Fit,
}

/// Every group's curve for one query.
#[derive(Clone, Debug, PartialEq)]
pub struct Curves {
    /// The rows they were fitted on: a plan shown beside charts of other rows would be wrong.
    pub filters: Filters,
    pub group_by: GroupKey,
    pub groups: Vec<GroupCurve>,
}

impl Curves {
    /// Were these curves fitted on the rows of `filters`, grouped by `key`?
    pub fn fits(&self, filters: &Filters, key: GroupKey) -> bool {
        self.filters == *filters && self.group_by == key
    }
}

/// The longest span of days a plan is made over (ten years): beyond it a mistyped year is the
/// likelier cause, and the daily series would be needlessly large.
pub const MAX_SPAN_DAYS: i64 = 3660;

/// The most bootstrap resamples asked for (more would only take longer to say the same).
pub const MAX_RESAMPLES: usize = 10_000;

/// Curves, the plan made on them for some settings, and (once bootstrapped) its intervals.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanData {
    pub curves: std::sync::Arc<Curves>,
    pub settings: PlannerSettings,
    pub plan: Plan,
    pub intervals: Option<PlanIntervals>,
}

/// Each group's daily spend and revenue over the days in view, and its fitted curve.
/// Grouping by channel or campaign; without a date or revenue column there are no days to fit
/// (no groups).
pub fn fit_curves(ds: &Dataset, filters: &Filters, key: GroupKey) -> Result<Curves, MetricsError> {
    fit_curves_until(ds, filters, key, None, &|| false)
}

/// How many groups are fitted side by side between two questions to `stop`: enough to keep
/// every core busy, few enough that a stop is heard within a fraction of a second.
const FIT_BATCH: usize = 16;

/// [`fit_curves`], giving up with [`MetricsError::Stopped`] once `stop` says so. `stop` is
/// asked on the calling thread between batches of fits (never on a worker thread of the
/// pool), so a caller may wait in it: the app's planner waits there while the charts are
/// computed. `daily`, when given, is the summary by `key` and day over the same rows (the
/// dashboard's daily trend), whose spend and revenue are used instead of reading the rows.
pub fn fit_curves_until(
    ds: &Dataset,
    filters: &Filters,
    key: GroupKey,
    daily: Option<&Summary>,
    stop: &dyn Fn() -> bool,
) -> Result<Curves, MetricsError> {
    use rayon::prelude::*;
    let mut groups = Vec::new();
    if ds.has(Field::Date) && ds.has(Field::Revenue) {
        let computed;
        let daily = match daily {
            Some(daily) => daily,
            None => {
                // Only the two sums the curves need: by campaign and day that is millions of
                // rows.
                let query = Query {
                    group_by: vec![key, GroupKey::Period(Granularity::Day)],
                    filters: filters.clone(),
                };
                let wanted = [Metric::Sum(Field::Spend), Metric::Sum(Field::Revenue)];
                computed = summarize_only(ds, &query, Some(&wanted))?;
                &computed
            }
        };
        // Each group's days with spend and revenue, by name, in one pass over the summary's
        // rows (thousands of campaigns × a year), their names borrowed from it.
        let labels = daily.key_texts(key);
        let dates = daily.key_dates(GroupKey::Period(Granularity::Day));
        let (spend, revenue) = (
            daily.values(Metric::Sum(Field::Spend)),
            daily.values(Metric::Sum(Field::Revenue)),
        );
        let mut by_group: std::collections::BTreeMap<&str, Vec<DayPoint>> = Default::default();
        for (i, label) in labels.iter().enumerate() {
            if let (Some(date), Some(spend), Some(revenue)) = (dates[i], spend[i], revenue[i]) {
                by_group
                    .entry(label)
                    .or_default()
                    .push((date, spend, revenue));
            }
        }
        let days = || by_group.values().flatten().map(|(date, _, _)| *date);
        let (Some(first), Some(last)) = (days().min(), days().max()) else {
            return Ok(Curves {
                filters: filters.clone(),
                group_by: key,
                groups,
            });
        };
        let span = (last - first).num_days();
        if span >= MAX_SPAN_DAYS {
            return Err(MetricsError::SpanTooLong {
                days: span + 1,
                from: first,
                to: last,
                max: MAX_SPAN_DAYS,
            });
        }
        let settings = FitSettings::default();
        // Rows that cover weeks or months are not days: no curve is fitted to them.
        let not_daily = ds.longest_period();
        let series: Vec<(&str, Vec<_>)> = by_group.into_iter().collect();
        for batch in series.chunks(FIT_BATCH) {
            if stop() {
                return Err(MetricsError::Stopped);
            }
            // Each group's fit is its own: fitted side by side, kept in name order.
            let fitted: Vec<Option<GroupCurve>> = batch
                .par_iter()
                .map(|(name, mine)| group_curve(name, mine, not_daily, &settings))
                .collect();
            groups.extend(fitted.into_iter().flatten());
        }
    }
    Ok(Curves {
        filters: filters.clone(),
        group_by: key,
        groups,
    })
}

/// One day of one group: its date, spend and revenue.
type DayPoint = (NaiveDate, f64, f64);

/// One group's daily series (from its first day with data to its last) and curve.
fn group_curve(
    name: &str,
    mine: &[DayPoint],
    not_daily: Option<i64>,
    settings: &FitSettings,
) -> Option<GroupCurve> {
    let first = mine.iter().map(|p| p.0).min()?;
    let last = mine.iter().map(|p| p.0).max()?;
    let days = usize::try_from((last - first).num_days()).unwrap_or(0) + 1;
    let mut spend = vec![0.0; days];
    let mut revenue = vec![0.0; days];
    for (date, day_spend, day_revenue) in mine {
        let d = usize::try_from((*date - first).num_days()).unwrap_or(days);
        if d < days {
            spend[d] += day_spend;
            revenue[d] += day_revenue;
        }
    }
    let total_spend: f64 = spend.iter().sum();
    let total_revenue: f64 = revenue.iter().sum();
    let fit = match not_daily {
        Some(days) => crate::plan::Fit::Refused(crate::plan::Refusal::NotDaily { days }),
        None => crate::plan::fit(&spend, &revenue, settings),
    };
    Some(GroupCurve {
        name: name.to_owned(),
        first_day: first,
        today: total_spend / days as f64,
        observed_roi: (total_spend > 0.0).then(|| total_revenue / total_spend),
        observed_revenue: total_revenue / days as f64,
        spend,
        revenue,
        fit,
    })
}

/// The plan for `settings` on `curves` (no intervals yet).
pub fn make_plan(curves: &std::sync::Arc<Curves>, settings: &PlannerSettings) -> PlanData {
    let inputs: Vec<PlanInput> = curves
        .groups
        .iter()
        .map(|g| PlanInput {
            today: g.today,
            fit: g.fit.clone(),
            locked: settings.locked.contains(&g.name),
        })
        .collect();
    let plan_settings = PlanSettings {
        bounds: settings.bounds,
        ..PlanSettings::default()
    };
    PlanData {
        curves: curves.clone(),
        settings: settings.clone(),
        plan: crate::plan::plan(&inputs, settings.goal(), &plan_settings),
        intervals: None,
    }
}

/// 90 % intervals on marginal ROI and the plan's gain: a block bootstrap over days, refitting
/// every group (`progress(done, total)` returns `false` to stop; `stop` is asked before each
/// group's refit, see [`crate::plan::bootstrap_until`]).
pub fn plan_intervals(
    data: &PlanData,
    progress: &mut dyn FnMut(usize, usize) -> bool,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<PlanIntervals, Stopped> {
    // Every group on the same calendar (the days from the first group's first day to the last
    // group's last), days outside a group's own marked as not its days (NaN): one resample
    // draws the same calendar days for every group.
    let groups = &data.curves.groups;
    let start = groups.iter().map(|g| g.first_day).min();
    let end = groups
        .iter()
        .filter_map(|g| {
            g.first_day
                .checked_add_days(chrono::Days::new(g.spend.len() as u64))
        })
        .max();
    let calendar = match (start, end) {
        (Some(a), Some(b)) => usize::try_from((b - a).num_days()).unwrap_or(0),
        _ => 0,
    };
    let series: Vec<(Vec<f64>, Vec<f64>)> = groups
        .iter()
        .map(|g| {
            let offset = start.map_or(0, |s| {
                usize::try_from((g.first_day - s).num_days()).unwrap_or(0)
            });
            let mut spend = vec![f64::NAN; calendar];
            let mut revenue = vec![f64::NAN; calendar];
            for (t, (x, y)) in g.spend.iter().zip(&g.revenue).enumerate() {
                if let (Some(sx), Some(sy)) =
                    (spend.get_mut(offset + t), revenue.get_mut(offset + t))
                {
                    *sx = *x;
                    *sy = *y;
                }
            }
            (spend, revenue)
        })
        .collect();
    let settings = BootstrapSettings {
        resamples: data.settings.resamples.min(MAX_RESAMPLES),
        ..BootstrapSettings::default()
    };
    crate::plan::bootstrap_until(
        &series,
        &data.plan,
        &FitSettings::default(),
        &settings,
        progress,
        stop,
    )
}

impl PlanData {
    /// Daily revenue now and at the plan, over every group: the model's for groups with a
    /// curve, the observed mean for groups held without one (the same before and after).
    pub fn revenue_totals(&self) -> (f64, f64) {
        let held: f64 = self
            .curves
            .groups
            .iter()
            .zip(&self.plan.rows)
            .filter(|(_, row)| row.revenue_now.is_none())
            .map(|(g, _)| g.observed_revenue)
            .sum();
        (self.plan.revenue_now + held, self.plan.revenue_plan + held)
    }

    /// The plan as a table, one row per group (the CLI's output and the view's CSV): daily
    /// amounts, `null`/empty where a figure cannot be given.
    pub fn report(&self) -> Report {
        let money = NumberFormat::Money;
        let multiple = NumberFormat::Multiple;
        let plain = NumberFormat::Plain;
        let columns = vec![
            ReportColumn::Key(self.curves.group_by),
            ReportColumn::Named("status", NumberFormat::Plain),
            ReportColumn::Named("spend_now", money),
            ReportColumn::Named("spend_plan", money),
            ReportColumn::Named("change", money),
            ReportColumn::Named("roi", multiple),
            ReportColumn::Named("mroi_now", multiple),
            ReportColumn::Named("mroi_now_lo", multiple),
            ReportColumn::Named("mroi_now_hi", multiple),
            ReportColumn::Named("mroi_plan", multiple),
            ReportColumn::Named("revenue_now", money),
            ReportColumn::Named("revenue_plan", money),
            ReportColumn::Named("extrapolated", plain),
            ReportColumn::Named("theta", plain),
            ReportColumn::Named("half_saturation", money),
            ReportColumn::Named("shape", plain),
            ReportColumn::Named("r2", plain),
        ];
        let rows = self
            .curves
            .groups
            .iter()
            .zip(&self.plan.rows)
            .enumerate()
            .map(|(i, (g, row))| {
                let curve = g.fit.curve();
                let interval = self
                    .intervals
                    .as_ref()
                    .and_then(|iv| iv.rows.get(i))
                    .and_then(|r| r.mroi_now);
                let held_revenue = (row.revenue_now.is_none()).then_some(g.observed_revenue);
                vec![
                    Cell::Text(Some(g.name.clone())),
                    Cell::Text(Some(status_name(&row.status).to_owned())),
                    Cell::Number(Some(row.spend_now)),
                    Cell::Number(Some(row.spend_plan)),
                    Cell::Number(Some(row.change)),
                    Cell::Number(g.observed_roi),
                    Cell::Number(row.mroi_now),
                    Cell::Number(interval.map(|iv| iv.lo)),
                    Cell::Number(interval.map(|iv| iv.hi)),
                    Cell::Number(row.mroi_plan),
                    Cell::Number(row.revenue_now.or(held_revenue)),
                    Cell::Number(row.revenue_plan.or(held_revenue)),
                    Cell::Flag(row.extrapolated),
                    Cell::Number(curve.map(|c| c.theta)),
                    Cell::Number(curve.map(|c| c.half_saturation)),
                    Cell::Number(curve.map(|c| c.shape)),
                    Cell::Number(curve.map(|c| c.r2)),
                ]
            })
            .collect();
        Report { columns, rows }
    }

    /// Two lines for stderr and a picture's footnote: the totals before and after with the
    /// gain's interval, and the plan's note if any.
    pub fn summary_lines(&self) -> Vec<String> {
        let (before, after) = self.revenue_totals();
        let fmt = |v: f64| crate::i18n::big_number(v, 2);
        let gain = format!("{}{}", sign(after - before), fmt((after - before).abs()));
        let gain = match self.intervals.as_ref().and_then(|i| i.gain) {
            Some(iv) => crate::tr!(
                "plan-gain-interval",
                gain = gain,
                lo = fmt(iv.lo),
                hi = fmt(iv.hi)
            ),
            None => crate::tr!("plan-gain", gain = gain),
        };
        let mut lines = vec![crate::tr!(
            "plan-totals",
            spend_now = fmt(self.plan.total_now),
            spend_plan = fmt(self.plan.total_plan),
            revenue_now = fmt(before),
            revenue_plan = fmt(after),
            gain = gain
        )];
        if let Some(note) = &self.plan.note {
            lines.push(crate::tr!("plan-note", note = note.message()));
        }
        lines
    }
}

fn sign(v: f64) -> &'static str {
    if v < 0.0 { "-" } else { "+" }
}

/// The status word of the CLI's JSON: `fitted`, `locked`, `too_few_days`,
/// `too_little_variation`, `no_response`.
pub fn status_name(status: &RowStatus) -> &'static str {
    use crate::plan::Refusal;
    match status {
        RowStatus::Fitted => "fitted",
        RowStatus::Locked => "locked",
        RowStatus::Refused(Refusal::TooFewDays { .. }) => "too_few_days",
        RowStatus::Refused(Refusal::TooLittleVariation { .. }) => "too_little_variation",
        RowStatus::Refused(Refusal::NoResponse) => "no_response",
        RowStatus::Refused(Refusal::Mismatched { .. }) => "mismatched",
        RowStatus::Refused(Refusal::NotDaily { .. }) => "not_daily",
    }
}
