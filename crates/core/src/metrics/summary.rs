//! Grouped sums and ratios of sums.

use chrono::NaiveDate;
use polars::prelude::*;

use crate::data::clean::date_from_epoch_days;
use crate::data::{Dataset, Field};
use crate::metrics::grouped::{Mask, SumSpec, grouped_sums, regrouped_sums, selected_days};
use crate::metrics::metric::Metric;
use crate::metrics::query::{Filters, Granularity, GroupKey, Query};

/// Why a summary could not be computed (its `Display` in the language in force).
#[derive(Debug)]
pub enum MetricsError {
    FilterNeedsDate,
    /// `column` is a canonical field name (`channel`, `campaign`, `date`).
    GroupNeedsColumn {
        key: GroupKey,
        column: &'static str,
    },
    Polars(PolarsError),
    /// A newer request made this computation pointless; nobody will see its result.
    Stopped,
    /// The period before `from`–`to` would fall outside the calendar (a workspace can hold
    /// any date, such as the year -200000).
    PeriodOutOfRange {
        from: NaiveDate,
        to: NaiveDate,
    },
    /// The dates in view span more days than a plan is made over (a mistyped year, say).
    SpanTooLong {
        days: i64,
        from: NaiveDate,
        to: NaiveDate,
        max: i64,
    },
}

impl std::fmt::Display for MetricsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::date;
        use crate::tr;
        let text = match self {
            MetricsError::FilterNeedsDate => tr!("core-error-filter-needs-date"),
            MetricsError::GroupNeedsColumn { key, column } => tr!(
                "core-error-group-needs-column",
                key = key.noun(1),
                column = Field::from_canonical(column)
                    .map_or_else(|| (*column).to_owned(), Field::label)
            ),
            MetricsError::Polars(e) => {
                tr!("core-error-metrics-failed", detail = e.to_string())
            }
            MetricsError::Stopped => tr!("core-error-stopped"),
            MetricsError::PeriodOutOfRange { from, to } => tr!(
                "core-error-period-out-of-range",
                from = date(*from),
                to = date(*to),
                min = date(NaiveDate::MIN),
                max = date(NaiveDate::MAX)
            ),
            MetricsError::SpanTooLong {
                days,
                from,
                to,
                max,
            } => tr!(
                "core-error-span-too-long",
                days = *days,
                days_text = crate::i18n::big_number(*days as f64, 0),
                from = date(*from),
                to = date(*to),
                max = *max,
                max_text = max.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for MetricsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            MetricsError::Polars(e) => Some(e),
            _ => None,
        }
    }
}

impl From<PolarsError> for MetricsError {
    fn from(e: PolarsError) -> Self {
        MetricsError::Polars(e)
    }
}

/// One value per summary row; `None` where missing.
pub type Values = Vec<Option<f64>>;

/// A grouped result: key columns, then sums, then derived metrics; sorted by the keys.
#[derive(Clone, Debug)]
pub struct Summary {
    pub keys: Vec<GroupKey>,
    /// The metrics present (those whose inputs exist), in column order after the keys.
    pub metrics: Vec<Metric>,
    pub frame: DataFrame,
}

impl Summary {
    pub fn height(&self) -> usize {
        self.frame.height()
    }

    /// Values of one metric column (`None` where not computable or absent).
    pub fn values(&self, metric: Metric) -> Vec<Option<f64>> {
        self.frame
            .column(metric.name().as_str())
            .ok()
            .and_then(|c| c.f64().ok().map(|ca| ca.iter().collect()))
            .unwrap_or_else(|| vec![None; self.height()])
    }

    /// The summed numerator and denominator of a ratio metric per row (without CPM's factor
    /// 1000), counted over the same rows as the metric itself; `None` for sums.
    pub fn parts(&self, metric: Metric) -> Option<(Values, Values)> {
        let column = |part| -> Option<Vec<Option<f64>>> {
            let c = self.frame.column(part_name(metric, part).as_str()).ok()?;
            Some(c.f64().ok()?.iter().collect())
        };
        Some((column("num")?, column("den")?))
    }

    /// The text of one key column for each row (`2024-03-04` for dates), `""` where missing.
    pub fn key_labels(&self, key: GroupKey) -> Vec<String> {
        self.key_values(key)
            .into_iter()
            .map(Option::unwrap_or_default)
            .collect()
    }

    /// The text of one label key column (channel, campaign, source) for each row, borrowed,
    /// `""` where missing: a summary by campaign and day has millions of rows, each would
    /// otherwise be copied. Empty for a time key.
    pub fn key_texts(&self, key: GroupKey) -> Vec<&str> {
        match self.frame.column(key.name()).map(Column::str) {
            Ok(Ok(ca)) if !key.is_time() => ca.iter().map(Option::unwrap_or_default).collect(),
            _ => Vec::new(),
        }
    }

    /// The text of one key column for each row, `None` where the key is missing (a row with
    /// no date grouped by week).
    pub fn key_values(&self, key: GroupKey) -> Vec<Option<String>> {
        let Ok(col) = self.frame.column(key.name()) else {
            return vec![None; self.height()];
        };
        if key.is_time() {
            return self
                .key_dates(key)
                .into_iter()
                .map(|d| d.map(|d| d.to_string()))
                .collect();
        }
        match col.str() {
            Ok(ca) => ca.iter().map(|v| v.map(str::to_owned)).collect(),
            Err(_) => vec![None; self.height()],
        }
    }

    /// The dates of a time key column.
    pub fn key_dates(&self, key: GroupKey) -> Vec<Option<NaiveDate>> {
        let days = self
            .frame
            .column(key.name())
            .and_then(|c| c.cast(&DataType::Int32));
        match days.as_ref().map(|d| d.i32()) {
            Ok(Ok(ca)) => ca
                .iter()
                .map(|d| d.and_then(date_from_epoch_days))
                .collect(),
            _ => vec![None; self.height()],
        }
    }
}

/// Groups and sums the filtered rows and derives every metric whose inputs are present.
/// With no group keys the result is one row of overall totals.
pub fn summarize(ds: &Dataset, query: &Query) -> Result<Summary, MetricsError> {
    summarize_only(ds, query, None)
}

/// [`summarize`] limited to the metrics of `wanted` (every one the data has when `None`): only
/// the sums they need are taken. A statistic over a group × day summary of many campaigns needs
/// a few of its thirty columns, and each column is millions of rows.
pub fn summarize_only(
    ds: &Dataset,
    query: &Query,
    wanted: Option<&[Metric]>,
) -> Result<Summary, MetricsError> {
    summarize_until(ds, query, wanted, &|| false)
}

/// [`summarize_only`], giving up with [`MetricsError::Stopped`] once `stop` says so (asked
/// before each pass over the rows, from any thread).
pub(crate) fn summarize_until(
    ds: &Dataset,
    query: &Query,
    wanted: Option<&[Metric]>,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Summary, MetricsError> {
    let needed = |f: &Field| {
        wanted.is_none_or(|w| {
            w.iter().any(|m| match m.ratio_parts() {
                Some((num, den, _)) => num == *f || den == *f,
                None => *m == Metric::Sum(*f),
            })
        })
    };
    let sums: Vec<Field> = ds
        .fields()
        .into_iter()
        .filter(|f| f.is_numeric() && needed(f))
        .collect();
    let retention_days: Vec<u16> = if ds.has(Field::NewUsers) {
        ds.retention_days()
            .into_iter()
            .filter(|n| wanted.is_none_or(|w| w.contains(&Metric::Retention(*n))))
            .collect()
    } else {
        Vec::new()
    };
    // The rows are read once per sum by [`grouped_sums`], which also leaves a sum empty where a
    // group has nothing to add; the ratios are derived from its few rows after.
    let mut plan = Plan::default();
    for f in &sums {
        plan.row_sum(&f.name(), Mask::All, &f.name(), true);
    }
    for n in &retention_days {
        let retained = Field::Retained(*n).name();
        let mature = Mask::NotNull(vec![retained.clone(), Field::NewUsers.name()]);
        for (part, values) in [("num", retained.clone()), ("den", Field::NewUsers.name())] {
            let name = part_name(Metric::Retention(*n), part);
            plan.row_sum(&values, mature.clone(), &name, false);
        }
    }

    let mut metrics: Vec<Metric> = sums.iter().map(|f| Metric::Sum(*f)).collect();
    let mut derived = Vec::new();
    let mut derived_exprs: Vec<Expr> = Vec::new();
    for m in Metric::DERIVED {
        let Some((num, den, _)) = m.ratio_parts() else {
            continue;
        };
        if !(sums.contains(&num) && sums.contains(&den)) || wanted.is_some_and(|w| !w.contains(&m))
        {
            continue;
        }
        derived.push(m);
        let both = sources_with(ds, &[num, den]);
        let num_name = part_name(m, "num");
        let den_name = part_name(m, "den");
        if both.len() == ds.sources.len() {
            plan.copies
                .push(col(num.name().as_str()).alias(num_name.as_str()));
            plan.copies
                .push(col(den.name().as_str()).alias(den_name.as_str()));
        } else {
            // Files report different columns: a ratio only counts rows from files that report
            // both of its inputs, so a file without clicks does not dilute CPC with its spend.
            let in_both = Mask::Sources(both);
            plan.row_sum(&num.name(), in_both.clone(), &num_name, true);
            plan.row_sum(&den.name(), in_both, &den_name, true);
        }
        derived_exprs.push(ratio_of(m));
    }
    let grouped = grouped_sums(ds, &query.filters, &query.group_by, &plan.rows, stop)?.lazy();
    let grouped = grouped.with_columns(plan.copies);
    for n in &retention_days {
        derived.push(Metric::Retention(*n));
        derived_exprs.push(ratio_of(Metric::Retention(*n)));
    }
    metrics.extend(derived);
    finish(grouped, derived_exprs, &query.group_by, metrics)
}

/// `metric` (a ratio) from its numerator and denominator columns.
fn ratio_of(metric: Metric) -> Expr {
    let (num, den) = (part_name(metric, "num"), part_name(metric, "den"));
    let factor = metric.ratio_parts().map_or(1.0, |(_, _, factor)| factor);
    ratio(lit(factor) * col(num.as_str()), col(den.as_str())).alias(metric.name())
}

/// A coarser summary from a finer one: `s` (say by channel and day) grouped again by `keys`
/// (say by channel), summing the sums and the ratios' numerators and denominators, so every
/// ratio is still a ratio of sums over the same rows. The dashboard gets its per-group and
/// total rows this way from the daily series it needs anyway, instead of reading every row
/// two more times.
pub fn rollup(s: &Summary, keys: &[GroupKey]) -> Result<Summary, MetricsError> {
    let mut plan = Plan::default();
    let mut derived_exprs = Vec::new();
    for m in &s.metrics {
        match m {
            Metric::Sum(f) => plan.row_sum(&f.name(), Mask::All, &f.name(), true),
            ratio => {
                for part in ["num", "den"] {
                    let name = part_name(*ratio, part);
                    plan.row_sum(&name, Mask::All, &name, true);
                }
                derived_exprs.push(ratio_of(*ratio));
            }
        }
    }
    let grouped = regrouped_sums(&s.frame, keys, &plan.rows)?.lazy();
    finish(grouped, derived_exprs, keys, s.metrics.clone())
}

/// Derives the ratios, orders the columns (keys, metrics, hidden parts) and the rows (by key).
fn finish(
    grouped: LazyFrame,
    derived_exprs: Vec<Expr>,
    keys: &[GroupKey],
    metrics: Vec<Metric>,
) -> Result<Summary, MetricsError> {
    let key_names: Vec<&str> = keys.iter().map(|k| k.name()).collect();
    // Label keys are dictionary-encoded in the rows; a summary's few rows carry them as text,
    // sorted by name.
    let mut select: Vec<Expr> = keys
        .iter()
        .map(|k| {
            if k.is_time() {
                col(k.name())
            } else {
                col(k.name()).cast(DataType::String)
            }
        })
        .collect();
    select.extend(metrics.iter().map(|m| col(m.name().as_str())));
    // The numerator and denominator of every ratio stay, for intervals and tests.
    for m in metrics.iter().filter(|m| !matches!(m, Metric::Sum(_))) {
        select.push(col(part_name(*m, "num").as_str()));
        select.push(col(part_name(*m, "den").as_str()));
    }
    let mut out = grouped.with_columns(derived_exprs).select(select);
    if !key_names.is_empty() {
        out = out.sort(
            key_names.clone(),
            SortMultipleOptions::default().with_nulls_last(true),
        );
    }
    let frame = out.collect()?;
    Ok(Summary {
        keys: keys.to_vec(),
        metrics,
        frame,
    })
}

/// A metric per series (channel, campaign or source) and period, for trend charts.
pub fn time_series(
    ds: &Dataset,
    filters: &Filters,
    series: GroupKey,
    granularity: Granularity,
) -> Result<Summary, MetricsError> {
    summarize(
        ds,
        &Query {
            group_by: vec![series, GroupKey::Period(granularity)],
            filters: filters.clone(),
        },
    )
}

/// Impressions → clicks → conversions for one group, with the step rates.
#[derive(Clone, Debug, PartialEq)]
pub struct FunnelRow {
    pub group: String,
    pub impressions: Option<f64>,
    pub clicks: Option<f64>,
    pub conversions: Option<f64>,
    pub ctr: Option<f64>,
    pub cvr: Option<f64>,
}

/// The funnel stages per group (channel, campaign or source), sorted by group.
pub fn funnel(
    ds: &Dataset,
    filters: &Filters,
    by: GroupKey,
) -> Result<Vec<FunnelRow>, MetricsError> {
    let s = summarize(
        ds,
        &Query {
            group_by: vec![by],
            filters: filters.clone(),
        },
    )?;
    Ok(funnel_of(&s, by))
}

/// [`funnel`] from an already computed summary grouped by `by` alone.
pub fn funnel_of(s: &Summary, by: GroupKey) -> Vec<FunnelRow> {
    let groups = s.key_labels(by);
    let [imp, clk, conv, ctr, cvr] = [
        Metric::Sum(Field::Impressions),
        Metric::Sum(Field::Clicks),
        Metric::Sum(Field::Conversions),
        Metric::Ctr,
        Metric::Cvr,
    ]
    .map(|m| s.values(m));
    groups
        .into_iter()
        .enumerate()
        .map(|(i, group)| FunnelRow {
            group,
            impressions: imp[i],
            clicks: clk[i],
            conversions: conv[i],
            ctr: ctr[i],
            cvr: cvr[i],
        })
        .collect()
}

/// One day of one group: the points of a spend-vs-revenue scatter or response curve.
#[derive(Clone, Debug, PartialEq)]
pub struct DailyPoint {
    pub group: String,
    pub date: NaiveDate,
    pub spend: f64,
    pub revenue: f64,
}

/// Daily (spend, revenue) per group; days missing either are left out.
pub fn daily_points(
    ds: &Dataset,
    filters: &Filters,
    by: GroupKey,
) -> Result<Vec<DailyPoint>, MetricsError> {
    if !ds.has(Field::Revenue) {
        return Ok(Vec::new());
    }
    Ok(daily_points_of(
        &time_series(ds, filters, by, Granularity::Day)?,
        by,
    ))
}

/// [`daily_points`] from an already computed daily series of `by` (a [`time_series`] at day
/// granularity), so a caller that has one does not group the rows again.
pub fn daily_points_of(s: &Summary, by: GroupKey) -> Vec<DailyPoint> {
    let groups = s.key_labels(by);
    let dates = s.key_dates(GroupKey::Period(Granularity::Day));
    let spend = s.values(Metric::Sum(Field::Spend));
    let revenue = s.values(Metric::Sum(Field::Revenue));
    (0..s.height())
        .filter_map(|i| {
            Some(DailyPoint {
                group: groups[i].clone(),
                date: dates[i]?,
                spend: spend[i]?,
                revenue: revenue[i]?,
            })
        })
        .collect()
}

/// The first and last day of the rows that pass `filters`; `None` without a date column or
/// when no row passes.
pub fn date_span(
    ds: &Dataset,
    filters: &Filters,
) -> Result<Option<(NaiveDate, NaiveDate)>, MetricsError> {
    if !ds.has(Field::Date) {
        return Ok(None);
    }
    Ok(selected_days(ds, filters)?
        .and_then(|(first, last)| date_from_epoch_days(first).zip(date_from_epoch_days(last))))
}

/// A summary query in steps: the sums (over the rows for [`grouped_sums`], over a finer
/// summary's rows for [`rollup`]), then copies of those sums under the names of ratio parts.
#[derive(Default)]
struct Plan {
    rows: Vec<SumSpec>,
    copies: Vec<Expr>,
}

impl Plan {
    /// `out` = Σ of the rows' `column` where `mask` holds: null when nothing was summed if
    /// `or_null` (Polars' sum would say 0), else 0.
    fn row_sum(&mut self, column: &str, mask: Mask, out: &str, or_null: bool) {
        self.rows.push(SumSpec {
            column: column.to_owned(),
            mask,
            sum: out.to_owned(),
            or_null,
        });
    }
}

/// The hidden column holding a ratio's numerator or denominator: `__roi_num`.
fn part_name(metric: Metric, part: &str) -> String {
    format!("__{}_{part}", metric.name())
}

/// Names of the loaded files that have every one of `fields`.
fn sources_with(ds: &Dataset, fields: &[Field]) -> Vec<String> {
    ds.sources
        .iter()
        .filter(|s| {
            fields
                .iter()
                .all(|f| s.mapping.iter().any(|m| m.field == *f))
        })
        .map(|s| s.name.clone())
        .collect()
}

/// `num / den`, null where the denominator is zero or missing: never inf or NaN.
fn ratio(num: Expr, den: Expr) -> Expr {
    when(
        den.clone()
            .is_not_null()
            .and(den.clone().neq(lit(0.0)))
            .and(num.clone().is_not_null()),
    )
    .then(num / den)
    .otherwise(lit(NULL).cast(DataType::Float64))
}
