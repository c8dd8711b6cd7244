//! What loading produces and is asked for: options and mapping overrides, what was learnt
//! about each file, and the stacked [`Dataset`].

use std::collections::BTreeMap;
use std::path::PathBuf;

use polars::prelude::*;
use serde::{Deserialize, Serialize};

use crate::data::encoding::TextEncoding;
use crate::data::schema::Field;

/// Name of the column holding the file each row came from.
pub const SOURCE_COLUMN: &str = "source";
/// Label for a row with no channel or campaign (so it is grouped visibly, not dropped).
pub const NONE_LABEL: &str = "(none)";
/// The user's corrections to the automatic header mapping of one file (or of all files).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MappingOverrides {
    /// Field → the header to take it from, or `None` to ignore the field in this file.
    pub fields: BTreeMap<Field, Option<String>>,
}

impl MappingOverrides {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}

/// Options for [`load_files`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadOptions {
    /// Applied to every file that has the named header (the CLI's `--map`). A header that no
    /// file has is an error.
    pub global: MappingOverrides,
    /// Applied to one file only (the GUI's mapping panel); a header the file lacks is an error.
    pub per_source: BTreeMap<PathBuf, MappingOverrides>,
    /// Channel names shown as another (merges and renames): the name in the files → the name
    /// shown. Sums over a merged channel are the sums of its parts.
    pub aliases: BTreeMap<String, String>,
    /// The channel of a file with no channel column; by default its platform's name when its
    /// headers tell, else its file name.
    pub channel_of: BTreeMap<PathBuf, String>,
    /// Known channels (朋友圈, WeChat Moments, モーメンツ …) shown under one English or Chinese
    /// name; `aliases` come first.
    pub display: crate::data::platforms::DisplayNames,
    /// Files loaded anyway: a cell that cannot be read is left empty and listed in the file's
    /// notes, instead of stopping the load.
    pub lenient: std::collections::BTreeSet<PathBuf>,
    /// The currency of a file, when the user corrects what was detected (`USD`).
    pub currency_of: BTreeMap<PathBuf, String>,
    /// Convert every amount into one currency at these rates (before any sum). Without it,
    /// files in different currencies do not load together.
    pub conversion: Option<crate::data::currency::Conversion>,
    /// What would otherwise be a note (rows with fewer or more fields than the header, a
    /// header named twice) stops the load with [`LoadError::Strict`].
    ///
    /// [`LoadError::Strict`]: crate::data::LoadError::Strict
    pub strict: bool,
    /// A text file larger than this many bytes is read in slices of it, never whole (`None`:
    /// [`DEFAULT_SLICE_BYTES`](crate::data::DEFAULT_SLICE_BYTES)). Tests make it small.
    pub slice_bytes: Option<usize>,
}

/// Where a file's channel came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelOrigin {
    /// A channel column of the file.
    #[default]
    Column,
    /// No channel column: the whole file is this platform's (recognised from its headers).
    Platform(String),
    /// No channel column and no platform recognised: named after the file.
    FileName(String),
    /// No channel column: the name the user gave.
    Given(String),
}

impl ChannelOrigin {
    /// The channel every row of the file is, when the file has no channel column.
    pub fn whole_file(&self) -> Option<&str> {
        match self {
            ChannelOrigin::Column => None,
            ChannelOrigin::Platform(n) | ChannelOrigin::FileName(n) | ChannelOrigin::Given(n) => {
                Some(n)
            }
        }
    }

    /// For people: `one channel, Meta (recognised from its headers)`.
    pub fn describe(&self) -> Option<String> {
        Some(match self {
            ChannelOrigin::Column => return None,
            ChannelOrigin::Platform(n) => crate::tr!("core-channel-platform", name = n),
            ChannelOrigin::FileName(n) => crate::tr!("core-channel-file-name", name = n),
            ChannelOrigin::Given(n) => crate::tr!("core-channel-given", name = n),
        })
    }
}

/// The container a file was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileFormat {
    Csv,
    Tsv,
    /// Semicolon-separated text (European Excel).
    Ssv,
    Parquet,
    /// A sheet of an Excel or OpenDocument workbook.
    Workbook,
    /// A ClickHouse table, read as its sums per day × label.
    ClickHouse,
}

/// One header that feeds a canonical field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnMapping {
    pub field: Field,
    pub header: String,
    /// The column holds a rate of the field: a retention rate (count = rate × new users) or,
    /// for revenue, a platform's ROI or ROAS (revenue = ROI × spend).
    pub is_rate: bool,
    /// Chosen by the user rather than recognised.
    pub overridden: bool,
    /// Factor from the header's unit: 10,000 for `万元`, 0.01 for a bare `(%)` rate.
    #[serde(default = "unit_scale_one")]
    pub unit_scale: f64,
}

impl ColumnMapping {
    /// How a rate column becomes the field, in English: `rate × new users`, `ROI × spend`;
    /// `None` for a column of the field itself ([`derived_words`](Self::derived_words) for
    /// people).
    pub fn derived(&self) -> Option<&'static str> {
        match (self.is_rate, self.field) {
            (false, _) => None,
            (true, crate::data::Field::Revenue) => Some("ROI × spend"),
            (true, _) => Some("rate × new users"),
        }
    }

    /// [`derived`](Self::derived) in the language in force, for people.
    pub fn derived_words(&self) -> Option<String> {
        match (self.is_rate, self.field) {
            (false, _) => None,
            (true, crate::data::Field::Revenue) => Some(crate::tr!("core-derived-roi")),
            (true, _) => Some(crate::tr!("core-derived-rate")),
        }
    }
}

fn unit_scale_one() -> f64 {
    1.0
}

/// What was learnt about one loaded file, for the mapping panel and the CLI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    pub path: PathBuf,
    /// The value of the `source` column for this file's rows.
    pub name: String,
    pub format: FileFormat,
    /// `None` for Parquet.
    pub encoding: Option<TextEncoding>,
    /// 1-based line of the header row (0 for Parquet).
    pub header_line: usize,
    pub headers: Vec<String>,
    pub mapping: Vec<ColumnMapping>,
    /// Data rows kept.
    pub rows: usize,
    /// Totals and subtotals rows dropped (`合计`, `Total`).
    pub totals_rows_dropped: usize,
    /// Things the user should know that did not stop the load, in English (as `inspect
    /// --json` writes them).
    pub notes: Vec<String>,
    /// The same notes in every language, for people: shown in the language in force, so a
    /// change of language changes them at once (empty for a source restored from a workspace:
    /// see [`notes_to_show`](Self::notes_to_show)).
    #[serde(skip)]
    pub notes_by_language: Vec<crate::data::Note>,
    /// Where its channel came from.
    #[serde(default)]
    pub channel: ChannelOrigin,
    /// The currency of its amounts, when known (detected or given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<crate::data::currency::Currency>,
    /// The longest period a row covers, in days, when rows cover more than a day (Meta's
    /// `Reporting starts` before `Reporting ends`); each row is counted on its first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_days: Option<i64>,
    /// The sheet read, for a workbook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// For a ClickHouse table: the rows it summed and what travelled (then `rows` counts the
    /// table's rows, and the frame holds its sums per day × label).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pushed_down: Option<crate::data::clickhouse::PushedDown>,
    /// How many slices a large text file was read in (1: read whole; see
    /// [`LoadOptions::slice_bytes`]).
    #[serde(skip)]
    pub slices: usize,
}

impl SourceInfo {
    /// The notes for people: in the language in force, else (restored from a workspace, which
    /// keeps only English) in English.
    pub fn notes_to_show(&self) -> Vec<&str> {
        if self.notes_by_language.is_empty() {
            self.notes.iter().map(String::as_str).collect()
        } else {
            self.notes_by_language
                .iter()
                .map(crate::data::Note::text)
                .collect()
        }
    }

    /// How the file was read, for people, in the language in force: `GBK/GB18030`, `UTF-8
    /// with BOM`, `Parquet`, `workbook`.
    pub fn encoding_label(&self) -> String {
        match (&self.encoding, self.format) {
            (Some(crate::data::TextEncoding::Utf8Bom), _) => crate::tr!("core-encoding-utf8-bom"),
            (Some(encoding), _) => encoding.to_string(),
            (None, FileFormat::Workbook) => crate::tr!("core-format-workbook"),
            (None, FileFormat::ClickHouse) => "ClickHouse".to_owned(),
            (None, _) => "Parquet".to_owned(),
        }
    }
}

/// All loaded rows in canonical columns, plus what was learnt about each file.
#[derive(Clone, Debug)]
pub struct Dataset {
    /// Columns: `source`, then the canonical fields present in at least one file, in canonical
    /// order: `date` (Date), `channel`, `campaign` (String), numeric fields (Float64).
    pub frame: DataFrame,
    pub sources: Vec<SourceInfo>,
    /// Every channel name as the files write it (before [`LoadOptions::aliases`]), sorted.
    pub raw_channels: Vec<String>,
    /// The currency of every amount in `frame`, when known: the report currency amounts were
    /// converted into, or the one currency the files declare.
    pub currency: Option<String>,
}

impl Dataset {
    /// Does a file have a channel column of its own (rather than being one channel)?
    pub fn has_channel_column(&self) -> bool {
        self.sources
            .iter()
            .any(|s| s.channel == ChannelOrigin::Column)
    }

    /// Why the rows are not daily, when a file's rows cover longer periods: the views and the
    /// planner that need days say this instead of treating a month as a day.
    pub fn not_daily(&self) -> Option<String> {
        let (file, days) = self
            .sources
            .iter()
            .filter_map(|s| Some((s, s.period_days?)))
            .max_by_key(|(_, d)| *d)?;
        Some(crate::tr!(
            "core-not-daily",
            file = file.name.as_str(),
            days = days.to_string()
        ))
    }

    /// The longest period a row covers, in days, when rows are not daily.
    pub fn longest_period(&self) -> Option<i64> {
        self.sources.iter().filter_map(|s| s.period_days).max()
    }

    /// Is this field present in at least one file?
    pub fn has(&self, field: Field) -> bool {
        self.frame.column(field.name().as_str()).is_ok()
    }

    /// The canonical fields present, in canonical order.
    pub fn fields(&self) -> Vec<Field> {
        self.frame
            .get_column_names()
            .iter()
            .filter_map(|name| Field::from_canonical(name.as_str()))
            .collect()
    }

    /// Retention days present (`[1, 7, 30]`), ascending.
    pub fn retention_days(&self) -> Vec<u16> {
        self.fields()
            .into_iter()
            .filter_map(|f| match f {
                Field::Retained(n) => Some(n),
                _ => None,
            })
            .collect()
    }
}

/// The Polars type of a canonical field in the stacked frame.
pub fn dtype_of(field: Field) -> DataType {
    match field {
        Field::Date => DataType::Date,
        Field::Channel | Field::Campaign => label_dtype(),
        _ => DataType::Float64,
    }
}

/// The type of a label column (channel, campaign, source): dictionary-encoded, 4 bytes a row
/// and each name once, where a string view costs 16 bytes a row plus the bytes of every name
/// longer than 12. Ten million rows of two label columns: 80 MB instead of about 500 MB. One
/// global dictionary, so files loaded apart stack into one column.
pub fn label_dtype() -> DataType {
    DataType::from_categories(Categories::global())
}

/// `column` as a label column ([`label_dtype`]).
pub fn as_label(column: &Column) -> PolarsResult<Column> {
    column.cast(&label_dtype())
}

/// A column of one name for `height` rows, as a label column: the name once, a code a row.
/// Written out (4 bytes a row) rather than kept as one value: stacked with other files or
/// slices, every column then has the same chunks, and nothing needs copying into one.
pub fn repeated_label(name: &str, value: &str, height: usize) -> PolarsResult<Column> {
    let one = as_label(&Column::new_scalar(
        name.into(),
        Scalar::new(DataType::String, AnyValue::StringOwned(value.into())),
        height,
    ))?;
    Ok(one.as_materialized_series().clone().into_column())
}

/// The names of a label column row by row, whether it is dictionary-encoded or text.
pub fn label_iter(column: &Column) -> PolarsResult<Box<dyn Iterator<Item = Option<&str>> + '_>> {
    Ok(match column.dtype() {
        DataType::Categorical(..) | DataType::Enum(..) => Box::new(column.cat32()?.iter_str()),
        _ => Box::new(column.str()?.iter()),
    })
}
