//! The command line: the same core as the app, printed as a table, CSV or JSON.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use unicode_width::UnicodeWidthStr;

mod cohorts;
pub mod help;
mod input;
mod inspect;
mod plan;

pub use cohorts::{CohortArgs, run_cohorts};
pub use input::InputArgs;
pub use inspect::{InspectArgs, run_inspect};
pub use plan::{PlanArgs, run_plan};

use crate::dashboard::{self, View};
use crate::data::{self, Dataset, Field};
use crate::export::{self, Gpu, ImageSpec, Look, Picture};
use crate::metrics::{self, Comparison, Filters, Granularity, GroupKey, Metric, Query};
use crate::report::{Annotations, Cell, Report, ReportColumn};
use crate::stats::Bootstrap;
use crate::tr;

/// Which channel really pays: ROI, funnel and retention from ad-platform exports.
#[derive(Debug, Parser)]
#[command(
    name = "roi-lens",
    version,
    long_about = None,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files to open in the desktop app (no subcommand); the bundled sample data when none.
    /// A `.roilens` file opens as a workspace.
    #[arg(value_name = "FILES")]
    pub files: Vec<PathBuf>,
    /// Open this workspace in the desktop app.
    #[arg(long, value_name = "FILE.roilens")]
    pub workspace: Option<PathBuf>,
    /// The language of tables, messages and pictures: en, zh (简体中文) or ja (日本語).
    /// Default: English on the command line (or what LANG names, when it is Chinese or
    /// Japanese); the app's own preference (first taken from the system) in the app. CSV and
    /// JSON keys never change.
    #[arg(long, global = true, value_name = "en|zh|ja", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
}

fn parse_lang(text: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::from_locale(text).ok_or_else(|| tr!("cli-error-lang", value = text))
}

/// The command line's language when `--lang` is not given: what `LC_ALL`, `LC_MESSAGES` or
/// `LANG` names, when it is Chinese or Japanese; else English.
pub fn language_from_env() -> crate::i18n::Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok().filter(|v| !v.is_empty()))
        .next()
        .and_then(|v| crate::i18n::Lang::from_locale(&v))
        .unwrap_or_default()
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Per-group sums and ratios of sums (ROI, CTR, CVR, CPA, CPC, CPM, retention).
    Summary(SummaryArgs),
    /// How each file was read: encoding, header row, which header became which field.
    Inspect(InspectArgs),
    /// Draw a chart (or the whole dashboard) as a PNG, the same image the app exports.
    Chart(ChartArgs),
    /// Response curves, marginal ROI and a daily budget plan per channel or campaign.
    Plan(PlanArgs),
    /// Cohort retention and LTV per first-touch channel from event logs.
    Cohorts(CohortArgs),
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
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub stats: StatsArgs,
}

/// Statistics beside each metric; they need one grouping by channel, campaign or source.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Add 95 % intervals as `<metric>_lo` and `<metric>_hi`: Wilson for CTR, CVR and
    /// retention; a bootstrap over days (2,000 resamples, fixed seed) for ROI, CPA, CPC, CPM.
    #[arg(long)]
    pub ci: bool,
    /// Compare every group with this one (`--baseline` alone: the group with the most spend):
    /// adds `<metric>_vs_baseline` (higher, lower or same) and `<metric>_p` (Holm-adjusted)
    /// for CTR, CVR, retention and ROI.
    #[arg(long, value_name = "NAME", num_args = 0..=1, default_missing_value = "")]
    pub baseline: Option<String>,
    /// Compare with the previous range of equal length: adds `<metric>_prev`,
    /// `<metric>_change` and `<metric>_change_pct`.
    #[arg(long)]
    pub compare_previous: bool,
    /// Compare with this range instead (first day; needs --compare-to).
    #[arg(long, value_parser = parse_cli_date, requires = "compare_to")]
    pub compare_from: Option<NaiveDate>,
    /// Last day of the range to compare with.
    #[arg(long, value_parser = parse_cli_date, requires = "compare_from")]
    pub compare_to: Option<NaiveDate>,
}

impl StatsArgs {
    fn any(&self) -> bool {
        self.ci || self.baseline.is_some() || self.comparison().is_some()
    }

    fn comparison(&self) -> Option<Comparison> {
        match (self.compare_from, self.compare_to) {
            (Some(from), Some(to)) => Some(Comparison::Range { from, to }),
            _ => self.compare_previous.then_some(Comparison::Previous),
        }
    }
}

/// Which rows take part.
#[derive(Debug, clap::Args)]
pub struct FilterArgs {
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

impl FilterArgs {
    /// `base` (a workspace's filters, or none) with every filter given here replacing its own.
    fn over(&self, base: &Filters) -> Filters {
        let list = |given: &Vec<String>, saved: &Vec<String>| {
            if given.is_empty() {
                saved.clone()
            } else {
                given.clone()
            }
        };
        Filters {
            from: self.from.or(base.from),
            to: self.to.or(base.to),
            channels: list(&self.channels, &base.channels),
            campaigns: list(&self.campaigns, &base.campaigns),
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct ChartArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// What to draw: a view of the dashboard or the whole dashboard (the list is below).
    #[arg(long, value_parser = parse_picture, long_help = chart_help())]
    pub chart: Picture,
    /// The PNG to write (replaced atomically if it exists).
    #[arg(long, value_name = "FILE.png")]
    pub out: PathBuf,
    /// Width in points; the PNG is width × scale pixels wide.
    #[arg(long, default_value_t = ImageSpec::default().width)]
    pub width: u32,
    /// Height in points.
    #[arg(long, default_value_t = ImageSpec::default().height)]
    pub height: u32,
    /// Pixels per point: 1, 2 or 3 (2 is sharp on projectors and high-density screens).
    #[arg(long, default_value_t = ImageSpec::default().scale)]
    pub scale: u32,
    /// The trend's metric (spend, revenue, roi, ctr, cvr, cpa, cpc, cpm, retention_d7, …).
    #[arg(long, value_parser = parse_metric)]
    pub metric: Option<Metric>,
    /// Group by channel, campaign or source. Default: channel, or campaign when the files
    /// have no channel column.
    #[arg(long, value_parser = parse_group_key)]
    pub by: Option<GroupKey>,
    /// Time buckets of the trend: day (the default), week or month.
    #[arg(long, value_parser = parse_granularity)]
    pub granularity: Option<Granularity>,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// A dark background instead of the default light one.
    #[arg(long)]
    pub dark: bool,
    /// Leave out error bars, baseline markers and period comparisons (a clean slide).
    #[arg(long)]
    pub clean: bool,
    /// Compare every group with this one (default: the most spend, or the workspace's).
    #[arg(long, value_name = "NAME")]
    pub baseline: Option<String>,
}

fn parse_group_key(s: &str) -> Result<GroupKey, String> {
    s.parse()
}

fn parse_picture(s: &str) -> Result<Picture, String> {
    s.parse()
}

/// `--chart`'s help, from the registry of views, in the language in force.
fn chart_help() -> String {
    let views: Vec<String> = Picture::all()
        .map(|p| format!("  {:<10} {}", p.name(), p.title()))
        .collect();
    format!("{}\n{}", tr!("cli-help-chart-chart-list"), views.join("\n"))
}

fn parse_metric(s: &str) -> Result<Metric, String> {
    Metric::parse(s).ok_or_else(|| tr!("cli-error-unknown-metric", value = s))
}

fn parse_granularity(s: &str) -> Result<Granularity, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "day" | "daily" => Ok(Granularity::Day),
        "week" | "weekly" => Ok(Granularity::Week),
        "month" | "monthly" => Ok(Granularity::Month),
        _ => Err(tr!("cli-error-unknown-granularity", value = s)),
    }
}

/// The grouping asked for, or channel (campaign when no file has a channel column and all
/// rows are one channel).
fn default_group(ds: &data::Dataset) -> GroupKey {
    if ds.has_channel_column() || ds.raw_channels.len() > 1 || !ds.has(Field::Campaign) {
        GroupKey::Channel
    } else {
        GroupKey::Campaign
    }
}

fn parse_cli_date(s: &str) -> Result<NaiveDate, String> {
    match data::clean::parse_date(s) {
        Ok(Some(d)) => Ok(d),
        _ => Err(tr!("cli-error-not-a-date", value = s)),
    }
}

/// Runs `summary`, writing the report to `out`.
pub fn run_summary(args: &SummaryArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let (ds, ws) = args.input.load_warning()?;
    let group_by = match (&ws, args.by.is_empty()) {
        (_, false) => args.by.clone(),
        (Some(ws), true) => vec![ws.view.group_by],
        (None, true) => vec![default_group(&ds)],
    };
    let saved = ws
        .as_ref()
        .map(|w| w.view.filters.clone())
        .unwrap_or_default();
    let query = Query {
        group_by,
        filters: args.filters.over(&saved),
    };
    let summary = metrics::summarize(&ds, &query)?;
    let report = if args.stats.any() {
        annotated_summary(&ds, &query, &summary, &args.stats)?
    } else {
        Report::from_summary(&summary)
    };
    write_report(&report, args.format, out)
}

/// Writes `report` as JSON, CSV or an aligned table.
fn write_report(report: &Report, format: OutputFormat, out: &mut dyn Write) -> anyhow::Result<()> {
    match format {
        OutputFormat::Json => {
            // As an io::Error, a closed pipe is recognised (and ignored) by the caller.
            serde_json::to_writer_pretty(&mut *out, &report.to_json())
                .map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        OutputFormat::Csv => out.write_all(report.to_csv(false).as_bytes())?,
        OutputFormat::Table => write_table(report, out)?,
    }
    Ok(())
}

/// The summary with the statistics `--ci`, `--baseline` and `--compare-*` ask for; what the
/// numbers rest on (the baseline, days too few for an interval, the periods) goes to stderr.
fn annotated_summary(
    ds: &Dataset,
    query: &Query,
    summary: &metrics::Summary,
    args: &StatsArgs,
) -> anyhow::Result<Report> {
    let key = match query.group_by.as_slice() {
        [key] if !key.is_time() => *key,
        _ => anyhow::bail!("{}", tr!("cli-error-stats-one-grouping")),
    };
    if args.comparison().is_some() && !ds.has(Field::Date) {
        anyhow::bail!("{}", tr!("cli-error-compare-needs-dates"));
    }
    if summary.height() == 0 {
        return Ok(Report::from_summary(summary));
    }
    let groups = summary.key_labels(key);
    let wanted = args.baseline.as_deref().filter(|b| !b.is_empty());
    if let Some(name) = wanted
        && !groups.iter().any(|g| g == name)
    {
        anyhow::bail!(
            "{}",
            tr!(
                "cli-error-no-baseline-group",
                name = name,
                key = key.label(),
                groups = groups.join(", ")
            )
        );
    }
    let totals = metrics::summarize(
        ds,
        &Query {
            group_by: vec![],
            filters: query.filters.clone(),
        },
    )?;
    let settings = Bootstrap::default();
    let uncertainty =
        metrics::uncertainty(ds, &query.filters, key, summary, &totals, wanted, settings)?;
    let periods = match args.comparison() {
        Some(c) => metrics::compare_periods(ds, &query.filters, key, summary, &c)?,
        None => None,
    };
    if args.ci {
        let short: Vec<String> = groups
            .iter()
            .zip(&uncertainty.days)
            .filter(|(_, d)| **d < settings.min_days)
            .map(|(g, d)| format!("{g} ({d})"))
            .collect();
        if !short.is_empty()
            && summary
                .metrics
                .iter()
                .any(|m| metrics::BOOTSTRAPPED.contains(m))
        {
            eprintln!(
                "{}",
                tr!(
                    "cli-note-too-few-days",
                    min_days = settings.min_days.to_string(),
                    groups = short.join(", ")
                )
            );
        }
    }
    if args.baseline.is_some() {
        match uncertainty.baseline_name() {
            Some(name) => {
                let others = groups.len().saturating_sub(1).to_string();
                let key = key.label();
                eprintln!(
                    "{}",
                    if uncertainty.baseline_by_spend {
                        tr!(
                            "cli-baseline-most-spend",
                            name = name,
                            others = others,
                            key = key
                        )
                    } else {
                        tr!("cli-baseline", name = name, others = others, key = key)
                    }
                );
            }
            None => eprintln!("{}", tr!("cli-note-no-baseline", key = key.label())),
        }
    }
    if let Some(p) = &periods {
        let date = crate::i18n::date;
        eprintln!(
            "{}",
            tr!(
                "cli-periods",
                from = date(p.current.0),
                to = date(p.current.1),
                previous_from = date(p.previous.0),
                previous_to = date(p.previous.1)
            )
        );
        if !p.has_rows {
            eprintln!(
                "{}",
                tr!(
                    "cli-note-no-rows-in",
                    from = date(p.previous.0),
                    to = date(p.previous.1)
                )
            );
        }
    }
    let annotations = Annotations {
        intervals: args.ci.then_some(&uncertainty),
        versus: args.baseline.is_some().then_some(&uncertainty),
        periods: periods.as_ref(),
    };
    Ok(Report::annotated(summary, &annotations))
}

/// Runs `chart`: the dashboard's data for the asked view, drawn offscreen on a device of our
/// own (no window needed), written atomically.
pub fn run_chart(args: &ChartArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut spec = ImageSpec {
        width: args.width,
        height: args.height,
        scale: args.scale,
        dark: args.dark,
    };
    // Size mistakes are reported before the files are read.
    spec.check(u32::MAX)?;
    if let Some(key @ GroupKey::Period(_)) = args.by {
        anyhow::bail!("{}", tr!("cli-error-chart-grouping", key = key.label()));
    }
    let (ds, ws) = args.input.load_warning()?;
    let saved = ws.as_ref().map(|w| w.view.clone());
    let view = View {
        filters: args.filters.over(
            &saved
                .as_ref()
                .map(|v| v.filters.clone())
                .unwrap_or_default(),
        ),
        group_by: args
            .by
            .or(saved.as_ref().map(|v| v.group_by))
            .unwrap_or_else(|| default_group(&ds)),
        granularity: args
            .granularity
            .or(saved.as_ref().map(|v| v.granularity))
            .unwrap_or_default(),
        trend_metric: args
            .metric
            .or(saved.as_ref().map(|v| v.trend_metric))
            .unwrap_or(View::default().trend_metric),
        stats: {
            let mut stats = saved.as_ref().map(|v| v.stats.clone()).unwrap_or_default();
            if args.baseline.is_some() {
                stats.baseline = args.baseline.clone();
            }
            if args.clean {
                stats = dashboard::StatsView {
                    intervals: false,
                    significance: false,
                    compare: None,
                    ..stats
                };
            }
            stats
        },
    };
    spec.dark |= ws.as_ref().is_some_and(|w| w.dark);
    let facts = dashboard::DatasetFacts::of(&ds);
    for (what, wanted, known) in [
        (GroupKey::Channel, &view.filters.channels, &facts.channels),
        (
            GroupKey::Campaign,
            &view.filters.campaigns,
            &facts.campaigns,
        ),
    ] {
        for name in wanted.iter().filter(|n| !known.contains(n)) {
            eprintln!(
                "{}",
                tr!(
                    "cli-warning-no-such-name",
                    key = what.label(),
                    name = name.as_str()
                )
            );
        }
    }
    let mut data = dashboard::compute_charts(&ds, &view.query())?;
    let stats = dashboard::compute_statistics(&ds, &data, &view.stats_request())?;
    if let Some(name) = &args.baseline
        && data.group_index(name).is_none()
    {
        eprintln!(
            "{}",
            tr!(
                "cli-warning-no-baseline-name",
                key = view.group_by.label(),
                name = name.as_str()
            )
        );
    }
    if let Some(ws) = &ws {
        data.apply_colors(&ws.colors);
    }
    if !data.by_group.metrics.contains(&view.trend_metric) {
        let available: Vec<String> = data.by_group.metrics.iter().map(|m| m.name()).collect();
        anyhow::bail!(
            "{}",
            tr!(
                "cli-error-metric-unavailable",
                metric = view.trend_metric.name(),
                available = available.join(", ")
            )
        );
    }
    if data.by_group.height() == 0 {
        anyhow::bail!("{}", tr!("cli-error-nothing-to-draw"));
    }
    let (cohorts, event_logs) = picture_cohorts(args, &ds)?.unzip();
    let look = Look {
        sources: ds
            .sources
            .iter()
            .map(|s| s.path.clone())
            .chain(event_logs.into_iter().flatten())
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect(),
        hidden: ws.as_ref().map(|w| w.hidden.clone()).unwrap_or_default(),
        sort: ws.as_ref().map(|w| w.table_sort).unwrap_or_default(),
    };
    let plan = plan::picture_plan(&ds, &view, ws.as_ref(), args.chart)?;
    let shown = dashboard::Shown::new(&data, Some(&stats), view.presentation())
        .with_plan(plan.as_ref())
        .with_cohorts(cohorts.as_ref());
    let gpu = Gpu::headless()?;
    let [w, h] = export::save_png(&gpu, &shown, args.chart, &spec, &look, &args.out)?;
    writeln!(
        out,
        "{}",
        tr!(
            "cli-wrote-png",
            file = args.out.display().to_string(),
            width = w.to_string(),
            height = h.to_string()
        )
    )?;
    Ok(())
}

/// The cohorts of the event logs among the files, for a picture of the Cohorts view (with
/// the default options: weekly cohorts, days 1, 7 and 30 at +08:00), and those logs; the
/// spend is the exports'.
fn picture_cohorts(
    args: &ChartArgs,
    ds: &crate::data::Dataset,
) -> anyhow::Result<Option<(dashboard::CohortData, Vec<PathBuf>)>> {
    if args.chart != crate::export::Picture::View(crate::views::ViewRef::cohorts()) {
        return Ok(None);
    }
    let events = args.input.event_logs();
    if events.is_empty() {
        anyhow::bail!("{}", tr!("cli-error-chart-cohorts-needs-events"));
    }
    let options = dashboard::CohortOptions::default();
    let source =
        crate::data::events::open_event_source(&events, options.tz(), &options.columns, |_, _| {})?;
    let cohorts = dashboard::compute_cohorts(&source, &options, &Default::default(), Some(ds))?;
    Ok(Some((cohorts, events)))
}

fn write_table(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    // Headers in the language in force (the keys themselves in English); CSV and JSON keep
    // the keys.
    let header: Vec<String> = report.columns.iter().map(|c| c.header()).collect();
    let body: Vec<Vec<String>> = report
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .zip(&report.columns)
                .map(|(cell, column)| cell.text(*column))
                .collect()
        })
        .collect();
    // Keys and words read from the left, numbers from the right.
    let left: Vec<bool> = report
        .columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            matches!(column, ReportColumn::Key(_))
                || report
                    .rows
                    .iter()
                    .all(|row| matches!(row.get(i), Some(Cell::Text(_))))
        })
        .collect();
    write_text_table(&header, &body, &left, out)?;
    if report.rows.is_empty() {
        writeln!(out, "{}", tr!("cli-no-rows"))?;
    }
    Ok(())
}

/// An aligned table for the terminal (CJK counted by display width); `left` columns are
/// aligned left, the others right.
pub(crate) fn write_text_table(
    header: &[String],
    body: &[Vec<String>],
    left: &[bool],
    out: &mut dyn Write,
) -> std::io::Result<()> {
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
        for (i, cell) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[i].saturating_sub(cell.width()));
            if i > 0 {
                text.push_str("  ");
            }
            if left[i] {
                text.push_str(cell);
                text.push_str(&pad);
            } else {
                text.push_str(&pad);
                text.push_str(cell);
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(header, out)?;
    let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    writeln!(out, "{}", rule.join("  "))?;
    for row in body {
        line(row, out)?;
    }
    Ok(())
}
