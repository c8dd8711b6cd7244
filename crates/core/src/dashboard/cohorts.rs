//! What the Cohorts view draws: the cohort tables of an event log over every day up to the
//! furthest asked for (the heatmap, the curves and the exported table all read them), joined to
//! the campaign exports' spend when there are any. Computed on a worker, read by the view.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::cohorts::{CohortRow, CohortSettings, Mode, Payback, Windows, attach_spend, rows_of};
use crate::data::Dataset;
use crate::data::clean::date_from_epoch_days;
use crate::data::error::LoadError;
use crate::data::events::{EventMapping, EventSource};
use crate::metrics::Granularity;

/// How the analyst asked for cohorts: saved in the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct CohortOptions {
    /// Cohorts by the day, week (from Monday) or month of the users' start.
    pub period: Granularity,
    /// The days N of the table's columns (1, 7, 30); the largest is how far the curves go.
    pub days: Vec<u16>,
    /// Back on day N or later, rather than on day N itself.
    pub on_or_after: bool,
    /// The event that starts a user (`None`: their first event of any kind).
    pub start: Option<String>,
    /// The event that counts as a return (`None`: any event).
    pub returns: Option<String>,
    /// The calendar's offset from UTC in minutes (+08:00 is 480): where day N begins.
    pub utc_offset_minutes: i32,
    /// The channel whose cohorts the heatmap shows (`None`: every user together).
    pub heatmap_channel: Option<String>,
    /// Day N is the N-th 24-hour window after the user's start event, rather than a calendar
    /// day in the time zone.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub rolling: bool,
    /// The event logs' columns where their headers do not say (empty: by the headers).
    #[serde(skip_serializing_if = "EventMapping::is_empty")]
    pub columns: EventMapping,
}

impl Default for CohortOptions {
    fn default() -> Self {
        CohortOptions {
            // Weeks: a quarter of data is a dozen readable rows, not ninety thin ones.
            period: Granularity::Week,
            days: vec![1, 7, 30],
            on_or_after: false,
            start: None,
            returns: None,
            utc_offset_minutes: 8 * 60,
            heatmap_channel: None,
            rolling: false,
            columns: EventMapping::new(),
        }
    }
}

/// The longest horizon offered: cohorts of users over more than a year are another tool's job.
pub const MAX_DAY: u16 = 365;

impl CohortOptions {
    /// The time zone of the calendar days.
    pub fn tz(&self) -> FixedOffset {
        FixedOffset::east_opt(self.utc_offset_minutes * 60)
            .unwrap_or_else(|| FixedOffset::east_opt(8 * 3600).expect("+08:00 is an offset"))
    }

    /// How far the curves and the heatmap go: the largest day asked for (at least 1).
    pub fn horizon(&self) -> u16 {
        self.days
            .iter()
            .copied()
            .max()
            .unwrap_or(30)
            .clamp(1, MAX_DAY)
    }

    /// The table's days, sorted, without repeats, within the horizon offered.
    pub fn table_days(&self) -> Vec<u16> {
        let days: BTreeSet<u16> = self
            .days
            .iter()
            .copied()
            .filter(|d| *d <= MAX_DAY)
            .collect();
        if days.is_empty() {
            CohortOptions::default().days
        } else {
            days.into_iter().collect()
        }
    }

    /// The core's settings for every day 0 … horizon.
    fn settings(&self, by_channel: bool) -> CohortSettings {
        CohortSettings {
            period: self.period,
            days: (0..=self.horizon()).collect(),
            mode: if self.on_or_after {
                Mode::OnOrAfter
            } else {
                Mode::On
            },
            start: self.start.clone(),
            returns: self.returns.clone(),
            by_channel,
            windows: if self.rolling {
                Windows::Rolling24h
            } else {
                Windows::Calendar
            },
            ..CohortSettings::default()
        }
    }

    /// `+08:00`.
    pub fn offset_text(&self) -> String {
        let m = self.utc_offset_minutes;
        let sign = if m < 0 { '-' } else { '+' };
        format!("{sign}{:02}:{:02}", m.abs() / 60, m.abs() % 60)
    }
}

/// The Cohorts view's numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortData {
    pub options: CohortOptions,
    /// Per first-touch channel: its cohorts (oldest first) then its average, over days
    /// 0 … horizon (`retention[n]` is day n).
    pub by_channel: Vec<CohortRow>,
    /// Every user together, the same way (group `All users`).
    pub all_users: Vec<CohortRow>,
    /// Spend was joined: CPI, ROAS and payback are known.
    pub with_spend: bool,
    pub events: usize,
    pub duplicates: usize,
    pub first_day: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
    /// Every event name in the log, for the start and return choices.
    pub event_names: Vec<String>,
}

/// The group of every user together.
pub const ALL_USERS: &str = "All users"; // not shown: a CSV value, the views say their own

/// Computes the Cohorts view's numbers. Channel names are shown as `renames` says (the same
/// merges and display names as the campaign exports, so spend joins on the names shown);
/// `spend`, the campaign exports, adds CPI, ROAS and payback.
pub fn compute_cohorts(
    events: &EventSource,
    options: &CohortOptions,
    renames: &BTreeMap<String, String>,
    spend: Option<&Dataset>,
) -> Result<CohortData, LoadError> {
    // One matrix by channel: renamed channels that become one are added up, and every user
    // together is every channel added up.
    let settings = options.settings(true);
    let (mut by_channel, mut all_users) = match events.matrix(&settings)? {
        None => (Vec::new(), Vec::new()),
        Some(mut matrix) => {
            matrix.rename(renames);
            (
                rows_of(&matrix, &settings),
                rows_of(&matrix.together(ALL_USERS), &settings),
            )
        }
    };
    let with_spend = spend.is_some_and(|ds| ds.has(crate::data::Field::Spend));
    if let Some(ds) = spend.filter(|_| with_spend) {
        let daily = crate::cohorts::daily_spend(ds);
        attach_spend(&mut by_channel, options.period, |group, start, end| {
            crate::cohorts::spend_between(&daily, group, start, end)
        });
        // Every channel's spend, for every user together.
        let mut total: std::collections::HashMap<(String, i32), f64> = Default::default();
        for ((_, day), s) in &daily {
            *total.entry((ALL_USERS.to_owned(), *day)).or_insert(0.0) += s;
        }
        attach_spend(&mut all_users, options.period, |group, start, end| {
            crate::cohorts::spend_between(&total, group, start, end)
        });
    }
    let span = events.day_span();
    let event_names: BTreeSet<String> = events.event_names().iter().cloned().collect();
    Ok(CohortData {
        options: options.clone(),
        by_channel,
        all_users,
        with_spend,
        events: events.len(),
        duplicates: events.duplicates(),
        first_day: span.and_then(|(first, _)| date_from_epoch_days(first)),
        last_day: span.and_then(|(_, last)| date_from_epoch_days(last)),
        event_names: event_names.into_iter().collect(),
    })
}

impl CohortData {
    /// Each channel's average over its mature cohorts, in name order.
    pub fn averages(&self) -> impl Iterator<Item = &CohortRow> {
        self.by_channel.iter().filter(|r| r.cohort.is_none())
    }

    /// The channels, in name order.
    pub fn channels(&self) -> Vec<&str> {
        self.averages().map(|r| r.group.as_str()).collect()
    }

    /// The heatmap's group (the chosen channel, else every user) and its cohort rows.
    pub fn heatmap(&self) -> (&str, Vec<&CohortRow>) {
        let rows = match &self.options.heatmap_channel {
            Some(c) if self.by_channel.iter().any(|r| &r.group == c) => {
                self.by_channel.iter().filter(|r| &r.group == c).collect()
            }
            _ => self.all_users.iter().collect::<Vec<_>>(),
        };
        let name = rows.first().map_or(ALL_USERS, |r| r.group.as_str());
        (
            name,
            rows.into_iter().filter(|r| r.cohort.is_some()).collect(),
        )
    }

    /// Day n of a curve: (n, value) for every day a row has a value.
    pub fn curve(values: &[Option<f64>]) -> Vec<[f64; 2]> {
        values
            .iter()
            .enumerate()
            .filter_map(|(n, v)| v.map(|v| [n as f64, v]))
            .collect()
    }

    /// The table as the view's CSV and `roi-lens cohorts` write it: per channel its cohorts
    /// and average at the asked days, then every user together.
    pub fn table(&self) -> CohortTable {
        let days = self.options.table_days();
        let rows = self
            .by_channel
            .iter()
            .chain(&self.all_users)
            .map(|r| at_days(r, &days))
            .collect();
        CohortTable {
            key: "channel",
            columns: CohortColumns {
                days,
                brackets: Vec::new(),
                with_spend: self.with_spend,
            },
            rows,
        }
    }
}

/// A row over days 0 … horizon, kept at `days` only.
fn at_days(r: &CohortRow, days: &[u16]) -> CohortRow {
    let pick = |v: &Vec<Option<f64>>| {
        days.iter()
            .map(|n| v.get(usize::from(*n)).copied().flatten())
            .collect()
    };
    CohortRow {
        retention: pick(&r.retention),
        ltv: pick(&r.ltv),
        retained: days
            .iter()
            .map(|n| r.retained.get(usize::from(*n)).copied().flatten())
            .collect(),
        ..r.clone()
    }
}

/// A cohort table at chosen days, as text for CSV.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortTable {
    /// The group column's name: `channel` (or `group` for every user together).
    pub key: &'static str,
    pub columns: CohortColumns,
    /// Rows whose `retention`, `ltv` and `retained` are at the columns' days.
    pub rows: Vec<CohortRow>,
}

impl CohortTable {
    /// As CSV, numbers in full, with the intervals of each group's average: the same columns
    /// as `roi-lens cohorts --format csv`.
    pub fn to_csv(&self) -> String {
        let line = |cells: &[String]| {
            cells
                .iter()
                .map(|c| crate::report::csv_field(c))
                .collect::<Vec<_>>()
                .join(",")
        };
        let mut out = line(&self.columns.header(self.key, true));
        out.push('\n');
        let plain = |v: f64| format!("{v}");
        for row in &self.rows {
            out.push_str(&line(&self.columns.cells(row, plain, plain, true)));
            out.push('\n');
        }
        out
    }
}

/// The columns of a cohort table besides group, cohort and users: what `roi-lens cohorts`
/// prints and the Cohorts view's CSV holds.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortColumns {
    /// The days N, in the rows' order of `retention`, `ltv` and `retained`.
    pub days: Vec<u16>,
    /// The brackets shown: index into the settings' brackets, and the column name.
    pub brackets: Vec<(usize, String)>,
    pub with_spend: bool,
}

impl CohortColumns {
    /// The header; with `intervals` the Wilson bounds of each day's retention.
    pub fn header(&self, key: &str, intervals: bool) -> Vec<String> {
        let mut header = vec![key.to_owned(), "cohort".to_owned(), "users".to_owned()];
        header.extend(self.days.iter().map(|n| format!("retention_d{n}")));
        header.extend(self.brackets.iter().map(|(_, name)| name.clone()));
        if intervals {
            for n in &self.days {
                header.push(format!("retention_d{n}_low"));
                header.push(format!("retention_d{n}_high"));
            }
        }
        header.extend(self.days.iter().map(|n| format!("ltv_d{n}")));
        if self.with_spend {
            header.push("cpi".to_owned());
            header.extend(self.days.iter().map(|n| format!("roas_d{n}")));
            header.push("payback_day".to_owned());
        }
        header
    }

    /// A row as text: group, cohort (`all` for the average), users, retention and brackets
    /// (as `rate` writes them, empty while immature), with `intervals` the Wilson interval of
    /// each retention (on the averages only), LTV and the spend columns (as `money` writes
    /// them).
    pub fn cells(
        &self,
        r: &CohortRow,
        rate: impl Fn(f64) -> String,
        money: impl Fn(f64) -> String,
        intervals: bool,
    ) -> Vec<String> {
        let text =
            |v: Option<f64>, as_text: &dyn Fn(f64) -> String| v.map_or_else(String::new, as_text);
        let mut cells = vec![
            r.group.clone(),
            r.cohort.map_or_else(|| "all".to_owned(), |d| d.to_string()),
            r.users.to_string(),
        ];
        cells.extend(r.retention.iter().map(|v| text(*v, &rate)));
        cells.extend(
            self.brackets
                .iter()
                .map(|(k, _)| text(r.bracket_retention.get(*k).copied().flatten(), &rate)),
        );
        if intervals {
            for k in 0..self.days.len() {
                let interval = r
                    .cohort
                    .is_none()
                    .then(|| r.retention_interval(k))
                    .flatten();
                cells.push(text(interval.map(|i| i.0), &|v| format!("{v}")));
                cells.push(text(interval.map(|i| i.1), &|v| format!("{v}")));
            }
        }
        cells.extend(r.ltv.iter().map(|v| text(*v, &money)));
        if self.with_spend {
            cells.push(text(r.cpi(), &money));
            cells.extend(r.roas(&self.days).into_iter().map(|v| text(v, &money)));
            cells.push(payback_text(r.payback()));
        }
        cells
    }

    /// The header of the table for people (the CLI's `--format table`), in the language in
    /// force; in English the same as [`header`](Self::header) without intervals. The first
    /// column is the channel with `by_channel`, else the group.
    pub fn human_header(&self, by_channel: bool) -> Vec<String> {
        let day = |n: &u16| n.to_string();
        let mut header = vec![
            if by_channel {
                crate::tr!("cohort-header-channel")
            } else {
                crate::tr!("cohort-header-group")
            },
            crate::tr!("cohort-header-cohort"),
            crate::tr!("cohort-header-users"),
        ];
        header.extend(
            self.days
                .iter()
                .map(|n| crate::tr!("cohort-header-retention", day = day(n))),
        );
        header.extend(self.brackets.iter().map(|(_, name)| {
            let ends = name
                .strip_prefix("retention_d")
                .and_then(|rest| rest.split_once('_'));
            match ends {
                Some((from, to)) => crate::tr!("cohort-header-bracket", from = from, to = to),
                None => name.clone(),
            }
        }));
        header.extend(
            self.days
                .iter()
                .map(|n| crate::tr!("cohort-header-ltv", day = day(n))),
        );
        if self.with_spend {
            header.push(crate::tr!("cohort-header-cpi"));
            header.extend(
                self.days
                    .iter()
                    .map(|n| crate::tr!("cohort-header-roas", day = day(n))),
            );
            header.push(crate::tr!("cohort-header-payback"));
        }
        header
    }

    /// A row for people, beside [`human_header`](Self::human_header): as
    /// [`cells`](Self::cells) without intervals, with the average's `all` and the payback in
    /// the language in force.
    pub fn human_cells(
        &self,
        r: &CohortRow,
        rate: impl Fn(f64) -> String,
        money: impl Fn(f64) -> String,
    ) -> Vec<String> {
        let mut cells = self.cells(r, rate, money, false);
        if r.cohort.is_none()
            && let Some(cohort) = cells.get_mut(1)
        {
            *cohort = crate::tr!("cohort-all");
        }
        if self.with_spend
            && let Some(last) = cells.last_mut()
        {
            *last = payback_words(r.payback());
        }
        cells
    }
}

/// [`payback_text`] for people, in the language in force: `12`, `not by day 30` / `第 30
/// 天仍未回本`.
pub fn payback_words(payback: Option<Payback>) -> String {
    match payback {
        Some(Payback::NotBy(d)) => crate::tr!("cohort-not-by-day", day = d.to_string()),
        other => payback_text(other),
    }
}

/// `12`, `not by day 30`, or empty without spend (CSV and JSON keep these words).
pub fn payback_text(payback: Option<Payback>) -> String {
    match payback {
        Some(Payback::Day(d)) => d.to_string(),
        Some(Payback::NotBy(d)) => format!("not by day {d}"), // not shown: a CSV value
        None => String::new(),
    }
}
