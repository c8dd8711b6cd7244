//! The command line: the same core as the app, printed as a table, CSV or JSON.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use unicode_width::UnicodeWidthStr;

mod cohorts;
mod plan;

pub use cohorts::{CohortArgs, run_cohorts};
pub use plan::{PlanArgs, run_plan};

use crate::dashboard::{self, View};
use crate::data::{self, Dataset, Field, LoadOptions, MappingOverrides};
use crate::export::{self, Gpu, ImageSpec, Look, Picture};
use crate::metrics::{self, Comparison, Filters, Granularity, GroupKey, Metric, Query};
use crate::report::{Annotations, Cell, Report, ReportColumn};
use crate::stats::Bootstrap;
use crate::workspace::{self, SourceState, Workspace};

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
    /// A `.roilens` file opens as a workspace.
    #[arg(value_name = "FILES")]
    pub files: Vec<PathBuf>,
    /// Open this workspace in the desktop app.
    #[arg(long, value_name = "FILE.roilens")]
    pub workspace: Option<PathBuf>,
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

#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// CSV, TSV, Parquet or workbook (.xlsx, .xls, .ods) exports; several files are
    /// combined. `book.xlsx#Sheet2` reads one sheet of a workbook.
    #[arg(required_unless_present = "workspace", value_name = "FILES")]
    pub files: Vec<PathBuf>,
    /// The sheet to read of every workbook given without `#SHEET` (default: the first sheet
    /// with a recognisable header).
    #[arg(long, value_name = "NAME", conflicts_with = "all_sheets")]
    pub sheet: Option<String>,
    /// Convert every amount into this currency (ISO code: CNY, USD, JPY …) before any sum, at
    /// the rates given with --rate. Without it, files in different currencies do not load
    /// together.
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
    /// One unit of CODE is RATE of the report currency (`--rate USD=7.10`; repeatable).
    #[arg(long = "rate", value_name = "CODE=RATE", value_parser = parse_rate, requires = "currency")]
    pub rates: Vec<(String, f64)>,
    /// The currency of FILE's amounts, when its headers and cells do not say or say wrong
    /// (`--currency-of report.csv=USD`; repeatable).
    #[arg(long = "currency-of", value_name = "FILE=CODE", value_parser = parse_pair)]
    pub currency_of: Vec<(String, String)>,
    /// Read every sheet with data of each workbook, stacked as separate sources.
    #[arg(long)]
    pub all_sheets: bool,
    /// A sheet with no channel column is the channel named after the sheet (one sheet per
    /// channel).
    #[arg(long)]
    pub sheets_as_channels: bool,
    /// Use a saved workspace's sources, column mappings and filters (options given here
    /// override its filters; FILES given too are added).
    #[arg(long, value_name = "FILE.roilens")]
    pub workspace: Option<PathBuf>,
    /// Take FIELD from the column HEADER (`--map spend="花费(元)"`); `--map FIELD=` ignores it.
    #[arg(long = "map", value_name = "FIELD=HEADER", value_parser = parse_mapping)]
    pub map: Vec<(Field, Option<String>)>,
    /// Show channel FROM as TO (repeatable): `--alias 朋友圈="WeChat Moments"` merges the two.
    #[arg(long = "alias", value_name = "FROM=TO", value_parser = parse_pair)]
    pub aliases: Vec<(String, String)>,
    /// Show every known platform's channel (朋友圈, Moments, モーメンツ …) under one English name.
    #[arg(long)]
    pub known_aliases: bool,
    /// The channel of FILE, a platform's own download with no channel column (repeatable; by
    /// default the platform recognised from its headers, else the file's name).
    #[arg(long = "channel-of", value_name = "FILE=NAME", value_parser = parse_pair)]
    pub channel_of: Vec<(String, String)>,
    /// Load a file with cells that cannot be read anyway: they are left empty and listed on
    /// stderr (file, line, column, value).
    #[arg(long)]
    pub lenient: bool,
    /// Refuse a file with rows of fewer or more fields than its header, or a header written
    /// twice (without it these are warnings, and the data is read as the notes say).
    #[arg(long)]
    pub strict: bool,
}

impl InputArgs {
    fn load_options(&self) -> LoadOptions {
        let mut global = MappingOverrides::default();
        for (field, header) in &self.map {
            global.fields.insert(*field, header.clone());
        }
        let conversion = self
            .currency
            .as_ref()
            .map(|report| data::currency::Conversion {
                report: report.trim().to_uppercase(),
                rates: self
                    .rates
                    .iter()
                    .map(|(code, rate)| (code.clone(), *rate))
                    .collect(),
            });
        LoadOptions {
            global,
            strict: self.strict,
            conversion,
            ..LoadOptions::default()
        }
    }

    /// Loads the files, with the workspace's sources and mappings first when one is given.
    /// A workspace that cannot be used, or whose sources are missing, is an error; a source
    /// that changed since it was saved is a warning.
    fn load(&self) -> anyhow::Result<(Dataset, Option<Workspace>)> {
        let mut options = self.load_options();
        let mut files = Vec::new();
        let workspace = match &self.workspace {
            Some(path) => {
                let opened = workspace::open(path)?;
                for (source, state) in opened.workspace.sources.iter().zip(&opened.states) {
                    match state {
                        SourceState::Unchanged => {}
                        SourceState::Changed => eprintln!(
                            "warning: {} changed since the workspace was saved; using the new data",
                            source.path.display()
                        ),
                        SourceState::Missing { recorded } => anyhow::bail!(
                            "workspace {}: source {} is missing (looked for {} and {})",
                            path.display(),
                            source
                                .path
                                .file_name()
                                .unwrap_or_default()
                                .to_string_lossy(),
                            source.path.display(),
                            recorded.display()
                        ),
                    }
                }
                let (paths, ws_options) = opened.workspace.load_request();
                files.extend(paths);
                options.per_source = ws_options.per_source;
                options.aliases = ws_options.aliases;
                options.display = ws_options.display;
                options.channel_of = ws_options.channel_of;
                Some(opened.workspace)
            }
            None => None,
        };
        for file in &self.files {
            files.extend(self.sheets_of(file)?);
        }
        if self.sheets_as_channels {
            for path in &files {
                if let (_, Some(sheet)) = data::workbook::split_sheet(path) {
                    options.channel_of.entry(path.clone()).or_insert(sheet);
                }
            }
        }
        self.apply_channel_names(&files, &mut options)?;
        if self.lenient {
            options.lenient = files.iter().cloned().collect();
        }
        Ok((data::load_files(&files, &options)?, workspace))
    }

    /// The sources a FILE argument stands for: itself, or the sheet `--sheet` names, or with
    /// `--all-sheets` every sheet with a recognisable header and a spend column.
    fn sheets_of(&self, file: &std::path::Path) -> anyhow::Result<Vec<PathBuf>> {
        let (_, named) = data::workbook::split_sheet(file);
        if named.is_some() || !data::workbook::is_workbook_name(file) {
            return Ok(vec![file.to_owned()]);
        }
        if let Some(sheet) = &self.sheet {
            return Ok(vec![data::workbook::with_sheet(file, sheet)]);
        }
        if !self.all_sheets {
            return Ok(vec![file.to_owned()]);
        }
        let with_data: Vec<PathBuf> = data::workbook::list_sheets(file)?
            .iter()
            .filter(|s| s.has_data())
            .map(|s| data::workbook::with_sheet(file, &s.name))
            .collect();
        // None with data: the workbook itself, whose error then says what is missing.
        Ok(if with_data.is_empty() {
            vec![file.to_owned()]
        } else {
            with_data
        })
    }

    /// [`load`](Self::load), then each file's notes on stderr as warnings (`inspect` prints
    /// them in its report instead).
    fn load_warning(&self) -> anyhow::Result<(Dataset, Option<Workspace>)> {
        let loaded = self.load()?;
        for source in &loaded.0.sources {
            for note in &source.notes {
                eprintln!("warning: {}: {note}", source.path.display());
            }
        }
        Ok(loaded)
    }

    /// `--alias`, `--known-aliases` and `--channel-of` over the workspace's channel names.
    fn apply_channel_names(
        &self,
        files: &[PathBuf],
        options: &mut LoadOptions,
    ) -> anyhow::Result<()> {
        for (from, to) in &self.aliases {
            options.aliases.insert(from.clone(), to.clone());
        }
        if self.known_aliases {
            options.display = data::platforms::DisplayNames::English;
        }
        for (flag, pairs, into) in [
            ("--channel-of", &self.channel_of, &mut options.channel_of),
            ("--currency-of", &self.currency_of, &mut options.currency_of),
        ] {
            for (file, value) in pairs {
                let matching: Vec<&PathBuf> = files
                    .iter()
                    .filter(|p| {
                        p.as_os_str() == file.as_str()
                            || p.file_name().is_some_and(|n| n == file.as_str())
                    })
                    .collect();
                if matching.is_empty() {
                    anyhow::bail!("{flag} {file}={value}: no file {file} among those given");
                }
                for path in matching {
                    into.insert(path.clone(), value.clone());
                }
            }
        }
        Ok(())
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

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `USD=7.10`: a currency code and a positive rate.
fn parse_rate(s: &str) -> Result<(String, f64), String> {
    let (code, rate) = s
        .split_once('=')
        .ok_or_else(|| format!("expected CODE=RATE (USD=7.10), got `{s}`"))?;
    let rate: f64 = rate
        .trim()
        .parse()
        .map_err(|_| format!("`{rate}` is not a rate (like 7.10)"))?;
    if !(rate.is_finite() && rate > 0.0) {
        return Err(format!(
            "the rate of {code} must be a positive number, not {rate}"
        ));
    }
    Ok((code.trim().to_uppercase(), rate))
}

fn parse_mapping(s: &str) -> Result<(Field, Option<String>), String> {
    let (field, header) = s
        .split_once('=')
        .ok_or_else(|| format!("expected FIELD=HEADER, got `{s}`"))?;
    let field: Field = field.parse()?;
    let header = header.trim();
    Ok((field, (!header.is_empty()).then(|| header.to_owned())))
}

fn parse_pair(s: &str) -> Result<(String, String), String> {
    let (a, b) = s
        .split_once('=')
        .ok_or_else(|| format!("expected A=B, got `{s}`"))?;
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() || b.is_empty() {
        return Err(format!("both sides of `{s}` must be given"));
    }
    Ok((a.to_owned(), b.to_owned()))
}

fn parse_group_key(s: &str) -> Result<GroupKey, String> {
    s.parse()
}

fn parse_picture(s: &str) -> Result<Picture, String> {
    s.parse()
}

/// `--chart`'s help, from the registry of views.
fn chart_help() -> String {
    let views: Vec<String> = Picture::all()
        .map(|p| format!("  {:<10} {}", p.name(), p.title()))
        .collect();
    format!(
        "What to draw: a view of the dashboard or the whole dashboard:\n{}",
        views.join("\n")
    )
}

fn parse_metric(s: &str) -> Result<Metric, String> {
    Metric::parse(s).ok_or_else(|| {
        format!("unknown metric `{s}`; use spend, revenue, roi, ctr, cvr, cpa, cpc, cpm, retention_d1, …")
    })
}

fn parse_granularity(s: &str) -> Result<Granularity, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "day" | "daily" => Ok(Granularity::Day),
        "week" | "weekly" => Ok(Granularity::Week),
        "month" | "monthly" => Ok(Granularity::Month),
        _ => Err(format!("unknown granularity `{s}`; use day, week or month")),
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
        _ => Err(format!(
            "`{s}` is not a date; use 2024-03-01, 2024/3/1 or 20240301"
        )),
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
        _ => anyhow::bail!(
            "--ci, --baseline and --compare-* need one grouping: --by channel, campaign or source"
        ),
    };
    if args.comparison().is_some() && !ds.has(Field::Date) {
        anyhow::bail!("comparing periods needs a date column, and the files have none");
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
            "--baseline {name}: no {key} of that name in the rows shown; there are: {}",
            groups.join(", ")
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
                "note: ROI, CPA, CPC and CPM intervals need at least {} days of data; too \
                 uncertain, left empty for: {}",
                settings.min_days,
                short.join(", ")
            );
        }
    }
    if args.baseline.is_some() {
        match uncertainty.baseline_name() {
            Some(name) => eprintln!(
                "baseline: {name}{}; higher/lower = a difference at the 5 % level after Holm's \
                 correction across {} other {key}s, same = not distinguishable",
                if uncertainty.baseline_by_spend {
                    " (most spend)"
                } else {
                    ""
                },
                groups.len().saturating_sub(1)
            ),
            None => eprintln!("note: no {key} has spend, so there is no baseline to compare with"),
        }
    }
    if let Some(p) = &periods {
        eprintln!(
            "periods: {} – {} compared with {} – {}",
            p.current.0, p.current.1, p.previous.0, p.previous.1
        );
        if !p.has_rows {
            eprintln!("note: no rows in {} – {}", p.previous.0, p.previous.1);
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
        anyhow::bail!("charts group by channel, campaign or source, not {key}");
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
        ("channel", &view.filters.channels, &facts.channels),
        ("campaign", &view.filters.campaigns, &facts.campaigns),
    ] {
        for name in wanted.iter().filter(|n| !known.contains(n)) {
            eprintln!("warning: no {what} named `{name}` in these files");
        }
    }
    let mut data = dashboard::compute_charts(&ds, &view.query())?;
    let stats = dashboard::compute_statistics(&ds, &data, &view.stats_request())?;
    if let Some(name) = &args.baseline
        && data.group_index(name).is_none()
    {
        eprintln!(
            "warning: no {} named `{name}` in the rows shown; comparing with the most spend",
            view.group_by
        );
    }
    if let Some(ws) = &ws {
        data.apply_colors(&ws.colors);
    }
    if !data.by_group.metrics.contains(&view.trend_metric) {
        let available: Vec<String> = data.by_group.metrics.iter().map(|m| m.name()).collect();
        anyhow::bail!(
            "--metric {}: the files have no columns for it; available: {}",
            view.trend_metric.name(),
            available.join(", ")
        );
    }
    if data.by_group.height() == 0 {
        anyhow::bail!("no rows match the filters: nothing to draw");
    }
    let look = Look {
        sources: ds
            .sources
            .iter()
            .filter_map(|s| s.path.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect(),
        hidden: ws.as_ref().map(|w| w.hidden.clone()).unwrap_or_default(),
        sort: ws.as_ref().map(|w| w.table_sort).unwrap_or_default(),
    };
    let plan = plan::picture_plan(&ds, &view, ws.as_ref(), args.chart)?;
    let shown =
        dashboard::Shown::new(&data, Some(&stats), view.presentation()).with_plan(plan.as_ref());
    let gpu = Gpu::headless()?;
    let [w, h] = export::save_png(&gpu, &shown, args.chart, &spec, &look, &args.out)?;
    writeln!(out, "wrote {} ({w}×{h} px)", args.out.display())?;
    Ok(())
}

/// Runs `inspect`.
pub fn run_inspect(args: &InspectArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let (ds, _) = args.input.load()?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &ds.sources).map_err(std::io::Error::from)?;
        writeln!(out)?;
        return Ok(());
    }
    for s in &ds.sources {
        let encoding = s.encoding_label();
        writeln!(out, "{}", s.path.display())?;
        writeln!(out, "  encoding:     {encoding}")?;
        if let Some(read) = &s.sheet {
            writeln!(out, "  sheets:")?;
            for sheet in data::workbook::list_sheets(&s.path)? {
                let what = if sheet.header_row.is_some() {
                    let fields: Vec<String> = sheet.fields.iter().map(|f| f.name()).collect();
                    format!("{} rows: {}", sheet.rows, fields.join(", "))
                } else {
                    format!("{} rows, no recognisable header", sheet.rows)
                };
                let mark = if sheet.name == *read {
                    "  ← read"
                } else {
                    ""
                };
                // Padded by display width: a Chinese character takes two columns.
                let pad = " ".repeat(14_usize.saturating_sub(sheet.name.width()));
                writeln!(out, "    {}{pad} ({what}){mark}", sheet.name)?;
            }
        }
        if s.header_line > 0 {
            let row = if s.sheet.is_some() {
                "header row:  "
            } else {
                "header line: "
            };
            writeln!(out, "  {row} {}", s.header_line)?;
        }
        writeln!(
            out,
            "  rows:         {} ({} totals rows dropped)",
            s.rows, s.totals_rows_dropped
        )?;
        writeln!(out, "  mapping:")?;
        for m in &s.mapping {
            let how = match (m.overridden, m.derived()) {
                (true, _) => " (set by --map)".to_owned(),
                (false, Some(derived)) => format!(" ({derived})"),
                (false, None) => String::new(),
            };
            let scale = if m.unit_scale == 1.0 || m.is_rate {
                String::new()
            } else {
                format!(" (values × {})", m.unit_scale)
            };
            writeln!(
                out,
                "    {:<14} ← \"{}\"{how}{scale}",
                m.field.name(),
                m.header
            )?;
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
        for (field, headers) in crate::data::mapping::near_misses(&s.headers, &s.mapping) {
            for header in headers {
                writeln!(
                    out,
                    "  maybe:        {} ← \"{header}\"? (not recognised; --map {}=\"{header}\" uses it)",
                    field.name(),
                    field.name()
                )?;
            }
        }
        if let Some(channel) = s.channel.describe() {
            writeln!(out, "  channel:      {channel}")?;
        }
        match &s.currency {
            Some(c) => writeln!(out, "  currency:     {} (from {})", c.code, c.from)?,
            None => writeln!(
                out,
                "  currency:     not recognised (--currency-of FILE=CODE sets it)"
            )?,
        }
        for note in &s.notes {
            writeln!(out, "  note: {note}")?;
        }
    }
    Ok(())
}

fn write_table(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let header: Vec<String> = report.columns.iter().map(|c| c.name()).collect();
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
        writeln!(out, "(no rows match)")?;
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
