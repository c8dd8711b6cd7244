//! The cohort table in two steps: the **matrix** (each group's cohorts summed over their
//! users: how many, the latest start, returns per day N and bracket, the amount per day
//! offset) and the **rows** read from it (rates, LTV, maturity, averages). Whoever holds the
//! events computes the matrix — [`matrix_of`] from a table in memory, ClickHouse for a
//! warehouse table (see `data::clickhouse::events`) — and the rows are the same code for both.
//! A user belongs to one group and one cohort, so cohorts merge by adding their sums: renamed
//! channels that become one, or every user together.

use std::collections::BTreeMap;

use chrono::Datelike as _;

use super::{CohortRow, CohortSettings, Mode, NO_CHANNEL, Windows};
use crate::data::clean::date_from_epoch_days;
use crate::data::events::{EventTable, FxMap};
use crate::metrics::Granularity;

/// A cohort of a group, summed over its users: how many, the latest start (which decides how
/// far the whole cohort has reached), returns per day N and per bracket, and the amount by day
/// offset up to the largest N.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortSums {
    pub users: usize,
    /// The latest start day (days since 1970 in the log's time zone).
    pub latest_start: i32,
    /// The latest start time (seconds since 1970).
    pub latest_start_at: i64,
    /// Per day N of the settings: the users who count as back.
    pub back: Vec<usize>,
    /// Per bracket of the settings: the users back on some day of it.
    pub bracket_back: Vec<usize>,
    /// The amount per day offset 0 … the largest N.
    pub amount_by_day: Vec<f64>,
}

impl CohortSums {
    /// No users yet, laid out for `settings`.
    pub fn empty(settings: &CohortSettings) -> CohortSums {
        CohortSums {
            users: 0,
            latest_start: i32::MIN,
            latest_start_at: i64::MIN,
            back: vec![0; settings.days.len()],
            bracket_back: vec![0; settings.brackets.len()],
            amount_by_day: vec![0.0; usize::from(max_day(settings)) + 1],
        }
    }

    /// Adds the users of `other` (laid out for the same settings).
    fn add(&mut self, other: &CohortSums) {
        self.users += other.users;
        self.latest_start = self.latest_start.max(other.latest_start);
        self.latest_start_at = self.latest_start_at.max(other.latest_start_at);
        for (a, b) in self.back.iter_mut().zip(&other.back) {
            *a += b;
        }
        for (a, b) in self.bracket_back.iter_mut().zip(&other.bracket_back) {
            *a += b;
        }
        for (a, b) in self.amount_by_day.iter_mut().zip(&other.amount_by_day) {
            *a += b;
        }
    }
}

/// The largest day N of the settings.
pub(crate) fn max_day(settings: &CohortSettings) -> u16 {
    settings.days.iter().copied().max().unwrap_or(0)
}

/// The brackets of the settings, ends in order.
pub(crate) fn brackets(settings: &CohortSettings) -> Vec<(i32, i32)> {
    settings
        .brackets
        .iter()
        .map(|&(a, b)| (i32::from(a.min(b)), i32::from(a.max(b))))
        .collect()
}

/// Every cohort of every group, summed, and how far the log goes.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortMatrix {
    /// (group, a day of the cohort — its users' start day or its period's first day —, sums).
    /// A group and period may come in several pieces; they are added up.
    pub cells: Vec<(String, i32, CohortSums)>,
    /// The log's last local day.
    pub last_day: i32,
    /// The log's last event (seconds since 1970).
    pub last_at: i64,
}

impl CohortMatrix {
    /// Groups shown under other names (`renames`: name as written → name shown); two renamed
    /// alike become one.
    pub fn rename(&mut self, renames: &BTreeMap<String, String>) {
        for (group, _, _) in &mut self.cells {
            if let Some(to) = renames.get(group.as_str()) {
                group.clone_from(to);
            }
        }
    }

    /// Every group as one, named `name`.
    pub fn together(&self, name: &str) -> CohortMatrix {
        CohortMatrix {
            cells: self
                .cells
                .iter()
                .map(|(_, day, sums)| (name.to_owned(), *day, sums.clone()))
                .collect(),
            last_day: self.last_day,
            last_at: self.last_at,
        }
    }
}

/// The first day of the period `day` falls in.
pub(crate) fn period_start(day: i32, period: Granularity) -> i32 {
    match period {
        Granularity::Day => day,
        // 1970-01-01 was a Thursday: Monday is day − ((day + 3) mod 7).
        Granularity::Week => day - (day + 3).rem_euclid(7),
        Granularity::Month => date_from_epoch_days(day)
            .and_then(|d| d.with_day0(0))
            .map_or(day, crate::data::clean::days_since_epoch),
    }
}

/// Seconds in a rolling day.
pub(crate) const DAY_SECONDS: i64 = 86_400;

/// The matrix of a table in memory: one pass over the users, each user's events already
/// together and in time order. `None` for an empty table.
pub fn matrix_of(table: &EventTable, settings: &CohortSettings) -> Option<CohortMatrix> {
    if table.is_empty() {
        return None;
    }
    let (_, last_day) = table.day_span()?;
    let last_at = (0..table.len())
        .map(|r| table.at(r))
        .max()
        .unwrap_or(i64::MIN);
    // The event ids that start and return a user: `None` is any event, `Some(None)` one the
    // log never has.
    let start = settings.start.as_deref().map(|s| table.event_id_of(s));
    let returns = settings.returns.as_deref().map(|r| table.event_id_of(r));
    let is = |wanted: Option<Option<u32>>, id: u32| wanted.is_none_or(|w| w == Some(id));
    let days: Vec<i32> = settings.days.iter().map(|n| i32::from(*n)).collect();
    let brackets = brackets(settings);
    // Groups by name → index; each channel id's group once, assigned channels as met.
    let mut group_ids: FxMap<String, usize> = FxMap::default();
    let mut group_id = |name: &str| {
        let next = group_ids.len();
        match group_ids.get(name) {
            Some(id) => *id,
            None => {
                group_ids.insert(name.to_owned(), next);
                next
            }
        }
    };
    let channel_groups: Vec<usize> = std::iter::once(NO_CHANNEL)
        .chain(table.channels().iter().map(String::as_str))
        .map(|c| group_id(if settings.by_channel { c } else { "all" }))
        .collect();
    let assigned = settings.user_channels.as_deref();
    let mut cohort_of: FxMap<(usize, i32), usize> = FxMap::default();
    let mut cohorts: Vec<CohortSums> = Vec::new();
    let mut period_of: FxMap<i32, i32> = FxMap::default();
    let mut return_offsets: Vec<i32> = Vec::new();
    for user in table.users() {
        // The start: the first event (of the start event, when chosen).
        let Some(first) = user.rows.clone().find(|r| is(start, table.event_id(*r))) else {
            continue;
        };
        let (start_day, start_at) = (table.day(first), table.at(first));
        let group = match assigned.and_then(|m| m.get(user.name)) {
            Some(channel) if settings.by_channel => group_id(channel),
            _ => channel_groups[table.channel_id(first) as usize],
        };
        let period = *period_of
            .entry(start_day)
            .or_insert_with(|| period_start(start_day, settings.period));
        let index = *cohort_of.entry((group, period)).or_insert_with(|| {
            cohorts.push(CohortSums::empty(settings));
            cohorts.len() - 1
        });
        let sums = &mut cohorts[index];
        sums.users += 1;
        sums.latest_start = sums.latest_start.max(start_day);
        sums.latest_start_at = sums.latest_start_at.max(start_at);
        // The day offsets with a return, and the amounts by offset.
        return_offsets.clear();
        for row in user.rows {
            let offset = match settings.windows {
                Windows::Calendar => table.day(row) - start_day,
                Windows::Rolling24h => days_i32((table.at(row) - start_at).div_euclid(DAY_SECONDS)),
            };
            if offset < 0 {
                continue;
            }
            if is(returns, table.event_id(row)) {
                return_offsets.push(offset);
            }
            let amount = table.amount(row);
            if amount != 0.0
                && let Some(slot) = usize::try_from(offset)
                    .ok()
                    .and_then(|o| sums.amount_by_day.get_mut(o))
            {
                *slot += amount;
            }
        }
        if return_offsets.is_empty() {
            continue;
        }
        return_offsets.sort_unstable();
        let last_return = return_offsets[return_offsets.len() - 1];
        for (k, n) in days.iter().enumerate() {
            let back = match settings.mode {
                Mode::On => return_offsets.binary_search(n).is_ok(),
                Mode::OnOrAfter => last_return >= *n,
            };
            sums.back[k] += usize::from(back);
        }
        for (k, (a, b)) in brackets.iter().enumerate() {
            let from = return_offsets.partition_point(|o| o < a);
            sums.bracket_back[k] += usize::from(return_offsets.get(from).is_some_and(|o| o <= b));
        }
    }
    let mut names = vec![String::new(); group_ids.len()];
    for (name, id) in group_ids {
        names[id] = name;
    }
    let mut cells = Vec::with_capacity(cohorts.len());
    let mut cohorts: Vec<Option<CohortSums>> = cohorts.into_iter().map(Some).collect();
    for ((group, period), index) in cohort_of {
        if let Some(sums) = cohorts[index].take() {
            cells.push((names[group].clone(), period, sums));
        }
    }
    Some(CohortMatrix {
        cells,
        last_day,
        last_at,
    })
}

/// The cohort table of a matrix: for each group (in name order), one row per cohort (oldest
/// first), then its average.
pub fn rows_of(matrix: &CohortMatrix, settings: &CohortSettings) -> Vec<CohortRow> {
    // Group → cohort → its sums, in name and date order, pieces added up.
    let mut groups: BTreeMap<&str, BTreeMap<i32, CohortSums>> = BTreeMap::new();
    for (group, day, sums) in &matrix.cells {
        match groups
            .entry(group.as_str())
            .or_default()
            .entry(period_start(*day, settings.period))
        {
            std::collections::btree_map::Entry::Vacant(slot) => {
                slot.insert(sums.clone());
            }
            std::collections::btree_map::Entry::Occupied(mut slot) => slot.get_mut().add(sums),
        }
    }
    let days: Vec<i32> = settings.days.iter().map(|n| i32::from(*n)).collect();
    let n_days = days.len();
    let brackets = brackets(settings);
    let max_day = i32::from(max_day(settings));
    let reached_by = |sums: &CohortSums| match settings.windows {
        Windows::Calendar => matrix.last_day - sums.latest_start,
        Windows::Rolling24h => {
            days_i32((matrix.last_at - sums.latest_start_at).div_euclid(DAY_SECONDS)) - 1
        }
    };
    let mut rows = Vec::new();
    for (group, cohorts) in groups {
        let group = group.to_owned();
        let mut sums = vec![(0_usize, 0_usize); n_days];
        let mut amount_sums = vec![(0.0_f64, 0_usize); n_days];
        let mut any_mature = vec![false; n_days];
        let mut bracket_sums: Vec<Option<(usize, usize)>> = vec![None; brackets.len()];
        let mut total_users = 0;
        for (start, cohort) in &cohorts {
            let size = cohort.users;
            total_users += size;
            // The last day every member has reached: the latest starter's.
            let reached = reached_by(cohort);
            // The cumulative amount through each day offset up to the largest N.
            let mut running = 0.0;
            let through: Vec<f64> = cohort
                .amount_by_day
                .iter()
                .map(|a| {
                    running += a;
                    running
                })
                .collect();
            let mut retention = Vec::with_capacity(n_days);
            let mut ltv = Vec::with_capacity(n_days);
            let mut retained = Vec::with_capacity(n_days);
            for (k, n) in days.iter().copied().enumerate() {
                if n > reached {
                    retention.push(None);
                    ltv.push(None);
                    retained.push(None);
                    continue;
                }
                let back = cohort.back[k];
                let amount = through[usize::try_from(n).unwrap_or(0)];
                sums[k].0 += back;
                sums[k].1 += size;
                amount_sums[k].0 += amount;
                amount_sums[k].1 += size;
                any_mature[k] = true;
                retention.push(Some(back as f64 / size as f64));
                ltv.push(Some(amount / size as f64));
                retained.push(Some((back, size)));
            }
            let bracket_retained: Vec<Option<(usize, usize)>> = brackets
                .iter()
                .zip(&cohort.bracket_back)
                .map(|(&(_, b), back)| (b <= reached).then_some((*back, size)))
                .collect();
            for (sum, cell) in bracket_sums.iter_mut().zip(&bracket_retained) {
                if let Some((back, size)) = cell {
                    let (b0, s0) = sum.unwrap_or((0, 0));
                    *sum = Some((b0 + back, s0 + size));
                }
            }
            // The cumulative amount through each day every member has reached.
            let amount_through = match usize::try_from(reached.min(max_day)) {
                Ok(reached) => through[..=reached].to_vec(),
                Err(_) => Vec::new(),
            };
            rows.push(CohortRow {
                group: group.clone(),
                cohort: date_from_epoch_days(*start),
                users: size,
                retention,
                ltv,
                retained,
                bracket_retention: bracket_retained.iter().map(|c| c.map(rate)).collect(),
                bracket_retained,
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
            bracket_retention: bracket_sums
                .iter()
                .map(|c| c.filter(|(_, size)| *size > 0).map(rate))
                .collect(),
            bracket_retained: bracket_sums,
            // The average's amounts are read per cohort (see `attach_spend`).
            amount_through: Vec::new(),
            spend: None,
            roas_by_day: Vec::new(),
        });
    }
    rows
}

/// A count of days as `i32`, saturating (times decades apart still order correctly).
pub(crate) fn days_i32(days: i64) -> i32 {
    i32::try_from(days).unwrap_or(if days < 0 { i32::MIN } else { i32::MAX })
}

/// Returned ÷ users of a `(returned, users)` pair.
fn rate((back, size): (usize, usize)) -> f64 {
    back as f64 / size as f64
}
