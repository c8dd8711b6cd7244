//! Period over period: the same summary over the previous range of equal length (or a chosen
//! one), lined up with the current groups.

use std::collections::BTreeMap;

use chrono::{NaiveDate, TimeDelta};
use serde::{Deserialize, Serialize};

use crate::data::Dataset;
use crate::metrics::metric::Metric;
use crate::metrics::query::{Filters, GroupKey, Query};
use crate::metrics::summary::{MetricsError, Summary, date_span, summarize};

/// What the selected dates are compared with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Comparison {
    /// The range of equal length that ends the day before the selected one starts.
    #[default]
    Previous,
    /// A range the analyst chose (last year's campaign, say).
    Range { from: NaiveDate, to: NaiveDate },
}

/// The current range, the range it is compared with, and the other range's values.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodComparison {
    pub current: (NaiveDate, NaiveDate),
    pub previous: (NaiveDate, NaiveDate),
    /// Per metric, the other range's value for each current group (in the current order).
    pub values: BTreeMap<Metric, Vec<Option<f64>>>,
    /// Per metric, the other range's overall total.
    pub totals: BTreeMap<Metric, Option<f64>>,
    /// Whether the other range has any rows at all.
    pub has_rows: bool,
}

impl PeriodComparison {
    /// The other range's value of `metric` for current group row `i`.
    pub fn previous(&self, metric: Metric, i: usize) -> Option<f64> {
        self.values.get(&metric)?.get(i).copied().flatten()
    }

    pub fn previous_total(&self, metric: Metric) -> Option<f64> {
        self.totals.get(&metric).copied().flatten()
    }
}

/// The change from `previous` to `current`: (absolute, relative as a fraction of the previous
/// value's size). The relative change is `None` when the previous value is zero or missing.
pub fn change(current: Option<f64>, previous: Option<f64>) -> (Option<f64>, Option<f64>) {
    match (current, previous) {
        (Some(c), Some(p)) => (Some(c - p), (p != 0.0).then(|| (c - p) / p.abs())),
        _ => (None, None),
    }
}

/// The range of equal length ending the day before `from`. A range so long, or so early, that
/// the previous one would start before the calendar's first day (a workspace can hold any date)
/// is [`MetricsError::PeriodOutOfRange`], not an overflow.
pub fn previous_range(
    from: NaiveDate,
    to: NaiveDate,
) -> Result<(NaiveDate, NaiveDate), MetricsError> {
    let out_of_range = || MetricsError::PeriodOutOfRange { from, to };
    // Two `NaiveDate`s are at most ±200 million days apart: neither this nor the `+ 1` can
    // overflow an i64, but each step is checked all the same.
    let days = to
        .signed_duration_since(from)
        .num_days()
        .checked_add(1)
        .ok_or_else(out_of_range)?;
    let shift = |days: i64| {
        TimeDelta::try_days(days)
            .and_then(|delta| from.checked_sub_signed(delta))
            .ok_or_else(out_of_range)
    };
    Ok((shift(days)?, shift(1)?))
}

/// The selected range: the filters' dates, with a missing end taken from the data in view.
pub fn current_range(
    ds: &Dataset,
    filters: &Filters,
) -> Result<Option<(NaiveDate, NaiveDate)>, MetricsError> {
    if let (Some(from), Some(to)) = (filters.from, filters.to) {
        return Ok(Some((from, to)));
    }
    Ok(date_span(ds, filters)?
        .map(|(first, last)| (filters.from.unwrap_or(first), filters.to.unwrap_or(last))))
}

/// Compares the rows in view (`by_group`, grouped by `key` alone, and `totals`, both over
/// `filters`) with the same filters over the other range. `None` without dates.
pub fn compare_periods(
    ds: &Dataset,
    filters: &Filters,
    key: GroupKey,
    by_group: &Summary,
    comparison: &Comparison,
) -> Result<Option<PeriodComparison>, MetricsError> {
    let Some(current) = current_range(ds, filters)? else {
        return Ok(None);
    };
    let previous = match comparison {
        Comparison::Previous => previous_range(current.0, current.1)?,
        Comparison::Range { from, to } => (*from.min(to), *from.max(to)),
    };
    let other = Filters {
        from: Some(previous.0),
        to: Some(previous.1),
        ..filters.clone()
    };
    let theirs = summarize(
        ds,
        &Query {
            group_by: vec![key],
            filters: other.clone(),
        },
    )?;
    let their_totals = summarize(
        ds,
        &Query {
            group_by: vec![],
            filters: other,
        },
    )?;
    let their_names = theirs.key_labels(key);
    let ours = by_group.key_labels(key);
    let mut values = BTreeMap::new();
    let mut totals = BTreeMap::new();
    for m in &by_group.metrics {
        let column = theirs.values(*m);
        values.insert(
            *m,
            ours.iter()
                .map(|name| {
                    their_names
                        .iter()
                        .position(|n| n == name)
                        .and_then(|i| column[i])
                })
                .collect(),
        );
        totals.insert(*m, their_totals.values(*m).first().copied().flatten());
    }
    Ok(Some(PeriodComparison {
        current,
        previous,
        values,
        totals,
        has_rows: theirs.height() > 0,
    }))
}
