//! Cohort retention and lifetime value from an event log.
//!
//! Definitions (the README says them too):
//! - A user's **start** is their first event (or first event of a chosen start event); their
//!   **cohort** is the period (day, week from Monday, month) of that day, and their group the
//!   channel of their first event (first touch).
//!   A user→channel file, when given, overrides first touch for the users it lists.
//! - **Day N** is calendar days in the log's time zone: a start at 23:58 and an event at 00:03
//!   are days 0 and 1. With [`Windows::Rolling24h`], day N is instead the N-th 24-hour window
//!   after the start event: ⌊(event time − start time) / 86 400 s⌋.
//! - **Retention on day N**: users with an event (or a chosen return event) on day N, or with
//!   the alternative mode on day N or later, ÷ the cohort's users. In a **bracket** of days
//!   a–b (D2–7): users with a return on some day from a to b ÷ the cohort's users, whatever the
//!   mode.
//! - A cell is **immature** (empty, never 0) until every user of the cohort has reached day N
//!   (for a bracket, its last day b): on the calendar, day N is reached once the log's last day
//!   is N days after the start day; in rolling windows, once the log's last event is at least
//!   N + 1 full 24-hour windows after the start (the whole window has been seen). The average
//!   over cohorts is the ratio of sums over the mature cohorts of each N.
//! - **LTV on day N**: the amount from the cohort's users on days 0 … N ÷ the cohort's users.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::NaiveDate;

use crate::data::clean::date_from_epoch_days;
use crate::data::events::{EventLog, EventTable};
use crate::metrics::Granularity;

mod matrix;
pub(crate) use matrix::brackets as bracket_ends;
pub use matrix::{CohortMatrix, CohortSums, matrix_of, rows_of};

/// When a user counts as returned on day N.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// An event on day N itself.
    #[default]
    On,
    /// An event on day N or any later day.
    OnOrAfter,
}

/// What "day N" of a user measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Windows {
    /// Calendar days in the log's time zone: 23:58 and 00:03 are days 0 and 1.
    #[default]
    Calendar,
    /// 24-hour windows from the user's start event: 23:58 and 00:03 are both day 0. The
    /// analyst's choice when installs late at night would otherwise look like day-1 returns.
    Rolling24h,
}

/// What to compute.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortSettings {
    pub period: Granularity,
    /// The days N of the columns (`1, 7, 30`).
    pub days: Vec<u16>,
    pub mode: Mode,
    /// The event that starts a user (`None`: any event).
    pub start: Option<String>,
    /// The event that counts as a return (`None`: any event).
    pub returns: Option<String>,
    /// One row set per first-touch channel (else all users together).
    pub by_channel: bool,
    /// Brackets of days `(a, b)`, both ends included (`(1, 1), (2, 7), (8, 30)`): retained
    /// when back on some day of the bracket. Ends given in the wrong order are read in order.
    pub brackets: Vec<(u16, u16)>,
    /// Calendar days or rolling 24-hour windows.
    pub windows: Windows,
    /// User → channel, overriding first-touch attribution for the users listed (see
    /// [`crate::data::events::load_user_channels`]); shared, since it can hold millions of
    /// users and settings are cloned freely.
    pub user_channels: Option<Arc<HashMap<String, String>>>,
}

impl Default for CohortSettings {
    fn default() -> Self {
        CohortSettings {
            period: Granularity::Day,
            days: vec![1, 7, 30],
            mode: Mode::On,
            start: None,
            returns: None,
            by_channel: true,
            brackets: Vec::new(),
            windows: Windows::Calendar,
            user_channels: None,
        }
    }
}

/// One row of the cohort table: a cohort of a group, or (`cohort: None`) the group's average
/// over its mature cohorts.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortRow {
    pub group: String,
    /// The first day of the cohort's period; `None` for the group's average.
    pub cohort: Option<NaiveDate>,
    pub users: usize,
    /// Per day N of the settings: retention, `None` while immature.
    pub retention: Vec<Option<f64>>,
    /// Per day N: LTV, `None` while immature.
    pub ltv: Vec<Option<f64>>,
    /// Per day N: returned users and users of the mature cohorts (the ratio's parts).
    pub retained: Vec<Option<(usize, usize)>>,
    /// Per bracket of the settings: retention, `None` until the bracket's last day is mature.
    pub bracket_retention: Vec<Option<f64>>,
    /// Per bracket: returned users and users of the mature cohorts.
    pub bracket_retained: Vec<Option<(usize, usize)>>,
    /// The cohort's amount through each day offset 0, 1, … as far as every user of it has
    /// reached (at most the largest N); empty for the average.
    pub amount_through: Vec<f64>,
    /// With spend joined ([`attach_spend`]): the spend of the cohort's dates and channel (for
    /// the average, of all its cohorts).
    pub spend: Option<f64>,
    /// With spend joined: the amount through each day offset ÷ the spend, as far as the
    /// cohort's users have all reached; for the average, the ratio of sums over the cohorts
    /// that reached each day.
    pub roas_by_day: Vec<Option<f64>>,
}

/// When a cohort's amount first covers its spend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Payback {
    /// On this day (cumulative amount ≥ spend).
    Day(u32),
    /// Not by this day, the last one every user of the cohort has reached.
    NotBy(u32),
}

impl CohortRow {
    /// The 95 % Wilson interval of the retention on the `k`-th day N of the settings (the
    /// group average's from the summed counts of its mature cohorts): how far a small
    /// cohort's rate can be from the channel's true one. `None` while immature.
    pub fn retention_interval(&self, k: usize) -> Option<(f64, f64)> {
        let (back, size) = self.retained.get(k).copied().flatten()?;
        crate::stats::wilson(back as f64, size as f64)
    }

    /// The 95 % Wilson interval of the retention in the `k`-th bracket of the settings.
    pub fn bracket_interval(&self, k: usize) -> Option<(f64, f64)> {
        let (back, size) = self.bracket_retained.get(k).copied().flatten()?;
        crate::stats::wilson(back as f64, size as f64)
    }

    /// Spend per user of the cohort.
    pub fn cpi(&self) -> Option<f64> {
        self.spend
            .filter(|_| self.users > 0)
            .map(|s| s / self.users as f64)
    }

    /// ROAS on each day N of `days` (empty while immature or without spend).
    pub fn roas(&self, days: &[u16]) -> Vec<Option<f64>> {
        days.iter()
            .map(|n| self.roas_by_day.get(usize::from(*n)).copied().flatten())
            .collect()
    }

    /// The first day the amount covers the spend, or the last day seen without it.
    pub fn payback(&self) -> Option<Payback> {
        let last = self.roas_by_day.iter().rposition(Option::is_some)?;
        Some(
            self.roas_by_day
                .iter()
                .position(|r| r.is_some_and(|r| r >= 1.0))
                .map_or(Payback::NotBy(last as u32), |d| Payback::Day(d as u32)),
        )
    }
}

/// Joins spend to the cohort table: `spend_of(group, first day of the cohort's period, first
/// day of the next)` is the spend of those dates in that channel. Each group's average gets
/// the spend of all its cohorts and, per day, the ratio of the summed amounts to the summed
/// spend of the cohorts that reached it.
pub fn attach_spend(
    rows: &mut [CohortRow],
    period: Granularity,
    spend_of: impl Fn(&str, NaiveDate, NaiveDate) -> Option<f64>,
) {
    // Per group: each cohort's spend and cumulative amounts.
    let mut parts: BTreeMap<String, Vec<(f64, Vec<f64>)>> = BTreeMap::new();
    for row in rows.iter_mut() {
        let Some(start) = row.cohort else { continue };
        let first = crate::data::clean::days_since_epoch(start);
        let Some(end) = date_from_epoch_days(next_period(first, period)) else {
            continue;
        };
        row.spend = spend_of(&row.group, start, end);
        let spend = row.spend.filter(|s| *s > 0.0);
        row.roas_by_day = row
            .amount_through
            .iter()
            .map(|a| spend.map(|s| a / s))
            .collect();
        if let Some(s) = row.spend {
            parts
                .entry(row.group.clone())
                .or_default()
                .push((s, row.amount_through.clone()));
        }
    }
    for row in rows.iter_mut().filter(|r| r.cohort.is_none()) {
        let Some(cohorts) = parts.get(&row.group) else {
            continue;
        };
        row.spend = Some(cohorts.iter().map(|(s, _)| s).sum());
        let longest = cohorts.iter().map(|(_, a)| a.len()).max().unwrap_or(0);
        row.roas_by_day = (0..longest)
            .map(|d| {
                let reached = cohorts.iter().filter(|(s, a)| *s > 0.0 && a.len() > d);
                let (amount, spend) = reached.fold((0.0, 0.0), |(a, s), (spend, amounts)| {
                    (a + amounts[d], s + spend)
                });
                (spend > 0.0).then(|| amount / spend)
            })
            .collect();
    }
}

/// The first day of the period after the one starting on `first`.
fn next_period(first: i32, period: Granularity) -> i32 {
    match period {
        Granularity::Day => first + 1,
        Granularity::Week => first + 7,
        Granularity::Month => date_from_epoch_days(first)
            .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
            .map_or(first + 31, crate::data::clean::days_since_epoch),
    }
}

/// The label of a user without a channel.
pub const NO_CHANNEL: &str = "(none)";

/// The cohort table: for each group, one row per cohort (oldest first), then its average.
pub fn cohort_table(log: &EventLog, settings: &CohortSettings) -> Vec<CohortRow> {
    cohort_table_of(&EventTable::from_log(log), settings)
}

/// [`cohort_table`] of a log held in columns ([`crate::data::events::load_event_table`]).
pub fn cohort_table_of(table: &EventTable, settings: &CohortSettings) -> Vec<CohortRow> {
    matrix_of(table, settings).map_or_else(Vec::new, |m| rows_of(&m, settings))
}

/// Daily spend per channel from campaign exports, for [`attach_spend`]: (channel, day since
/// 1970) → spend.
pub fn daily_spend(ds: &crate::data::Dataset) -> HashMap<(String, i32), f64> {
    let mut out = HashMap::new();
    let (Ok(date), Ok(channel), Ok(spend)) = (
        ds.frame
            .column("date")
            .and_then(|c| c.cast(&polars::prelude::DataType::Int32)),
        ds.frame.column("channel"),
        ds.frame.column("spend"),
    ) else {
        return out;
    };
    let (Ok(date), Ok(channel), Ok(spend)) =
        (date.i32(), crate::data::label_iter(channel), spend.f64())
    else {
        return out;
    };
    for ((d, c), s) in date.iter().zip(channel).zip(spend.iter()) {
        if let (Some(d), Some(c), Some(s)) = (d, c, s) {
            *out.entry((c.to_owned(), d)).or_insert(0.0) += s;
        }
    }
    out
}

/// The spend of `channel` from `start` up to (not including) `end`, from [`daily_spend`].
pub fn spend_between(
    daily: &HashMap<(String, i32), f64>,
    channel: &str,
    start: NaiveDate,
    end: NaiveDate,
) -> Option<f64> {
    let (a, b) = (
        crate::data::clean::days_since_epoch(start),
        crate::data::clean::days_since_epoch(end),
    );
    let days: Vec<f64> = (a..b)
        .filter_map(|d| daily.get(&(channel.to_owned(), d)).copied())
        .collect();
    (!days.is_empty()).then(|| days.iter().sum())
}
