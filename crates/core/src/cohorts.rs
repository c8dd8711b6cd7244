//! Cohort retention and lifetime value from an event log.
//!
//! Definitions (the README says them too):
//! - A user's **start** is their first event (or first event of a chosen start event); their
//!   **cohort** is the period (day, week from Monday, month) of that day, and their group the
//!   channel of their first event (first touch).
//! - **Day N** is calendar days in the log's time zone: a start at 23:58 and an event at 00:03
//!   are days 0 and 1.
//! - **Retention on day N**: users with an event (or a chosen return event) on day N, or with
//!   the alternative mode on day N or later, ÷ the cohort's users.
//! - A cell is **immature** (empty, never 0) until every user of the cohort has reached day N
//!   by the log's last day; the average over cohorts is the ratio of sums over the mature
//!   cohorts of each N.
//! - **LTV on day N**: the amount from the cohort's users on days 0 … N ÷ the cohort's users.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;

use crate::data::clean::date_from_epoch_days;
use crate::data::events::EventLog;
use crate::metrics::Granularity;

/// When a user counts as returned on day N.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// An event on day N itself.
    #[default]
    On,
    /// An event on day N or any later day.
    OnOrAfter,
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

/// Per user: start day, channel, the days with a return event, and amounts by day offset.
struct UserLife {
    start: i32,
    channel: String,
    return_days: BTreeSet<i32>,
    amounts: Vec<(i32, f64)>,
}

/// The first day of the period `day` falls in.
fn period_start(day: i32, period: Granularity) -> i32 {
    match period {
        Granularity::Day => day,
        // 1970-01-01 was a Thursday: Monday is day − ((day + 3) mod 7).
        Granularity::Week => day - (day + 3).rem_euclid(7),
        Granularity::Month => date_from_epoch_days(day)
            .and_then(|d| d.with_day0(0))
            .map_or(day, crate::data::clean::days_since_epoch),
    }
}

use chrono::Datelike as _;

/// The cohort table: for each group, one row per cohort (oldest first), then its average.
pub fn cohort_table(log: &EventLog, settings: &CohortSettings) -> Vec<CohortRow> {
    let Some(last_day) = log.events.iter().map(|e| e.day).max() else {
        return Vec::new();
    };
    // Each user's start: the first event (of the start event, when chosen).
    let mut users: HashMap<&str, UserLife> = HashMap::new();
    let mut order: Vec<&crate::data::events::Event> = log.events.iter().collect();
    order.sort_by_key(|e| e.at);
    for e in &order {
        let starts = settings
            .start
            .as_deref()
            .is_none_or(|s| e.event.as_deref() == Some(s));
        if starts && !users.contains_key(e.user.as_str()) {
            users.insert(
                e.user.as_str(),
                UserLife {
                    start: e.day,
                    channel: e.channel.clone().unwrap_or_else(|| NO_CHANNEL.to_owned()),
                    return_days: BTreeSet::new(),
                    amounts: Vec::new(),
                },
            );
        }
    }
    for e in &order {
        let Some(life) = users.get_mut(e.user.as_str()) else {
            continue;
        };
        let offset = e.day - life.start;
        if offset < 0 {
            continue;
        }
        let returns = settings
            .returns
            .as_deref()
            .is_none_or(|r| e.event.as_deref() == Some(r));
        if returns {
            life.return_days.insert(offset);
        }
        if e.amount != 0.0 {
            life.amounts.push((offset, e.amount));
        }
    }
    // Group → cohort → its users.
    let mut groups: BTreeMap<String, BTreeMap<i32, Vec<&UserLife>>> = BTreeMap::new();
    for life in users.values() {
        let group = if settings.by_channel {
            life.channel.clone()
        } else {
            "all".to_owned()
        };
        groups
            .entry(group)
            .or_default()
            .entry(period_start(life.start, settings.period))
            .or_default()
            .push(life);
    }
    let n_days = settings.days.len();
    let max_day = settings.days.iter().copied().max().map_or(0, i32::from);
    let mut rows = Vec::new();
    for (group, cohorts) in groups {
        let mut sums = vec![(0_usize, 0_usize); n_days];
        let mut amount_sums = vec![(0.0_f64, 0_usize); n_days];
        let mut any_mature = vec![false; n_days];
        let mut total_users = 0;
        for (start, members) in cohorts {
            let size = members.len();
            total_users += size;
            let latest_start = members.iter().map(|m| m.start).max().unwrap_or(start);
            let mut retention = Vec::with_capacity(n_days);
            let mut ltv = Vec::with_capacity(n_days);
            let mut retained = Vec::with_capacity(n_days);
            for (k, n) in settings.days.iter().map(|n| i32::from(*n)).enumerate() {
                // Mature when even the latest starter has reached day N by the last day.
                if latest_start + n > last_day {
                    retention.push(None);
                    ltv.push(None);
                    retained.push(None);
                    continue;
                }
                let back = members
                    .iter()
                    .filter(|m| match settings.mode {
                        Mode::On => m.return_days.contains(&n),
                        Mode::OnOrAfter => m.return_days.range(n..).next().is_some(),
                    })
                    .count();
                let amount: f64 = members
                    .iter()
                    .flat_map(|m| m.amounts.iter())
                    .filter(|(offset, _)| *offset <= n)
                    .map(|(_, a)| a)
                    .sum::<f64>()
                    // An empty sum is -0.0; a cohort that spent nothing spent 0.
                    + 0.0;
                sums[k].0 += back;
                sums[k].1 += size;
                amount_sums[k].0 += amount;
                amount_sums[k].1 += size;
                any_mature[k] = true;
                retention.push(Some(back as f64 / size as f64));
                ltv.push(Some(amount / size as f64));
                retained.push(Some((back, size)));
            }
            // The cumulative amount through each day every member has reached.
            let reached = (last_day - latest_start).min(max_day);
            let mut amount_through = Vec::new();
            if reached >= 0 {
                let mut by_day = vec![0.0; reached as usize + 1];
                for (offset, a) in members.iter().flat_map(|m| m.amounts.iter()) {
                    if let Some(slot) = usize::try_from(*offset)
                        .ok()
                        .and_then(|o| by_day.get_mut(o))
                    {
                        *slot += a;
                    }
                }
                let mut running = 0.0;
                for a in by_day {
                    running += a;
                    amount_through.push(running);
                }
            }
            rows.push(CohortRow {
                group: group.clone(),
                cohort: date_from_epoch_days(start),
                users: size,
                retention,
                ltv,
                retained,
                amount_through,
                spend: None,
                roas_by_day: Vec::new(),
            });
        }
        let ratio =
            |num: f64, den: usize, mature: bool| (mature && den > 0).then(|| num / den as f64);
        rows.push(CohortRow {
            group,
            cohort: None,
            users: total_users,
            retention: (0..n_days)
                .map(|k| ratio(sums[k].0 as f64, sums[k].1, any_mature[k]))
                .collect(),
            ltv: (0..n_days)
                .map(|k| ratio(amount_sums[k].0, amount_sums[k].1, any_mature[k]))
                .collect(),
            retained: (0..n_days)
                .map(|k| any_mature[k].then_some(sums[k]))
                .collect(),
            // The average's amounts are read per cohort (see `attach_spend`).
            amount_through: Vec::new(),
            spend: None,
            roas_by_day: Vec::new(),
        });
    }
    rows
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
    let (Ok(date), Ok(channel), Ok(spend)) = (date.i32(), channel.str(), spend.f64()) else {
        return out;
    };
    for ((d, c), s) in date.iter().zip(channel.iter()).zip(spend.iter()) {
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
