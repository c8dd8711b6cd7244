//! `roi-lens cohorts`: cohort retention and LTV per first-touch channel from event logs.

use std::io::Write;
use std::path::PathBuf;

use chrono::FixedOffset;

use super::{OutputFormat, parse_granularity, write_text_table};
use crate::cohorts::{CohortRow, CohortSettings, Mode, Payback, attach_spend, cohort_table};
use crate::data::events::{EventLog, load_events};
use crate::metrics::Granularity;

#[derive(Debug, clap::Args)]
pub struct CohortArgs {
    /// Event logs (CSV or TSV): one row per event with a user and a time column, optionally
    /// event, amount and channel (first touch).
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
    /// The time zone of the calendar days (`+08:00`); times with an offset are converted,
    /// times without are taken as written.
    #[arg(long, default_value = "+08:00", value_parser = parse_offset)]
    pub tz: FixedOffset,
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

fn parse_offset(s: &str) -> Result<FixedOffset, String> {
    let bad = || format!("expected a UTC offset like +08:00 or -05:00, got `{s}`");
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

pub fn run_cohorts(args: &CohortArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut log = EventLog::default();
    for file in &args.files {
        let one = load_events(file, args.tz)?;
        if one.duplicates > 0 {
            eprintln!(
                "note: {}: {} duplicate events (same user, time and event) counted once",
                file.display(),
                one.duplicates
            );
        }
        log.duplicates += one.duplicates;
        log.events.extend(one.events);
    }
    let settings = CohortSettings {
        period: args.period,
        days: args.days.clone(),
        mode: if args.mode == "on" {
            Mode::On
        } else {
            Mode::OnOrAfter
        },
        start: args.start.clone(),
        returns: args.returns.clone(),
        by_channel: args.by == "channel",
    };
    let mut rows = cohort_table(&log, &settings);
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
    let mut header = vec![key.to_owned(), "cohort".to_owned(), "users".to_owned()];
    header.extend(args.days.iter().map(|n| format!("retention_d{n}")));
    header.extend(args.days.iter().map(|n| format!("ltv_d{n}")));
    if with_spend {
        header.push("cpi".to_owned());
        header.extend(args.days.iter().map(|n| format!("roas_d{n}")));
        header.push("payback_day".to_owned());
    }
    match args.format {
        OutputFormat::Json => {
            let json: Vec<serde_json::Value> = rows
                .iter()
                .map(|r| row_json(r, key, &args.days, with_spend))
                .collect();
            serde_json::to_writer_pretty(&mut *out, &json).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        OutputFormat::Csv => {
            writeln!(out, "{}", header.join(","))?;
            for r in &rows {
                let mut cells = row_cells(r, |v| format!("{v}"));
                if with_spend {
                    cells.extend(spend_cells(r, &args.days, |v| format!("{v}")));
                }
                let cells: Vec<String> =
                    cells.iter().map(|c| crate::report::csv_field(c)).collect();
                writeln!(out, "{}", cells.join(","))?;
            }
        }
        OutputFormat::Table => {
            let body: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let mut cells = row_cells(r, |v| format!("{:.1}%", v * 100.0));
                    // LTV in money: two decimals.
                    let n = args.days.len();
                    for (k, v) in r.ltv.iter().enumerate() {
                        cells[3 + n + k] =
                            v.map_or_else(String::new, |v| crate::format::group_thousands(v, 2));
                    }
                    if with_spend {
                        cells.extend(spend_cells(r, &args.days, |v| format!("{v:.2}")));
                    }
                    cells
                })
                .collect();
            let mut left = vec![true, true];
            left.resize(header.len(), false);
            write_text_table(&header, &body, &left, out)?;
        }
    }
    Ok(())
}

/// A row as text: group, cohort (`all` for the average), users, retention (as `rate` writes
/// it, empty while immature), LTV.
fn row_cells(r: &CohortRow, rate: impl Fn(f64) -> String) -> Vec<String> {
    let mut cells = vec![
        r.group.clone(),
        r.cohort.map_or_else(|| "all".to_owned(), |d| d.to_string()),
        r.users.to_string(),
    ];
    cells.extend(
        r.retention
            .iter()
            .map(|v| v.map_or_else(String::new, &rate)),
    );
    cells.extend(
        r.ltv
            .iter()
            .map(|v| v.map_or_else(String::new, |v| format!("{v}"))),
    );
    cells
}

fn row_json(r: &CohortRow, key: &str, days: &[u16], with_spend: bool) -> serde_json::Value {
    let mut object = serde_json::Map::new();
    object.insert(key.to_owned(), r.group.clone().into());
    object.insert(
        "cohort".to_owned(),
        r.cohort
            .map_or_else(|| "all".to_owned(), |d| d.to_string())
            .into(),
    );
    object.insert("users".to_owned(), r.users.into());
    for (n, v) in days.iter().zip(&r.retention) {
        object.insert(
            format!("retention_d{n}"),
            v.map_or(serde_json::Value::Null, Into::into),
        );
    }
    for (n, v) in days.iter().zip(&r.ltv) {
        object.insert(
            format!("ltv_d{n}"),
            v.map_or(serde_json::Value::Null, Into::into),
        );
    }
    if with_spend {
        object.insert(
            "cpi".to_owned(),
            r.cpi().map_or(serde_json::Value::Null, Into::into),
        );
        for (n, v) in days.iter().zip(r.roas(days)) {
            object.insert(
                format!("roas_d{n}"),
                v.map_or(serde_json::Value::Null, Into::into),
            );
        }
        object.insert(
            "payback_day".to_owned(),
            match r.payback() {
                Some(Payback::Day(d)) => d.into(),
                Some(Payback::NotBy(d)) => format!("not by day {d}").into(),
                None => serde_json::Value::Null,
            },
        );
    }
    object.into()
}

/// The spend columns of a row as text: CPI, ROAS per day N, the payback day.
fn spend_cells(r: &CohortRow, days: &[u16], number: impl Fn(f64) -> String) -> Vec<String> {
    let mut cells = vec![r.cpi().map_or_else(String::new, &number)];
    cells.extend(
        r.roas(days)
            .into_iter()
            .map(|v| v.map_or_else(String::new, &number)),
    );
    cells.push(match r.payback() {
        Some(Payback::Day(d)) => d.to_string(),
        Some(Payback::NotBy(d)) => format!("not by day {d}"),
        None => String::new(),
    });
    cells
}
