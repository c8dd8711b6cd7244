//! Workspaces: an analysis saved to a `.roilens` file and reopened exactly as it was — the
//! sources with their column mappings, the filters and grouping, the trend's metric, the
//! layout, colours and hidden channels, the table's sort, the theme and a note.
//!
//! The file is JSON written in a stable, readable shape (canonical names, ISO dates, `#rrggbb`
//! colours) so it reads well in a diff and does not change when internal types do. Sources
//! are stored relative to the workspace file (so a copied folder still opens) and absolute
//! (so a workspace saved elsewhere still finds them), with their size and SHA-256 so a changed
//! export is noticed. Pure core: no UI crate.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::budget::PlannerSettings;
use crate::dashboard::{StatsView, TableSort, View};
use crate::data::platforms::ChannelNames;
use crate::data::{Field, LoadOptions, MappingOverrides};
use crate::i18n::Text;
use crate::metrics::{Comparison, Filters, Granularity, GroupKey, Metric};

mod disk;
mod error;
pub use disk::{DiskStamp, Recovered, fingerprint, open_recovery, save_recovery, stamp};
pub use error::WorkspaceError;

/// The format version this build writes; files with a larger one are refused.
pub const FORMAT_VERSION: u32 = 1;

/// The file extension of workspaces.
pub const EXTENSION: &str = "roilens";

/// One source file of the analysis and the user's corrections to its column mapping.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Source {
    pub path: PathBuf,
    pub mapping: MappingOverrides,
    /// An event log (the cohorts'), as the app had sorted it: reopened without a second look
    /// (a workbook's event sheet is only told by reading the whole workbook). Other sources
    /// are sorted by their header row when opened.
    pub event_log: bool,
}

/// An analysis, independent of where it is saved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub sources: Vec<Source>,
    pub view: View,
    pub table_sort: TableSort,
    pub hidden: BTreeSet<String>,
    /// Colours chosen per group name; names not listed get the automatic colour.
    pub colors: BTreeMap<String, [u8; 3]>,
    /// The maximised chart by name (`roi`, `trend`, …), if any.
    pub maximized: Option<String>,
    pub dark: bool,
    pub note: String,
    /// The budget planner's settings: budget or target, bounds, locked groups.
    pub planner: PlannerSettings,
    /// Merged and renamed channels, the display language, the channel of single-platform files.
    pub channel_names: ChannelNames,
    /// Files (by file name) loaded anyway: their unreadable cells are left empty.
    pub lenient_files: BTreeSet<String>,
    /// The report currency and the rates every amount is converted at.
    pub currencies: Option<crate::data::currency::Conversion>,
    /// Files (by file name) whose currency the user set.
    pub currency_of: BTreeMap<String, String>,
    /// How the event logs among the sources are cut into cohorts.
    pub cohorts: crate::dashboard::CohortOptions,
}

impl Workspace {
    /// The paths to load and their mapping overrides.
    pub fn load_request(&self) -> (Vec<PathBuf>, LoadOptions) {
        let paths: Vec<PathBuf> = self.sources.iter().map(|s| s.path.clone()).collect();
        let mut options = LoadOptions::default();
        self.channel_names.apply(&paths, &mut options);
        options.conversion = self.currencies.clone();
        options.currency_of = paths
            .iter()
            .filter_map(|p| {
                let name = p.file_name()?.to_string_lossy();
                Some((p.clone(), self.currency_of.get(name.as_ref())?.clone()))
            })
            .collect();
        options.lenient = paths
            .iter()
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| self.lenient_files.contains(n.to_string_lossy().as_ref()))
            })
            .cloned()
            .collect();
        for s in &self.sources {
            if !s.mapping.is_empty() {
                options.per_source.insert(s.path.clone(), s.mapping.clone());
            }
        }
        (paths, options)
    }
}

/// How a source was found when the workspace was opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceState {
    /// Found, with the content it had when saved.
    Unchanged,
    /// Found, but its content differs from when the workspace was saved.
    Changed,
    /// Not found at the recorded relative or absolute path.
    Missing { recorded: PathBuf },
}

/// A workspace read from disk, with what became of each source (same order).
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub workspace: Workspace,
    pub states: Vec<SourceState>,
}

impl Opened {
    /// One line per source that changed or is missing, for the user (written when shown).
    pub fn notices(&self) -> Vec<Text> {
        self.workspace
            .sources
            .iter()
            .zip(&self.states)
            .filter_map(|(source, state)| match state {
                SourceState::Unchanged => None,
                SourceState::Changed => Some(crate::text!(
                    "ws-notice-changed",
                    file = source.path.display().to_string()
                )),
                SourceState::Missing { recorded } => Some(crate::text!(
                    "ws-notice-missing",
                    name = display_name(&source.path),
                    path = source.path.display().to_string(),
                    recorded = recorded.display().to_string()
                )),
            })
            .collect()
    }

    /// The workspace without its missing sources (what can be loaded now).
    pub fn loadable(&self) -> Workspace {
        let mut ws = self.workspace.clone();
        ws.sources = self
            .workspace
            .sources
            .iter()
            .zip(&self.states)
            .filter(|(_, state)| !matches!(state, SourceState::Missing { .. }))
            .map(|(s, _)| s.clone())
            .collect();
        ws
    }
}

// ---- the file format (version 1) ----

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct FileWorkspace {
    version: u64,
    note: String,
    sources: Vec<FileSource>,
    view: FileView,
    table_sort: FileSort,
    hidden: Vec<String>,
    colors: BTreeMap<String, String>,
    layout: FileLayout,
    theme: String,
    planner: PlannerSettings,
    channels: ChannelNames,
    lenient: Vec<String>,
    currencies: Option<crate::data::currency::Conversion>,
    currency_of: BTreeMap<String, String>,
    cohorts: crate::dashboard::CohortOptions,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct FileSource {
    /// Relative to the workspace file's folder, with `/` separators.
    path: String,
    absolute: String,
    size: Option<u64>,
    sha256: Option<String>,
    /// Canonical field name → header to take it from, or `null` to ignore the field.
    mapping: BTreeMap<String, Option<String>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    event_log: bool,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(default)]
struct FileView {
    from: Option<String>,
    to: Option<String>,
    channels: Vec<String>,
    campaigns: Vec<String>,
    group_by: String,
    granularity: String,
    trend_metric: String,
    statistics: FileStats,
}

/// The statistics switches; a workspace from before they existed gets the defaults.
#[derive(Debug, Serialize, Deserialize)]
#[serde(default)]
struct FileStats {
    intervals: bool,
    significance: bool,
    /// A group name, or `null` for the group with the most spend.
    baseline: Option<String>,
    /// `null` (off), `"previous"`, or `"range"` with `compare_from` and `compare_to`.
    compare: Option<String>,
    compare_from: Option<String>,
    compare_to: Option<String>,
}

impl Default for FileStats {
    fn default() -> Self {
        FileStats::from(&StatsView::default())
    }
}

impl From<&StatsView> for FileStats {
    fn from(s: &StatsView) -> Self {
        let (compare, from, to) = match &s.compare {
            None => (None, None, None),
            Some(Comparison::Previous) => (Some("previous".to_owned()), None, None),
            Some(Comparison::Range { from, to }) => (
                Some("range".to_owned()),
                Some(from.to_string()),
                Some(to.to_string()),
            ),
        };
        FileStats {
            intervals: s.intervals,
            significance: s.significance,
            baseline: s.baseline.clone(),
            compare,
            compare_from: from,
            compare_to: to,
        }
    }
}

impl Default for FileView {
    fn default() -> Self {
        FileView::from(&View::default())
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct FileSort {
    /// A metric name, or `null` for the group name.
    metric: Option<String>,
    descending: bool,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct FileLayout {
    maximized: Option<String>,
}

impl From<&View> for FileView {
    fn from(v: &View) -> Self {
        FileView {
            from: v.filters.from.map(|d| d.to_string()),
            to: v.filters.to.map(|d| d.to_string()),
            channels: v.filters.channels.clone(),
            campaigns: v.filters.campaigns.clone(),
            group_by: v.group_by.name().to_owned(),
            granularity: v.granularity.name().to_owned(),
            trend_metric: v.trend_metric.name(),
            statistics: FileStats::from(&v.stats),
        }
    }
}

impl FileView {
    fn to_view(&self) -> Result<View, Text> {
        let date = |s: &Option<String>| -> Result<Option<NaiveDate>, Text> {
            s.as_deref()
                .map(|s| {
                    NaiveDate::parse_from_str(s, "%Y-%m-%d")
                        .map_err(|_| crate::text!("ws-bad-date", value = s))
                })
                .transpose()
        };
        let group_by: GroupKey = self.group_by.parse().map_err(|_| {
            crate::text!(
                "err-group-by",
                value = self.group_by.trim().to_ascii_lowercase()
            )
        })?;
        if matches!(group_by, GroupKey::Period(_)) {
            return Err(crate::text!(
                "ws-bad-group-by",
                group_by = group_by.to_string()
            ));
        }
        let granularity = match self.granularity.as_str() {
            "day" | "date" => Granularity::Day,
            "week" => Granularity::Week,
            "month" => Granularity::Month,
            other => return Err(crate::text!("ws-unknown-granularity", value = other)),
        };
        let trend_metric = Metric::parse(&self.trend_metric)
            .ok_or_else(|| crate::text!("ws-unknown-metric", name = &self.trend_metric))?;
        let st = &self.statistics;
        let compare = match st.compare.as_deref() {
            None => None,
            Some("previous") => Some(Comparison::Previous),
            Some("range") => match (date(&st.compare_from)?, date(&st.compare_to)?) {
                (Some(from), Some(to)) => Some(Comparison::Range { from, to }),
                _ => return Err(crate::text!("ws-range-needs-ends")),
            },
            Some(other) => return Err(crate::text!("ws-unknown-comparison", value = other)),
        };
        let stats = StatsView {
            intervals: st.intervals,
            significance: st.significance,
            baseline: st.baseline.clone(),
            compare,
        };
        Ok(View {
            filters: Filters {
                from: date(&self.from)?,
                to: date(&self.to)?,
                channels: self.channels.clone(),
                campaigns: self.campaigns.clone(),
            },
            group_by,
            granularity,
            trend_metric,
            stats,
        })
    }
}

fn mapping_to_file(m: &MappingOverrides) -> BTreeMap<String, Option<String>> {
    m.fields
        .iter()
        .map(|(field, header)| (field.name(), header.clone()))
        .collect()
}

fn mapping_from_file(m: &BTreeMap<String, Option<String>>) -> Result<MappingOverrides, Text> {
    let mut out = MappingOverrides::default();
    for (name, header) in m {
        let field = Field::from_canonical(name)
            .ok_or_else(|| crate::text!("ws-unknown-field", name = name))?;
        out.fields.insert(field, header.clone());
    }
    Ok(out)
}

fn color_hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// `path` relative to `base`, with `/` separators, when it can be expressed that way
/// (`../data/a.csv` included); else the absolute path.
fn relative_to(path: &Path, base: &Path) -> String {
    let path_parts: Vec<Component<'_>> = path.components().collect();
    let base_parts: Vec<Component<'_>> = base.components().collect();
    let common = path_parts
        .iter()
        .zip(&base_parts)
        .take_while(|(a, b)| a == b)
        .count();
    // Different roots (another drive): no relative form.
    if common == 0 {
        return path.display().to_string();
    }
    let mut parts: Vec<String> = Vec::new();
    for _ in common..base_parts.len() {
        parts.push("..".to_owned());
    }
    for c in &path_parts[common..] {
        parts.push(c.as_os_str().to_string_lossy().into_owned());
    }
    parts.join("/")
}

fn absolute(path: &Path) -> PathBuf {
    // A ClickHouse table's URL is where it is from anywhere.
    if crate::data::clickhouse::is_url(path) {
        return path.to_path_buf();
    }
    // A sheet of a workbook: the workbook's absolute path, then the sheet.
    if let (file, Some(sheet)) = crate::data::workbook::split_sheet(path) {
        return crate::data::workbook::with_sheet(&absolute(&file), &sheet);
    }
    std::fs::canonicalize(path).unwrap_or_else(|_| {
        if path.is_absolute() {
            path.to_path_buf()
        } else {
            std::env::current_dir()
                .map(|d| d.join(path))
                .unwrap_or_else(|_| path.to_path_buf())
        }
    })
}

fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The JSON text of `ws` saved at `file`: sources relative to its folder, with their size
/// and hash where they can be read (a missing source keeps its settings without them).
pub fn to_json(ws: &Workspace, file: &Path) -> Result<String, WorkspaceError> {
    let file = absolute(file);
    let dir = file.parent().unwrap_or(Path::new("/"));
    let mut sources = Vec::new();
    for s in &ws.sources {
        let abs = absolute(&s.path);
        if crate::data::clickhouse::is_url(&abs) {
            // A table has no bytes to hash; its URL holds no password.
            let url = abs.display().to_string();
            sources.push(FileSource {
                path: url.clone(),
                absolute: url,
                size: None,
                sha256: None,
                mapping: mapping_to_file(&s.mapping),
                event_log: s.event_log,
            });
            continue;
        }
        let (size, sha256) = match fingerprint(&abs) {
            Ok((size, hash)) => (Some(size), Some(hash)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (None, None),
            Err(source) => return Err(WorkspaceError::Hash { path: abs, source }),
        };
        sources.push(FileSource {
            path: relative_to(&abs, dir),
            absolute: abs.display().to_string(),
            size,
            sha256,
            mapping: mapping_to_file(&s.mapping),
            event_log: s.event_log,
        });
    }
    let file_ws = FileWorkspace {
        version: u64::from(FORMAT_VERSION),
        note: ws.note.clone(),
        sources,
        view: FileView::from(&ws.view),
        table_sort: FileSort {
            metric: ws.table_sort.metric.map(Metric::name),
            descending: ws.table_sort.descending,
        },
        hidden: ws.hidden.iter().cloned().collect(),
        colors: ws
            .colors
            .iter()
            .map(|(k, v)| (k.clone(), color_hex(*v)))
            .collect(),
        layout: FileLayout {
            maximized: ws.maximized.clone(),
        },
        theme: if ws.dark { "dark" } else { "light" }.to_owned(),
        planner: ws.planner.clone(),
        channels: ws.channel_names.clone(),
        lenient: ws.lenient_files.iter().cloned().collect(),
        currencies: ws.currencies.clone(),
        currency_of: ws.currency_of.clone(),
        cohorts: ws.cohorts.clone(),
    };
    let mut text = serde_json::to_string_pretty(&file_ws).map_err(|e| WorkspaceError::Write {
        path: file.clone(),
        source: std::io::Error::other(e),
    })?;
    text.push('\n');
    Ok(text)
}

/// Saves `ws` to `file` atomically (temporary file, then rename): a crash mid-save leaves the
/// previous workspace whole.
pub fn save(ws: &Workspace, file: &Path) -> Result<(), WorkspaceError> {
    let text = to_json(ws, file)?;
    crate::files::write_atomic(file, text.as_bytes()).map_err(|source| WorkspaceError::Write {
        path: file.to_path_buf(),
        source,
    })
}

/// Opens a workspace: parses and checks it, finds each source (relative to the workspace's
/// folder first, then at its absolute path) and compares its content with the saved hash.
pub fn open(file: &Path) -> Result<Opened, WorkspaceError> {
    let text = std::fs::read(file).map_err(|source| WorkspaceError::Read {
        path: file.to_path_buf(),
        source,
    })?;
    parse(&text, file)
}

/// [`open`] from the file's bytes.
pub fn parse(bytes: &[u8], file: &Path) -> Result<Opened, WorkspaceError> {
    let path = file.to_path_buf();
    let text = std::str::from_utf8(bytes).map_err(|_| WorkspaceError::NotAWorkspace {
        path: path.clone(),
        message: crate::text!("ws-not-text"),
    })?;
    let text = text.trim_start_matches('\u{feff}');
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            WorkspaceError::Truncated {
                path: path.clone(),
                line: e.line(),
                column: e.column(),
            }
        } else {
            WorkspaceError::Corrupt {
                path: path.clone(),
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            }
        }
    })?;
    let not_workspace = |message: Text| WorkspaceError::NotAWorkspace {
        path: path.clone(),
        message,
    };
    let version = value
        .get("version")
        .ok_or_else(|| not_workspace(crate::text!("ws-no-version")))?
        .as_u64()
        .ok_or_else(|| not_workspace(crate::text!("ws-version-not-whole")))?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(WorkspaceError::NewerVersion {
            path: path.clone(),
            found: version,
        });
    }
    if version == 0 {
        return Err(not_workspace(crate::text!("ws-version-zero")));
    }
    let file_ws: FileWorkspace =
        serde_json::from_value(value).map_err(|e| not_workspace(Text::fixed(e.to_string())))?;
    let view = file_ws.view.to_view().map_err(not_workspace)?;
    let table_sort = TableSort {
        metric: match &file_ws.table_sort.metric {
            Some(name) => Some(
                Metric::parse(name)
                    .ok_or_else(|| not_workspace(crate::text!("ws-unknown-metric", name = name)))?,
            ),
            None => None,
        },
        descending: file_ws.table_sort.descending,
    };
    let mut colors = BTreeMap::new();
    for (name, hex) in &file_ws.colors {
        let rgb = parse_hex(hex).ok_or_else(|| {
            not_workspace(crate::text!("ws-bad-colour", colour = hex, name = name))
        })?;
        colors.insert(name.clone(), rgb);
    }
    let dir = absolute(file)
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let mut sources = Vec::new();
    let mut states = Vec::new();
    for s in &file_ws.sources {
        let mapping = mapping_from_file(&s.mapping).map_err(&not_workspace)?;
        let relative = (!s.path.is_empty()).then(|| dir.join(&s.path));
        let recorded = PathBuf::from(&s.absolute);
        if crate::data::clickhouse::is_url(&recorded) {
            sources.push(Source {
                path: recorded,
                mapping,
                event_log: s.event_log,
            });
            states.push(SourceState::Unchanged);
            continue;
        }
        let found = relative
            .iter()
            .chain((!s.absolute.is_empty()).then_some(&recorded))
            .find(|p| crate::data::workbook::split_sheet(p).0.is_file())
            .cloned();
        let state = match &found {
            None => SourceState::Missing {
                recorded: recorded.clone(),
            },
            Some(p) => match (&s.sha256, fingerprint(p)) {
                (Some(saved), Ok((_, now))) if *saved != now => SourceState::Changed,
                _ => SourceState::Unchanged,
            },
        };
        let path = found.or(relative).unwrap_or(recorded);
        sources.push(Source {
            path,
            mapping,
            event_log: s.event_log,
        });
        states.push(state);
    }
    Ok(Opened {
        workspace: Workspace {
            sources,
            view,
            table_sort,
            hidden: file_ws.hidden.into_iter().collect(),
            colors,
            maximized: file_ws.layout.maximized,
            dark: file_ws.theme == "dark",
            note: file_ws.note,
            planner: file_ws.planner.sanitized(),
            channel_names: file_ws.channels,
            lenient_files: file_ws.lenient.into_iter().collect(),
            currencies: file_ws.currencies,
            currency_of: file_ws.currency_of,
            cohorts: file_ws.cohorts,
        },
        states,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        let base = Path::new("/work/project");
        assert_eq!(relative_to(Path::new("/work/project/a.csv"), base), "a.csv");
        assert_eq!(
            relative_to(Path::new("/work/data/b.csv"), base),
            "../data/b.csv"
        );
        assert_eq!(
            relative_to(Path::new("/work/project/sub/c.csv"), base),
            "sub/c.csv"
        );
    }

    #[test]
    fn clickhouse_tables_are_kept_by_their_url() {
        let dir = std::env::temp_dir().join(format!("roi-lens-ws-url-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let file = dir.join("a.roilens");
        let url = PathBuf::from("clickhouse://ana@db1:8123/ads/daily");
        let ws = Workspace {
            sources: vec![Source {
                path: url.clone(),
                ..Source::default()
            }],
            ..Workspace::default()
        };
        let text = to_json(&ws, &file).expect("saved");
        assert!(
            text.contains("\"path\": \"clickhouse://ana@db1:8123/ads/daily\""),
            "{text}"
        );
        std::fs::write(&file, text).expect("written");
        let opened = open(&file).expect("opened");
        std::fs::remove_dir_all(&dir).expect("cleaned up");
        assert_eq!(opened.workspace.sources[0].path, url);
        assert_eq!(opened.states, vec![SourceState::Unchanged]);
    }

    #[test]
    fn colours_round_trip() {
        assert_eq!(color_hex([230, 160, 0]), "#e6a000");
        assert_eq!(parse_hex("#e6a000"), Some([230, 160, 0]));
        assert_eq!(parse_hex("e6a000"), None);
        assert_eq!(parse_hex("#e6a00"), None);
        assert_eq!(parse_hex("#é6a00"), None);
    }
}
