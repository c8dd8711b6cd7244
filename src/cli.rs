//! The command line: the same core as the app, printed as a table, CSV or JSON.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use unicode_width::UnicodeWidthStr;

use crate::data::{self, Field, LoadOptions, MappingOverrides};
use crate::format::format_value;
use crate::metrics::{self, Filters, GroupKey, Query};
use crate::report::{Cell, Report, ReportColumn};

#[derive(Debug, Parser)]
#[command(
    name = "roi-lens",
    version,
    about = "Which channel really pays: ROI, funnel and retention from ad-platform exports",
    long_about = None,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files to open in the desktop app (no subcommand); the bundled sample data when none.
    #[arg(value_name = "FILES")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Per-group sums and ratios of sums (ROI, CTR, CVR, CPA, CPC, CPM, retention).
    Summary(SummaryArgs),
    /// How each file was read: encoding, header row, which header became which field.
    Inspect(InspectArgs),
}

#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// CSV, TSV or Parquet exports; several files are combined.
    #[arg(required = true, value_name = "FILES")]
    pub files: Vec<PathBuf>,
    /// Take FIELD from the column HEADER (`--map spend="花费(元)"`); `--map FIELD=` ignores it.
    #[arg(long = "map", value_name = "FIELD=HEADER", value_parser = parse_mapping)]
    pub map: Vec<(Field, Option<String>)>,
}

impl InputArgs {
    fn load_options(&self) -> LoadOptions {
        let mut global = MappingOverrides::default();
        for (field, header) in &self.map {
            global.fields.insert(*field, header.clone());
        }
        LoadOptions {
            global,
            ..LoadOptions::default()
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// An aligned, human-readable table.
    #[default]
    Table,
    Csv,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Group by one or more of channel, campaign, source, date, week, month (comma-separated).
    /// Default: channel, or campaign when the files have no channel column.
    #[arg(long, value_delimiter = ',', value_parser = parse_group_key)]
    pub by: Vec<GroupKey>,
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
    /// First day included (2024-03-01, 2024/3/1 or 20240301).
    #[arg(long, value_parser = parse_cli_date)]
    pub from: Option<NaiveDate>,
    /// Last day included.
    #[arg(long, value_parser = parse_cli_date)]
    pub to: Option<NaiveDate>,
    /// Keep only this channel (repeat for several).
    #[arg(long = "channel", value_name = "NAME")]
    pub channels: Vec<String>,
    /// Keep only this campaign (repeat for several).
    #[arg(long = "campaign", value_name = "NAME")]
    pub campaigns: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

fn parse_mapping(s: &str) -> Result<(Field, Option<String>), String> {
    let (field, header) = s
        .split_once('=')
        .ok_or_else(|| format!("expected FIELD=HEADER, got `{s}`"))?;
    let field: Field = field.parse()?;
    let header = header.trim();
    Ok((field, (!header.is_empty()).then(|| header.to_owned())))
}

fn parse_group_key(s: &str) -> Result<GroupKey, String> {
    s.parse()
}

fn parse_cli_date(s: &str) -> Result<NaiveDate, String> {
    match data::clean::parse_date(s) {
        Ok(Some(d)) => Ok(d),
        _ => Err(format!(
            "`{s}` is not a date; use 2024-03-01, 2024/3/1 or 20240301"
        )),
    }
}

/// Runs `summary`, writing the report to `out`.
pub fn run_summary(args: &SummaryArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let ds = data::load_files(&args.input.files, &args.input.load_options())?;
    let group_by = if args.by.is_empty() {
        vec![if ds.has(Field::Channel) {
            GroupKey::Channel
        } else {
            GroupKey::Campaign
        }]
    } else {
        args.by.clone()
    };
    let query = Query {
        group_by,
        filters: Filters {
            from: args.from,
            to: args.to,
            channels: args.channels.clone(),
            campaigns: args.campaigns.clone(),
        },
    };
    let summary = metrics::summarize(&ds, &query)?;
    let report = Report::from_summary(&summary);
    match args.format {
        OutputFormat::Json => {
            // As an io::Error, a closed pipe is recognised (and ignored) by the caller.
            serde_json::to_writer_pretty(&mut *out, &report.to_json())
                .map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        OutputFormat::Csv => write_csv(&report, out)?,
        OutputFormat::Table => write_table(&report, out)?,
    }
    Ok(())
}

/// Runs `inspect`.
pub fn run_inspect(args: &InspectArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let ds = data::load_files(&args.input.files, &args.input.load_options())?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &ds.sources).map_err(std::io::Error::from)?;
        writeln!(out)?;
        return Ok(());
    }
    for s in &ds.sources {
        let encoding = s.encoding_label();
        writeln!(out, "{}", s.path.display())?;
        writeln!(out, "  encoding:     {encoding}")?;
        if s.header_line > 0 {
            writeln!(out, "  header line:  {}", s.header_line)?;
        }
        writeln!(
            out,
            "  rows:         {} ({} totals rows dropped)",
            s.rows, s.totals_rows_dropped
        )?;
        writeln!(out, "  mapping:")?;
        for m in &s.mapping {
            let how = match (m.overridden, m.is_rate) {
                (true, _) => " (set by --map)",
                (false, true) => " (rate × new users)",
                (false, false) => "",
            };
            writeln!(out, "    {:<14} ← \"{}\"{how}", m.field.name(), m.header)?;
        }
        let used: Vec<&str> = s.mapping.iter().map(|m| m.header.as_str()).collect();
        let unused: Vec<&str> = s
            .headers
            .iter()
            .map(String::as_str)
            .filter(|h| !used.contains(h))
            .collect();
        if !unused.is_empty() {
            writeln!(out, "  not used:     {}", unused.join(", "))?;
        }
        for note in &s.notes {
            writeln!(out, "  note: {note}")?;
        }
    }
    Ok(())
}

fn write_csv(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let header: Vec<String> = report
        .columns
        .iter()
        .map(|c| csv_field(&c.name()))
        .collect();
    writeln!(out, "{}", header.join(","))?;
    for row in &report.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|cell| match cell {
                Cell::Key(Some(s)) => csv_field(s),
                Cell::Key(None) => String::new(),
                Cell::Number(None) => String::new(),
                Cell::Number(Some(v)) => v.to_string(),
            })
            .collect();
        writeln!(out, "{}", cells.join(","))?;
    }
    Ok(())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn write_table(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let header: Vec<String> = report
        .columns
        .iter()
        .map(|c| match c {
            ReportColumn::Key(k) => k.name().to_owned(),
            ReportColumn::Metric(m) => m.name(),
        })
        .collect();
    let body: Vec<Vec<String>> = report
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .zip(&report.columns)
                .map(|(cell, column)| match (cell, column) {
                    (Cell::Key(Some(s)), _) => s.clone(),
                    (Cell::Key(None), _) => "(none)".to_owned(),
                    (Cell::Number(v), ReportColumn::Metric(m)) => format_value(*m, *v),
                    (Cell::Number(v), ReportColumn::Key(_)) => {
                        v.map(|v| v.to_string()).unwrap_or_default()
                    }
                })
                .collect()
        })
        .collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            body.iter()
                .map(|r| r[i].width())
                .chain([header[i].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String], out: &mut dyn Write| -> std::io::Result<()> {
        let mut text = String::new();
        for (i, (cell, column)) in cells.iter().zip(&report.columns).enumerate() {
            let pad = " ".repeat(widths[i].saturating_sub(cell.width()));
            if i > 0 {
                text.push_str("  ");
            }
            match column {
                ReportColumn::Key(_) => {
                    text.push_str(cell);
                    text.push_str(&pad);
                }
                ReportColumn::Metric(_) => {
                    text.push_str(&pad);
                    text.push_str(cell);
                }
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(&header, out)?;
    let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    writeln!(out, "{}", rule.join("  "))?;
    for row in &body {
        line(row, out)?;
    }
    if report.rows.is_empty() {
        writeln!(out, "(no rows match)")?;
    }
    Ok(())
}
