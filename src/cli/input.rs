//! What every command reads: the files (sheets of workbooks included), a workspace, column
//! mappings, channel names, currencies and how strictly to read them; and loading them.

use std::path::PathBuf;

use crate::tr;

use crate::data::{self, Dataset, Field, LoadOptions, MappingOverrides};
use crate::workspace::{self, SourceState, Workspace};

#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// CSV, TSV, Parquet or workbook (.xlsx, .xls, .ods) exports; several files are
    /// combined. `book.xlsx#Sheet2` reads one sheet of a workbook;
    /// `clickhouse://[user@]host[:port]/database/table` a ClickHouse table (summed per day ×
    /// label in ClickHouse; password from CLICKHOUSE_PASSWORD).
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
    pub(super) fn load(&self) -> anyhow::Result<(Dataset, Option<Workspace>)> {
        let mut options = self.load_options();
        let mut files = Vec::new();
        let workspace = match &self.workspace {
            Some(path) => {
                let opened = workspace::open(path)?;
                for (source, state) in opened.workspace.sources.iter().zip(&opened.states) {
                    match state {
                        SourceState::Unchanged => {}
                        SourceState::Changed => eprintln!(
                            "{}",
                            tr!(
                                "cli-warning-source-changed",
                                file = source.path.display().to_string()
                            )
                        ),
                        SourceState::Missing { recorded } => anyhow::bail!(
                            "{}",
                            tr!(
                                "cli-error-source-missing",
                                workspace = path.display().to_string(),
                                name = source
                                    .path
                                    .file_name()
                                    .unwrap_or_default()
                                    .to_string_lossy()
                                    .into_owned(),
                                path = source.path.display().to_string(),
                                recorded = recorded.display().to_string()
                            )
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
        // Event logs are read by `cohorts` (and `chart --chart cohorts`), not as exports.
        let (files, events) = data::kind::split_event_logs(&files);
        if files.is_empty() && !events.is_empty() {
            let names: Vec<String> = events.iter().map(|p| p.display().to_string()).collect();
            anyhow::bail!(
                "{}",
                tr!(
                    "cli-error-only-event-logs",
                    count = names.len(),
                    files = names.join(", ")
                )
            );
        }
        self.apply_channel_names(&files, &mut options)?;
        if self.lenient {
            options.lenient = files.iter().cloned().collect();
        }
        Ok((data::load_files(&files, &options)?, workspace))
    }

    /// The event logs among the files (see [`data::kind::is_event_log`]).
    pub(super) fn event_logs(&self) -> Vec<PathBuf> {
        data::kind::split_event_logs(&self.files).1
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
    pub(super) fn load_warning(&self) -> anyhow::Result<(Dataset, Option<Workspace>)> {
        let loaded = self.load()?;
        for source in &loaded.0.sources {
            for note in source.notes_to_show() {
                eprintln!(
                    "{}",
                    tr!(
                        "cli-warning-note",
                        file = source.path.display().to_string(),
                        note = note
                    )
                );
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
                    anyhow::bail!(
                        "{}",
                        tr!(
                            "cli-error-no-such-file",
                            flag = flag,
                            file = file,
                            value = value
                        )
                    );
                }
                for path in matching {
                    into.insert(path.clone(), value.clone());
                }
            }
        }
        Ok(())
    }
}

/// `USD=7.10`: a currency code and a positive rate.
fn parse_rate(s: &str) -> Result<(String, f64), String> {
    let (code, rate) = s.split_once('=').ok_or_else(|| {
        tr!(
            "cli-error-expected-pair",
            form = "CODE=RATE (USD=7.10)",
            value = s
        )
    })?;
    let rate: f64 = rate
        .trim()
        .parse()
        .map_err(|_| tr!("cli-error-not-a-rate", value = rate))?;
    if !(rate.is_finite() && rate > 0.0) {
        return Err(tr!(
            "cli-error-rate-positive",
            code = code,
            value = rate.to_string()
        ));
    }
    Ok((code.trim().to_uppercase(), rate))
}

fn parse_mapping(s: &str) -> Result<(Field, Option<String>), String> {
    let (field, header) = s
        .split_once('=')
        .ok_or_else(|| tr!("cli-error-expected-pair", form = "FIELD=HEADER", value = s))?;
    let field: Field = field.parse()?;
    let header = header.trim();
    Ok((field, (!header.is_empty()).then(|| header.to_owned())))
}

fn parse_pair(s: &str) -> Result<(String, String), String> {
    let (a, b) = s
        .split_once('=')
        .ok_or_else(|| tr!("cli-error-expected-pair", form = "A=B", value = s))?;
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() || b.is_empty() {
        return Err(tr!("cli-error-both-sides", value = s));
    }
    Ok((a.to_owned(), b.to_owned()))
}
