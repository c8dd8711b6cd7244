//! `roi-lens cohorts`: cohort retention and LTV per first-touch channel from event logs.

use std::io::Write;
use std::path::PathBuf;

use chrono::FixedOffset;

use super::{OutputFormat, parse_granularity, write_text_table};
use crate::cohorts::{CohortRow, CohortSettings, Mode, Payback, Windows, attach_spend};
use crate::dashboard::CohortColumns;
use crate::data::events::{EventColumn, EventSource, load_user_channels, open_event_source};
use crate::metrics::Granularity;
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct CohortArgs {
    /// Event logs (CSV, TSV, Parquet, or a workbook's sheet: `book.xlsx#Events`): one row per
    /// event with a user and a time column, optionally event, amount and channel (first
    /// touch). Several are put together; an event in two of them counts once.
    #[arg(required = true, value_name = "EVENTS")]
    pub files: Vec<PathBuf>,
    /// Campaign exports whose spend is joined on date and channel: adds CPI, ROAS on each day
    /// and the payback day (channel names must match the events', as `--alias` would show them).
    #[arg(long, num_args = 1.., value_name = "FILES")]
    pub spend: Vec<PathBuf>,
    /// `channel` (first-touch channel) or `all` (every user together).
    #[arg(long, default_value = "channel", value_parser = ["channel", "all"])]
    pub by: String,
    /// Cohorts by day, week (from Monday) or month of the users' start.
    #[arg(long, value_parser = parse_granularity, default_value = "day")]
    pub period: Granularity,
    /// The days N of the columns.
    #[arg(long, value_delimiter = ',', default_value = "1,7,30")]
    pub days: Vec<u16>,
    /// `on`: back on day N; `on-or-after`: back on day N or later.
    #[arg(long, default_value = "on", value_parser = ["on", "on-or-after"])]
    pub mode: String,
    /// The event that starts a user (default: any event).
    #[arg(long, value_name = "EVENT")]
    pub start: Option<String>,
    /// The event that counts as a return (default: any event).
    #[arg(long = "return", value_name = "EVENT")]
    pub returns: Option<String>,
    /// Brackets of days, both ends included (`1,2-7,8-30`): retained when back on some day of
    /// the bracket (whatever `--mode`); columns `retention_d1`, `retention_d2_7`, …
    #[arg(long, value_delimiter = ',', value_parser = parse_bracket, value_name = "DAYS")]
    pub brackets: Vec<(u16, u16)>,
    /// `calendar`: day N is a calendar day in `--tz` (23:58 and 00:03 are days 0 and 1);
    /// `rolling`: day N is the N-th 24-hour window after the user's start event, shown once the
    /// log's last event is past the window's end.
    #[arg(long, default_value = "calendar", value_parser = ["calendar", "rolling"])]
    pub windows: String,
    /// A user→channel file (CSV or TSV with a user and a channel column) overriding
    /// first-touch attribution for the users it lists; the others keep their first touch.
    #[arg(long, value_name = "FILE")]
    pub channels: Option<PathBuf>,
    /// The time zone of the calendar days (`+08:00`); times with an offset are converted,
    /// times without are taken as written.
    #[arg(long, default_value = "+08:00", value_parser = parse_offset)]
    pub tz: FixedOffset,
    /// Read COLUMN (user, time, event, amount, channel) from the header HEADER, where the
    /// headers' names do not say (`--event-column user=member_no`; repeatable); `COLUMN=` for a
    /// column the log does not have (event, amount, channel).
    #[arg(long = "event-column", value_name = "COLUMN=HEADER", value_parser = parse_event_column)]
    pub event_columns: Vec<(EventColumn, Option<String>)>,
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

/// `user=member_no` → the column and its header; `amount=` → the log has no amount.
pub fn parse_event_column(s: &str) -> Result<(EventColumn, Option<String>), String> {
    let (column, header) = s
        .split_once('=')
        .ok_or_else(|| tr!("cli-error-expected-pair", form = "COLUMN=HEADER", value = s))?;
    let column = EventColumn::parse(column.trim())
        .ok_or_else(|| tr!("cli-error-not-event-column", column = column))?;
    let header = header.trim();
    if header.is_empty() && column.required() {
        return Err(tr!(
            "cli-error-required-event-column",
            column = column.name()
        ));
    }
    Ok((column, (!header.is_empty()).then(|| header.to_owned())))
}

fn parse_offset(s: &str) -> Result<FixedOffset, String> {
    let bad = || tr!("cli-error-offset", value = s);
    let t = s.trim();
    let (sign, rest) = match t.as_bytes().first() {
        Some(b'+') => (1, &t[1..]),
        Some(b'-') => (-1, &t[1..]),
        _ => return Err(bad()),
    };
    let (h, m) = rest.split_once(':').unwrap_or((rest, "0"));
    let (h, m): (i32, i32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    FixedOffset::east_opt(sign * (h * 3600 + m * 60)).ok_or_else(bad)
}

/// A bracket of days: `7` (day 7 alone) or `2-7`.
fn parse_bracket(s: &str) -> Result<(u16, u16), String> {
    let bad = || tr!("cli-error-bracket", value = s);
    let day = |t: &str| t.trim().parse::<u16>().map_err(|_| bad());
    let (a, b) = match s.split_once('-') {
        Some((a, b)) => (day(a)?, day(b)?),
        None => (day(s)?, day(s)?),
    };
    if a > b {
        return Err(tr!("cli-error-bracket-backwards", value = s));
    }
    Ok((a, b))
}

/// The output column of a bracket: `retention_d1`, `retention_d2_7`.
fn bracket_key((a, b): (u16, u16)) -> String {
    if a == b {
        format!("retention_d{a}")
    } else {
        format!("retention_d{a}_{b}")
    }
}

pub fn run_cohorts(args: &CohortArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    // Each file's duplicates are noted, then those found in two files.
    let mut within = 0;
    let note = |file: &std::path::Path, duplicates: usize| {
        within += duplicates;
        if duplicates > 0 {
            eprintln!(
                "{}",
                tr!(
                    "cli-note-duplicates",
                    file = file.display().to_string(),
                    count = duplicates,
                    count_text = duplicates.to_string()
                )
            );
        }
    };
    let mapping = args.event_columns.iter().cloned().collect();
    let events = open_event_source(&args.files, args.tz, &mapping, note)?;
    if events.duplicates() > within {
        let across = events.duplicates() - within;
        eprintln!(
            "{}",
            tr!(
                "cli-note-duplicates-across",
                count = across,
                count_text = across.to_string()
            )
        );
    }

    let user_channels = args
        .channels
        .as_deref()
        .map(load_user_channels)
        .transpose()?
        .map(std::sync::Arc::new);
    let mode = if args.mode == "on" {
        Mode::On
    } else {
        Mode::OnOrAfter
    };
    let settings = CohortSettings {
        period: args.period,
        days: args.days.clone(),
        mode,
        start: args.start.clone(),
        returns: args.returns.clone(),
        by_channel: args.by == "channel",
        brackets: args.brackets.clone(),
        windows: if args.windows == "rolling" {
            Windows::Rolling24h
        } else {
            Windows::Calendar
        },
        user_channels,
    };
    // A one-day bracket is named like that day's column: with `--mode on` they are the same
    // number, shown once; on or after they differ, and one name cannot hold both.
    let mut brackets = Vec::new();
    for (k, bracket) in args.brackets.iter().enumerate() {
        let name = bracket_key(*bracket);
        let is_day = bracket.0 == bracket.1 && args.days.contains(&bracket.0);
        if is_day && mode == Mode::OnOrAfter {
            anyhow::bail!(
                "{}",
                tr!(
                    "cli-error-bracket-is-day",
                    day = bracket.0.to_string(),
                    column = name.as_str()
                )
            );
        }
        if !is_day && brackets.iter().all(|(_, n)| *n != name) {
            brackets.push((k, name));
        }
    }
    let mut rows = match &events {
        EventSource::ClickHouse(remote) => match remote.matrix(&settings)? {
            None => Vec::new(),
            Some((matrix, pushed)) => {
                eprintln!(
                    "{}",
                    tr!(
                        "cli-note-clickhouse-cohorts",
                        url = remote.url.to_string(),
                        events = crate::format::group_thousands(remote.events as f64, 0),
                        rows = pushed.groups.to_string(),
                        bytes = crate::format::group_thousands(pushed.received_bytes as f64, 0)
                    )
                );
                crate::cohorts::rows_of(&matrix, &settings)
            }
        },
        EventSource::Table(_) => events.cohort_table(&settings)?,
    };
    let with_spend = !args.spend.is_empty();
    if with_spend {
        let campaigns = crate::data::load_files(&args.spend, &crate::data::LoadOptions::default())?;
        let daily = crate::cohorts::daily_spend(&campaigns);
        attach_spend(&mut rows, settings.period, |group, start, end| {
            crate::cohorts::spend_between(&daily, group, start, end)
        });
    }
    let key = if settings.by_channel {
        "channel"
    } else {
        "group"
    };
    let columns = CohortColumns {
        days: args.days.clone(),
        brackets,
        with_spend,
    };
    match args.format {
        OutputFormat::Json => {
            let json: Vec<serde_json::Value> =
                rows.iter().map(|r| row_json(r, key, &columns)).collect();
            serde_json::to_writer_pretty(&mut *out, &json).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        OutputFormat::Csv => {
            writeln!(out, "{}", columns.header(key, true).join(","))?;
            for r in &rows {
                let plain = |v: f64| format!("{v}");
                let cells: Vec<String> = columns
                    .cells(r, plain, plain, true)
                    .iter()
                    .map(|c| crate::report::csv_field(c))
                    .collect();
                writeln!(out, "{}", cells.join(","))?;
            }
        }
        OutputFormat::Table => {
            // For people: headers, `all` and payback in the language in force.
            let header = columns.human_header(settings.by_channel);
            let body: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    columns.human_cells(
                        r,
                        |v| format!("{:.1}%", v * 100.0),
                        // Money: two decimals.
                        |v| crate::format::group_thousands(v, 2),
                    )
                })
                .collect();
            let mut left = vec![true, true];
            left.resize(header.len(), false);
            write_text_table(&header, &body, &left, out)?;
        }
    }
    Ok(())
}

fn row_json(r: &CohortRow, key: &str, columns: &CohortColumns) -> serde_json::Value {
    let number = |v: Option<f64>| v.map_or(serde_json::Value::Null, Into::into);
    let mut object = serde_json::Map::new();
    object.insert(key.to_owned(), r.group.clone().into());
    object.insert(
        "cohort".to_owned(),
        r.cohort
            .map_or_else(|| "all".to_owned(), |d| d.to_string())
            .into(),
    );
    object.insert("users".to_owned(), r.users.into());
    for (k, (n, v)) in columns.days.iter().zip(&r.retention).enumerate() {
        object.insert(format!("retention_d{n}"), number(*v));
        // The interval belongs to the group's rate; per cohort it would mostly say "few users".
        if r.cohort.is_none() {
            let interval = r.retention_interval(k);
            object.insert(format!("retention_d{n}_low"), number(interval.map(|i| i.0)));
            object.insert(
                format!("retention_d{n}_high"),
                number(interval.map(|i| i.1)),
            );
        }
    }
    for (k, name) in &columns.brackets {
        object.insert(
            name.clone(),
            number(r.bracket_retention.get(*k).copied().flatten()),
        );
    }
    for (n, v) in columns.days.iter().zip(&r.ltv) {
        object.insert(format!("ltv_d{n}"), number(*v));
    }
    if columns.with_spend {
        object.insert("cpi".to_owned(), number(r.cpi()));
        for (n, v) in columns.days.iter().zip(r.roas(&columns.days)) {
            object.insert(format!("roas_d{n}"), number(v));
        }
        object.insert(
            "payback_day".to_owned(),
            match r.payback() {
                Some(Payback::Day(d)) => d.into(),
                Some(Payback::NotBy(d)) => format!("not by day {d}").into(), // not shown: a JSON value
                None => serde_json::Value::Null,
            },
        );
    }
    object.into()
}
